// The report's output formats, keyed by the name `--format` takes: `--format`, its usage text and its check read this.
import { type ReportDocument, renderMarkdown } from '../core';
import { renderDocx } from './docx-writer';

/** What a writer needs besides the document: the generation moment, for reproducible file metadata. */
export interface WriteOptions {
  readonly now: Date;
}

/** Each format: the file it writes is `<title>.<name>`. Adding a format is adding an entry. */
export const REPORT_FORMATS = {
  docx: (doc: ReportDocument, options: WriteOptions): Promise<Buffer> => renderDocx(doc, options),
  md: (doc: ReportDocument): string => renderMarkdown(doc),
} as const satisfies Record<string, (doc: ReportDocument, options: WriteOptions) => Promise<Buffer> | string>;

export type OutputFormat = keyof typeof REPORT_FORMATS;

export const FORMAT_NAMES = Object.keys(REPORT_FORMATS) as OutputFormat[];

export const isOutputFormat = (name: string): name is OutputFormat => Object.hasOwn(REPORT_FORMATS, name);

/** The placeholders usage and error messages fill from this table: `docx, md` and the default `docx,md`. */
export const formatParams = { choices: FORMAT_NAMES.join(', '), formats: FORMAT_NAMES.join(',') } as const;
