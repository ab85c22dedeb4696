// `new-week`: a copy of the workbook with next week's rows appended (SPEC §4 Start new week); the input stays as it was.
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { messages, planNewWeek } from '../../core';
import { parseOptions, parseWeek, requireOption, resolveNow } from '../cli-options';
import { UsageError } from '../usage-error';
import { loadXlsxFile, workbookInput } from '../workbook-reader';
import { appendRows, writeWorkbookFile } from '../workbook-writer';
import { type CliContext, DEFAULT_TIME_ZONE, EXIT, printIssues, say } from './context';

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
  const now = resolveNow(options.now, context.env, context.clock);
  if (samePath(source, out)) throw new UsageError('sameInputAndOutput', { path: source });

  say(context, messages.cli.reading, { path: source });
  const workbook = await loadXlsxFile(source);
  say(context, messages.cli.validating);
  const plan = planNewWeek(workbookInput(workbook, { timeZone: DEFAULT_TIME_ZONE }), { week, now });
  const errors = printIssues(context, plan.issues);
  if (errors > 0) {
    say(context, messages.cli.invalid, { count: errors });
    return EXIT.invalidData;
  }

  say(context, messages.cli.writing);
  appendRows(workbook, plan.appends);
  await writeWorkbookFile(workbook, out);
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
  return real(a) === real(b);
}
