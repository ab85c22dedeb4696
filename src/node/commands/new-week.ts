// `new-week`: a copy of the workbook with next week's rows appended (SPEC §4 Start new week); the input stays as it was.
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays, messages, parseWorkbook, planNewWeek, t } from '../../core';
import {
  checkNewXlsx,
  isFolder,
  nowIn,
  parseOptions,
  parseWeek,
  requireOption,
  resolveNow,
} from '../cli-options';
import { UsageError } from '../usage-error';
import { loadXlsxFile, mergedRanges, workbookInput } from '../workbook-reader';
import { appendRows, writeWorkbookFile } from '../workbook-writer';
import { type CliContext, DEFAULT_TIME_ZONE, EXIT, explainMerges, printIssues, say } from './context';

const OPTIONS = {
  workbook: { type: 'string' },
  out: { type: 'string' },
  week: { type: 'string' },
  now: { type: 'string' },
} as const;

export async function newWeek(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('new-week', args, OPTIONS);
  const source = requireOption('new-week', 'workbook', options.workbook);
  const out = requireOption('new-week', 'out', options.out);
  const week = parseWeek(options.week);
  const nowFlag = resolveNow(options.now, context.env, context.clock);
  if (samePath(source, out)) throw new UsageError('sameInputAndOutput', { path: source });
  // The week's rows are appended to a copy, so the copy must not replace a file (a week's edits, say).
  checkNewXlsx('new-week', out);
  if (isFolder(source)) {
    throw new UsageError('workbookIsFolder', { command: 'new-week', path: source });
  }

  const workbook = await loadXlsxFile(source);
  const input = workbookInput(workbook, { timeZone: DEFAULT_TIME_ZONE });
  const parsed = parseWorkbook(input);
  const { settings } = parsed;
  const language = settings.language;
  context.language = language;
  say(context, messages.cli.read, { path: source }, language);
  say(context, messages.cli.validating, {}, language);
  const plan = planNewWeek(parsed, { week, now: nowIn(nowFlag, settings.timeZone) });
  const errors = printIssues(context, explainMerges(plan.issues, mergedRanges(workbook), language));
  if (errors > 0) {
    say(context, messages.cli.invalid, { count: errors }, language);
    return EXIT.invalidData;
  }
  if (plan.week === null) throw new Error('a plan without errors names its week');
  if (plan.notYet) {
    say(context, messages.cli.nextWeekNotYet, plan.notYet, language);
    return EXIT.ok;
  }
  if (plan.appends.length === 0) {
    say(context, messages.cli.nothingAppended, { week: plan.week, from: addDays(plan.week, -7) }, language);
    return EXIT.ok;
  }

  say(context, messages.cli.writing, {}, language);
  appendRows(workbook, plan.appends);
  await writeWorkbookFile(workbook, out);
  const counts = plan.appends
    .map(({ sheet, rows }) => t(language, messages.cli.appendedRows, { tab: sheet, count: rows.length }))
    .join(t(language, messages.validation.listSeparator));
  say(context, messages.cli.appended, { week: plan.week, counts }, language);
  context.out(out);
  return EXIT.ok;
}

/** Whether two paths name one file, through symlinks when the output already exists. */
function samePath(a: string, b: string): boolean {
  const real = (path: string): string => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return existsSync(a) && real(a) === real(b);
}
