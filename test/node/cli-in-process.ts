// build/cli.cjs run inside the test's own process: the built artifact itself (not the sources), loaded by Node's
// require once per jest worker, its `runCommandLine` called with strings for stdout and stderr. A spawned run costs
// a Node start and every module's load (about a second of CPU here); this costs the command. What only a process
// shows — its exit code and streams as the shell sees them, the TZ variable, memory, signals — stays with runCli.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { CliRun } from '../reliability/xlsx-book';

const cli = join(__dirname, '..', '..', 'build', 'cli.cjs');

type RunCommandLine = (
  argv: readonly string[],
  io: {
    readonly out: (text: string) => void;
    readonly err: (text: string) => void;
    readonly env: Readonly<Record<string, string | undefined>>;
  },
) => Promise<number>;

function runCommandLine(): RunCommandLine {
  if (!existsSync(cli)) throw new Error('build/cli.cjs is missing: run `npm run build` (npm test does).');
  // Node's own require, past jest's module registry and transform: the file as it ships, its modules in Node's
  // cache, so every test file of a worker shares one load.
  const loaded = createRequire(__filename)(cli) as { runCommandLine?: RunCommandLine };
  if (typeof loaded.runCommandLine !== 'function')
    throw new Error('build/cli.cjs exports no runCommandLine: rebuild it (`npm run build`).');
  return loaded.runCommandLine;
}

/**
 * build/cli.cjs on `args` as runCli runs it (in English unless `env` says otherwise, the same environment), but in
 * this process: relative paths are the jest's working folder's (the package root under `npm test`), the clock and
 * the time zone are this process's. `TZ` is refused: only a new process reads it.
 */
export async function runCliInProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  if ('TZ' in env) throw new Error('TZ is read when a process starts: run this case with runCli.');
  let stdout = '';
  let stderr = '';
  const status = await runCommandLine()(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    env: { PATH: process.env.PATH ?? '', LANG: 'C', ...env },
  });
  return { status, stdout, stderr };
}
