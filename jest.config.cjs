// Jest runs TypeScript through swc (no type-check here; `npm run check` runs tsc).
module.exports = {
  testEnvironment: 'node',
  // CI is a busy two-core machine: a test asserts what happened, never how fast (the benchmark times), so no test
  // may fail for taking longer than jest's default 5 s — a spawned CLI, a year of weekly cycles.
  testTimeout: 120_000,
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!(numfmt)/)'],
};
