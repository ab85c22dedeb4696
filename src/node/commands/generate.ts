// `generate`: validate the week's rows, then write the report as .docx and/or Markdown, all or nothing.
import { join } from 'node:path';
import { buildReport, messages } from '../../core';
import { writeFilesAtomic } from '../atomic-file';
import { fileNameOf, parseFormats, parseOptions, parseWeek, resolveNow } from '../cli-options';
import { REPORT_FORMATS } from '../report-formats';
import { type CliContext, defaultWorkbook, EXIT, printIssues, readInput, say } from './context';

const OPTIONS = {
  workbook: { type: 'string' },
  week: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  now: { type: 'string' },
} as const;

export async function generate(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('generate', args, OPTIONS);
  const week = parseWeek(options.week);
  const formats = parseFormats(options.format);
  const now = resolveNow(options.now, context.env, context.clock);
  const input = await readInput(context, options.workbook ?? defaultWorkbook(context));

  say(context, messages.cli.validating);
  const report = buildReport(input, { week, now });
  const language = report.settings.language;
  const errors = printIssues(context, report.issues);
  // The core gives a document exactly when no issue is an error.
  if (!report.document) {
    say(context, messages.cli.invalid, { count: errors }, language);
    return EXIT.invalidData;
  }

  say(context, messages.cli.writing, {}, language);
  const document = report.document;
  // Everything is rendered before anything is written, so a failure cannot leave one format behind.
  const files = await Promise.all(
    formats.map(async (format) => ({
      path: join(options.out ?? 'out', `${fileNameOf(document.title)}.${format}`),
      data: await REPORT_FORMATS[format](document, { now }),
    })),
  );
  await writeFilesAtomic(files);
  for (const file of files) context.out(file.path);
  return EXIT.ok;
}
