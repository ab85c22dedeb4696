// One temporary folder per test file, made before its tests and removed after them, with numbered paths inside so
// that no two tests meet: tests write only there.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScratchFolder {
  /** The folder itself (valid inside the tests). */
  root(): string;
  /** A path inside it that nothing has used yet. */
  fresh(name: string): string;
  /** A new, empty folder inside it. */
  folder(name: string): string;
}

export function scratchFolder(prefix: string): ScratchFolder {
  let root = '';
  let n = 0;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const fresh = (name: string): string => join(root, `${++n}-${name}`);
  return {
    root: () => root,
    fresh,
    folder: (name) => {
      const dir = fresh(name);
      mkdirSync(dir);
      return dir;
    },
  };
}
