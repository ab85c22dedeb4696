// Makes build/cli-main.cache: V8's code for the CLI bundle after one run of the trends demo through every format
// (reading, checks, the charts, the three writers), so the functions a run uses are in it already compiled. Run by
// build.mjs in a process of its own (plain `node`, the flags the CLI runs with). Without the cache the CLI works the
// same, only slower to start: a demo that cannot run here (no font, say) still leaves what was compiled so far.
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Script } = require('node:vm');

const root = join(__dirname, '..');
const bundle = join(root, 'build', 'cli-main.cjs');
const cache = join(root, 'build', 'cli-main.cache');

async function main() {
  // The same wrapper and file name as scripts/cli-loader.cjs: V8 matches a cache to the exact source.
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle });
  const module = new Module(bundle, null);
  module.filename = bundle;
  module.paths = Module._nodeModulePaths(join(root, 'build'));
  script.runInThisContext()(
    module.exports,
    Module.createRequire(bundle),
    module,
    bundle,
    join(root, 'build'),
  );
  const folder = mkdtempSync(join(tmpdir(), 'weekly-report-code-cache-'));
  try {
    const workbook = join(folder, 'trends-demo.xlsx');
    execFileSync(
      process.execPath,
      [join(root, 'scripts/make-seed.mjs'), workbook, join(root, 'docs/trends-demo.json')],
      {
        stdio: 'ignore',
      },
    );
    const quiet = { out: () => {}, err: () => {}, env: {} };
    const args = [
      'generate',
      '--workbook',
      workbook,
      '--out',
      join(folder, 'out'),
      '--format',
      'docx,md,html',
    ];
    const code = await module.exports.runCommandLine([...args, '--now', '2023-11-14T09:30:00+08:00'], quiet);
    if (code !== 0)
      process.stderr.write(`code-cache: the demo's generate ended with ${code}; caching what ran\n`);
  } catch (error) {
    process.stderr.write(`code-cache: the demo did not run (${error.message}); caching what ran\n`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  writeFileSync(cache, script.createCachedData());
}

main().catch((error) => {
  process.stderr.write(
    `code-cache: no cache made (${error.message}); the CLI compiles its bundle each run\n`,
  );
});
