// `npm run bench -- --json` at a tiny size and --quick (custom functions on a token table, no chart drawn): the last
// stdout line is the documented summary (no timing asserted).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const bench = join(__dirname, '../../build/bench.cjs');

describe('npm run bench -- --json', () => {
  it('ends with one JSON object holding sizes, bundle bytes, load time and custom-function time', () => {
    const stdout = execFileSync(process.execPath, [bench, '--json', '--quick', '--sizes', '2x10,3x10'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const lines = stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    expect(summary).toMatchObject({
      bundleBytes: expect.any(Number),
      bundleLoadMs: expect.any(Number),
      customFunction10kMs: expect.any(Number),
    });
    expect(summary.sizes).toHaveLength(2);
    for (const size of summary.sizes) {
      expect(size).toMatchObject({
        rows: expect.any(Number),
        ms: expect.any(Number),
        serviceCalls: expect.any(Number),
        peakMB: expect.any(Number),
      });
    }
    const [small, large] = summary.sizes;
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.callsByService).toEqual(small.callsByService);
    expect(lines.some((line) => line.startsWith('|'))).toBe(true);
  }, 120_000);
});
