// `generate`: validate the week's rows, then write the report in each --format (.docx, .md, .html), all or nothing.
import { join } from 'node:path';
import { buildReport, messages } from '../../core';
import { writeFilesAtomic } from '../atomic-file';
import { fileNameOf, isFile, nowIn, parseFormats, parseOptions, parseWeek, resolveNow } from '../cli-options';
import { LINKED_FILES, REPORT_FORMATS } from '../report-formats';
import { UsageError } from '../usage-error';
import { type CliContext, EXIT, explainMerges, issueCounts, loadWorkbook, printIssues, say } from './context';

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
  const nowFlag = resolveNow(options.now, context.env, context.clock);
  const out = options.out ?? 'out';
  if (isFile(out)) {
    throw new UsageError('outputNotFolder', { path: out });
  }
  const workbook = await loadWorkbook(context, options.workbook);
  const language = workbook.language;
  const now = nowIn(nowFlag, workbook.settings.timeZone);

  say(context, messages.cli.validating, {}, language);
  const report = buildReport(workbook.workbook, { week, now });
  const issues = explainMerges(report.issues, workbook.merges, language);
  printIssues(context, issues);
  // The core gives a document exactly when no issue is an error.
  if (!report.document) {
    say(context, messages.cli.invalidCounted, issueCounts(issues, language), language);
    return EXIT.invalidData;
  }

  say(context, messages.cli.writing, {}, language);
  const document = report.document;
  const baseName = fileNameOf(document.title);
  // Everything is rendered before anything is written, so a failure cannot leave one format behind.
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
  return EXIT.ok;
}
