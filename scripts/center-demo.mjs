// `npm run demo:center`: a center report (SPEC §13) over four made-up team sheets (docs/center-demo/*.json), each
// written as the .xlsx a team would export, then rolled up by the CLI into out/center-demo/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(root, 'docs', 'center-demo');
const out = process.argv[2] ?? join(root, 'out', 'center-demo');
const teams = mkdtempSync(join(tmpdir(), 'center-demo-'));

const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

try {
  for (const file of readdirSync(sources).filter((name) => name.endsWith('.json'))) {
    run([
      join(root, 'scripts', 'make-seed.mjs'),
      join(teams, `${basename(file, '.json')}.xlsx`),
      join(sources, file),
    ]);
  }
  // The demo's week is the teams' week 46, whenever it is run.
  run([
    join(root, 'build', 'cli.cjs'),
    'rollup',
    '--teams',
    teams,
    '--out',
    out,
    '--now',
    '2023-11-14T09:00:00+08:00',
  ]);
} finally {
  rmSync(teams, { recursive: true, force: true });
}
