// build/cli.cjs compiles the CLI's bundle with the V8 code cache the build made (scripts/code-cache.cjs): the cache
// must be the one V8 takes in a plain `node` run, and a cache that does not fit must change nothing but the speed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const build = join(root, 'build');
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** `node -e` in `folder`'s package: the CLI loaded as a library, and what its loader did with the cache. */
function cacheStatus(cli: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(
    process.execPath,
    ['-e', `process.stdout.write(require(${JSON.stringify(cli)}).codeCache)`],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LANG: 'C' },
    },
  );
}

/** A copy of the package's build/ loader and bundle (and package.json) with `cache` as its code cache, or none. */
function copyWith(cache: Buffer | null): string {
  const folder = mkdtempSync(join(tmpdir(), 'weekly-report-code-cache-test-'));
  folders.push(folder);
  mkdirSync(join(folder, 'build'));
  copyFileSync(join(root, 'package.json'), join(folder, 'package.json'));
  for (const file of ['cli.cjs', 'cli-main.cjs'])
    copyFileSync(join(build, file), join(folder, 'build', file));
  if (cache) writeFileSync(join(folder, 'build', 'cli-main.cache'), cache);
  return join(folder, 'build', 'cli.cjs');
}

describe('The CLI code cache', () => {
  it('is taken by V8 when build/cli.cjs loads its bundle in a plain node', () => {
    expect(cacheStatus(join(build, 'cli.cjs'))).toMatchObject({ status: 0, stdout: 'accepted', stderr: '' });
  });

  it.each([
    ['a cache of other bytes', Buffer.from('not a V8 code cache '.repeat(100))],
    ['no cache at all', null],
  ])('with %s, is left aside and the CLI runs the same', (_, cache) => {
    const cli = copyWith(cache);
    expect(cacheStatus(cli).stdout).toBe(cache ? 'rejected' : 'none');
    const version = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(version).toMatchObject({ status: 0, stderr: '' });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8', env: { LANG: 'C' } });
    expect(help.stdout).toContain('Usage: weekly-report <command>');
  });
});
