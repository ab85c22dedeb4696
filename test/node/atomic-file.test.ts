// Temporary files of the all-or-nothing write: exclusive, unguessable, never written through a planted symlink.
import { randomBytes } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporaryPathIn, writeFilesAtomic } from '../../src/node/atomic-file';

// randomBytes as it is, but able to be told once what to draw.
jest.mock('node:crypto', () => {
  const actual = jest.requireActual('node:crypto');
  return { ...actual, randomBytes: jest.fn(actual.randomBytes) };
});

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'atomic-file-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const victim = (): string => {
  const path = join(work, 'victim.txt');
  writeFileSync(path, 'precious');
  return path;
};

describe('temporaryPathIn', () => {
  it('gives a new unguessable name in the folder each time, never derived from the output or the process', () => {
    const names = Array.from({ length: 50 }, () => temporaryPathIn(work));
    expect(new Set(names).size).toBe(50);
    for (const name of names)
      expect(name).toMatch(new RegExp(`^${work}/\\.weekly-report-[0-9a-f]{16}\\.tmp$`));
    expect(names.join()).not.toContain(String(process.pid));
  });
});

describe('writeFilesAtomic', () => {
  it('leaves a symlink planted at the old predictable name, and the file it points to, untouched', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const target = victim();
    const planted = join(out, `.report.md.${process.pid}.tmp`);
    symlinkSync(target, planted);
    await writeFilesAtomic([{ path: join(out, 'report.md'), data: 'the report' }]);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('the report');
    expect(lstatSync(planted).isSymbolicLink()).toBe(true);
    expect(readdirSync(out).sort()).toEqual([`.report.md.${process.pid}.tmp`, 'report.md']);
  });

  it('opens exclusively: a symlink at the very name drawn is not followed, another name is drawn', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const target = victim();
    const drawn = Buffer.from('0123456789abcdef', 'hex');
    // The first draw is a name a symlink already holds, as if it had been guessed.
    const draw = jest
      .mocked(randomBytes)
      .mockClear()
      .mockImplementationOnce(() => drawn);
    symlinkSync(target, join(out, `.weekly-report-${drawn.toString('hex')}.tmp`));
    await writeFilesAtomic([{ path: join(out, 'report.md'), data: 'the report' }]);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('the report');
  });

  it('replaces a symlink planted at the output name itself, never writing through it', async () => {
    const out = join(work, 'out');
    mkdirSync(out);
    const target = victim();
    symlinkSync(target, join(out, 'report.md'));
    await writeFilesAtomic([{ path: join(out, 'report.md'), data: 'the report' }]);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(lstatSync(join(out, 'report.md')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('the report');
  });

  it('refuses to write through a symlink planted as a folder below the output folder', async () => {
    const out = join(work, 'out');
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, 'charts'));
    await expect(
      writeFilesAtomic(
        [
          { path: join(out, 'report.md'), data: 'the report' },
          { path: join(out, 'charts', 'a.png'), data: new Uint8Array([1]) },
        ],
        { root: out },
      ),
    ).rejects.toThrow(/^Cannot write into .*charts: it is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(out)).toEqual(['charts']);
  });
});
