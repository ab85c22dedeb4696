// Writes files so that a reader never sees a half-written one: temporary names in the same folder, then renames.
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { systemReason, UsageError } from './usage-error';

export interface OutputFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

const temporaryOf = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

const isFolder = (path: string): Promise<boolean> =>
  stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );

/**
 * Writes every file under a temporary name first and renames them only once all are written, so a full disk,
 * a read-only folder or a folder named like one of the files leaves the previous files as they were and no
 * temporary file behind.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
  // A rename onto a folder fails only after the other files have been renamed: look before writing anything.
  for (const file of files) {
    if (await isFolder(file.path)) throw new UsageError('outputIsFolder', { path: file.path });
  }
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(temporaryOf(file.path), file.data);
    }
    for (const file of files) {
      current = file.path;
      await rename(temporaryOf(file.path), file.path);
    }
  } catch (error) {
    await Promise.all(
      files.map((file) => rm(temporaryOf(file.path), { force: true }).catch(() => undefined)),
    );
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
