// Writes a report document in each format asked for, all or nothing: shared by `generate` and `rollup`.
import { join } from 'node:path';
import type { ReportDocument } from '../../core';
import { writeFilesAtomic } from '../atomic-file';
import { drawCharts } from '../chart-renderer';
import { fileNameOf } from '../cli-options';
import { LINKED_FILES, type OutputFormat, REPORT_FORMATS } from '../report-formats';
import type { CliContext } from './context';

export interface ReportTarget {
  readonly formats: readonly OutputFormat[];
  /** The output folder. */
  readonly out: string;
  /** The generation moment, stamped into the files so the same report gives the same bytes. */
  readonly now: Date;
}

/** Renders every format before writing anything, then writes them and their pictures at once; prints each path. */
export async function writeReport(
  context: CliContext,
  document: ReportDocument,
  target: ReportTarget,
): Promise<void> {
  const { formats, out, now } = target;
  const baseName = fileNameOf(document.title);
  drawCharts(document.blocks.filter((block) => block.kind === 'chart'));
  const files = await Promise.all(
    formats.map(async (format) => ({
      path: join(out, `${baseName}.${format}`),
      data: await REPORT_FORMATS[format](document, { now, baseName }),
    })),
  );
  // Pictures a format links to go with it, in the same all-or-nothing write; they are not listed on stdout.
  const linked = formats.flatMap((format) =>
    (LINKED_FILES[format]?.(document, { now, baseName }) ?? []).map((file) => ({
      path: join(out, ...file.path.split('/')),
      data: file.data,
    })),
  );
  await writeFilesAtomic([...files, ...linked], { root: out });
  for (const file of files) context.out(file.path);
}
