// The report's output formats, keyed by the name `--format` takes: `--format`, its usage text and its check read this.
import { type ChartBlock, type ReportDocument, WRITERS } from '../core';
import { chartPng } from './chart-renderer';
import { uniqueNames } from './file-names';

// The docx package is loaded only when a .docx is asked for: `--format md` and `html` need not pay for it.
const docxWriter = (): typeof import('./docx-writer') => require('./docx-writer');

/** What a writer needs besides the document: the generation moment, for reproducible file metadata. */
export interface WriteOptions {
  readonly now: Date;
  /**
   * The name the report's files share, without extension (`第46周 2023-11-13`): the Markdown links its chart
   * pictures in the folder of that name beside it. Without it, beside the Markdown itself.
   */
  readonly baseName?: string;
}

/**
 * Each chart's picture file name: the core's, fitted to 100 bytes and away from device names, still one per chart
 * (file-names.ts). The same document always gets the same names, so the Markdown links what is written.
 */
function chartFileNames(doc: ReportDocument): ReadonlyMap<ChartBlock, string> {
  const name = uniqueNames();
  const names = new Map<ChartBlock, string>();
  for (const block of doc.blocks) {
    if (block.kind !== 'chart') continue;
    const dot = block.file.lastIndexOf('.');
    names.set(block, dot > 0 ? name(block.file.slice(0, dot), block.file.slice(dot)) : name(block.file, ''));
  }
  return names;
}

/** Where a chart's picture is, relative to the output folder: `第46周 2023-11-13/支付成功率.png`. */
function chartPath(chart: ChartBlock, names: ReadonlyMap<ChartBlock, string>, options: WriteOptions): string {
  const file = names.get(chart) ?? chart.file;
  return options.baseName === undefined ? file : `${options.baseName}/${file}`;
}

/**
 * Each format `--format` takes: the file it writes is `<title>.<name>`. The core's writers (WRITERS) with the chart
 * pictures this shell draws, and .docx, which needs the docx package. Adding a format is a writer and an entry.
 */
export const REPORT_FORMATS = {
  docx: (doc: ReportDocument, options: WriteOptions): Promise<Buffer> =>
    docxWriter().renderDocx(doc, options),
  md: (doc: ReportDocument, options: WriteOptions): string => {
    const names = chartFileNames(doc);
    return WRITERS.markdown(doc, { chartImage: (chart) => chartPath(chart, names, options) });
  },
  // One page, nothing beside it: each chart's picture travels inside the file as a data URI.
  html: (doc: ReportDocument): string =>
    WRITERS.html(doc, {
      chartImage: (chart) => `data:image/png;base64,${chartPng(chart).toString('base64')}`,
    }),
} as const satisfies Record<string, (doc: ReportDocument, options: WriteOptions) => Promise<Buffer> | string>;

export type OutputFormat = keyof typeof REPORT_FORMATS;

/** A file a format's output links to, its path relative to the output folder (`/`-separated). */
export interface LinkedFile {
  readonly path: string;
  readonly data: Uint8Array;
}

/** The files each format links to rather than holds, written with it: the Markdown's chart pictures. */
export const LINKED_FILES: Partial<
  Record<OutputFormat, (doc: ReportDocument, options: WriteOptions) => LinkedFile[]>
> = {
  md: (doc, options) => {
    const names = chartFileNames(doc);
    return doc.blocks.flatMap((block) =>
      block.kind === 'chart' ? [{ path: chartPath(block, names, options), data: chartPng(block) }] : [],
    );
  },
};

export const FORMAT_NAMES = Object.keys(REPORT_FORMATS) as OutputFormat[];

export const isOutputFormat = (name: string): name is OutputFormat => Object.hasOwn(REPORT_FORMATS, name);

/** The placeholders usage and error messages fill from this table: `docx, md` and the default `docx,md`. */
export const formatParams = { choices: FORMAT_NAMES.join(', '), formats: FORMAT_NAMES.join(',') } as const;
