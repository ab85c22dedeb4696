// Writes files so that a reader never sees a half-written one: temporary names in the same folder, then renames.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { systemReason, UsageError } from './usage-error';

export interface OutputFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

/** Names tried before giving up: another name is taken only by a file planted there, never by chance. */
const TEMPORARY_ATTEMPTS = 5;

/**
 * A temporary name in `folder` nobody can guess (64 random bits, not the output's name and the process id): a
 * symlink cannot be planted there in advance.
 */
export const temporaryPathIn = (folder: string): string =>
  join(folder, `.weekly-report-${randomBytes(8).toString('hex')}.tmp`);

/** Clean-up after a failure: what it meets in turn must not hide the failure being reported. */
function quietly(cleanUp: () => void): void {
  try {
    cleanUp();
  } catch {
    // The failure that led here is the one to report.
  }
}

/**
 * `data` in a new temporary file beside `path`, created exclusively (`wx`: O_CREAT|O_EXCL, which never follows a
 * symlink and never opens a file that exists); returns its name.
 */
function writeTemporary(path: string, data: string | Uint8Array): string {
  for (let attempt = 1; ; attempt++) {
    const temporary = temporaryPathIn(dirname(path));
    let handle: number;
    try {
      handle = openSync(temporary, 'wx');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EEXIST' && attempt < TEMPORARY_ATTEMPTS) continue;
      throw error;
    }
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length; ) at += writeSync(handle, bytes, at);
    } catch (error) {
      quietly(() => closeSync(handle));
      quietly(() => rmSync(temporary, { force: true }));
      throw error;
    }
    closeSync(handle);
    return temporary;
  }
}

/**
 * Refuses a folder between `root` (the folder the user named, trusted as it is) and `folder` that is a symbolic link:
 * one planted where the report makes its chart folder would have the pictures written wherever it points.
 */
/** What `look` says of `path`, or undefined when it cannot say (nothing there, a file where a folder should be). */
function infoOf(path: string, look: (path: string) => Stats): Stats | undefined {
  try {
    return look(path);
  } catch {
    return undefined;
  }
}

function refuseLinkedFolders(root: string, folder: string): void {
  const inside = relative(root, folder);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
  let at = root;
  for (const part of inside.split(sep)) {
    at = join(at, part);
    if (infoOf(at, lstatSync)?.isSymbolicLink()) throw new UsageError('linkedOutputFolder', { path: at });
  }
}

const isFolder = (path: string): boolean => infoOf(path, statSync)?.isDirectory() === true;

/**
 * Writes every file under a temporary name first and renames them only once all are written, so a full disk,
 * a read-only folder or a folder named like one of the files leaves the previous files as they were and no
 * temporary file behind. Below `root`, no folder that is a symbolic link is written through.
 */
export async function writeFilesAtomic(
  files: readonly OutputFile[],
  options: { readonly root?: string } = {},
): Promise<void> {
  // A rename onto a folder fails only after the other files have been renamed: look before writing anything.
  for (const file of files) {
    if (isFolder(file.path)) throw new UsageError('outputIsFolder', { path: file.path });
  }
  // Only the temporary files this run created are ever removed: [output path, temporary path], in order.
  const written: [string, string][] = [];
  let renamed = 0;
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      if (options.root !== undefined) refuseLinkedFolders(options.root, dirname(file.path));
      mkdirSync(dirname(file.path), { recursive: true });
      written.push([file.path, writeTemporary(file.path, file.data)]);
    }
    for (const [path, temporary] of written) {
      current = path;
      // rename replaces whatever is at the path, a symlink included, and never writes through it.
      renameSync(temporary, path);
      renamed++;
    }
  } catch (error) {
    for (const [, temporary] of written.slice(renamed)) quietly(() => rmSync(temporary, { force: true }));
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      'unwritableOutput',
      { path: current, reason: systemReason(error) },
      { cause: error },
    );
  }
}

/** Writes `data` to `path` atomically (the folder is created if needed); a failure leaves no file behind. */
export const writeFileAtomic = (path: string, data: string | Uint8Array): Promise<void> =>
  writeFilesAtomic([{ path, data }]);
