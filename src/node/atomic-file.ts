// Writes files so that a reader never sees a half-written one: temporary names in the same folder, then renames.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './usage-error';

export interface OutputFile {
  readonly path: string;
  readonly data: string | Uint8Array;
}

const temporaryOf = (path: string): string => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);

/**
 * Writes every file under a temporary name first and renames them only once all are written, so a full disk
 * or a read-only folder leaves the previous files as they were and no temporary file behind.
 */
export async function writeFilesAtomic(files: readonly OutputFile[]): Promise<void> {
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
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError('unwritableOutput', { path: current, reason }, { cause: error });
  }
}

/** Writes `data` to `path` atomically (the folder is created if needed); a failure leaves no file behind. */
export const writeFileAtomic = (path: string, data: string | Uint8Array): Promise<void> =>
  writeFilesAtomic([{ path, data }]);
