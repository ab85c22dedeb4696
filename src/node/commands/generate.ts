// `generate`: validate the week's rows, then write the report in each --format (.docx, .md, .html), all or nothing.
import { buildReport, messages } from '../../core';
import { isFile, nowIn, parseFormats, parseOptions, parseWeek, resolveNow } from '../cli-options';
import { UsageError } from '../usage-error';
import { type CliContext, EXIT, explainMerges, issueCounts, loadWorkbook, printIssues, say } from './context';
import { writeReport } from './write-report';

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
  await writeReport(context, report.document, { formats, out, now });
  return EXIT.ok;
}
