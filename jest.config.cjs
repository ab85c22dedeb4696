// Jest runs TypeScript through swc (no type-check here; `npm run check` runs tsc).
const { availableParallelism } = require('node:os');

module.exports = {
  testEnvironment: 'node',
  // Jest's default is one worker fewer than the cores: on CI's two cores that is one, the whole suite in a row while
  // the parent, which only gathers results, idles. Two workers there; one fewer than the cores on larger machines.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // CI is a busy two-core machine: a test asserts what happened, never how fast (the benchmark times), so no test
  // may fail for taking longer than jest's default 5 s — a spawned CLI, a year of weekly cycles.
  testTimeout: 120_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // ES modules only: numfmt, and the parts of ECharts the charts load (src/node/echarts-lines.ts).
  transformIgnorePatterns: ['/node_modules/(?!(numfmt|echarts|zrender|tslib)/)'],
};
