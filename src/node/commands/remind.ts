// `remind`: who Remind owners would mail for the report in progress, and for which rows (SPEC §11); mails nothing.
import {
  addDays,
  analyseWorkbook,
  checkCompleteness,
  completenessLine,
  type Language,
  messages,
  ownerLine,
  type Settings,
  t,
  type Workbook,
} from '../../core';
import { nowIn, parseOptions, resolveNow } from '../cli-options';
import { type CliContext, EXIT, explainMerges, loadWorkbook, printIssues } from './context';

const OPTIONS = { workbook: { type: 'string' }, now: { type: 'string' } } as const;

/**
 * When the report in progress has no rows yet (a workbook of past weeks, such as the sample): the latest week that
 * has rows, and a day whose report in progress it is, the Friday before it (or in it, for `current-week`).
 */
function latestWeekHint(
  workbook: Workbook,
  settings: Settings,
  now: Date,
  language: Language,
): string | null {
  const monday = analyseWorkbook(workbook, { now }).model?.week.monday;
  if (monday === undefined) return null;
  const friday = addDays(monday, settings.period === 'current-week' ? 4 : -3);
  return t(language, messages.cli.remindLatestWeek, { week: monday, now: friday });
}

export async function remind(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('remind', args, OPTIONS);
  const nowFlag = resolveNow(options.now, context.env, context.clock);
  const workbook = await loadWorkbook(context, options.workbook);
  const language = workbook.language;
  const now = nowIn(nowFlag, workbook.settings.timeZone);

  const { issues, completeness } = checkCompleteness(workbook.workbook, now);
  // The sheet's menu sends nothing while these rows have errors; the CLI lists nothing then either.
  if (printIssues(context, explainMerges(issues, workbook.merges, language)) > 0) return EXIT.invalidData;
  context.out(completenessLine(completeness, language));
  if (completeness.total === 0) {
    const hint = latestWeekHint(workbook.workbook, workbook.settings, now, language);
    if (hint !== null) context.out(hint);
    return EXIT.ok;
  }
  if (completeness.owners.length === 0) {
    context.out(t(language, messages.cli.remindNoOne));
    return EXIT.ok;
  }
  const reachable = completeness.owners.filter((owner) => owner.address !== null);
  const unreachable = completeness.owners.filter((owner) => owner.address === null);
  if (reachable.length > 0) {
    context.out(t(language, messages.reminders.cliWouldRemind, { count: reachable.length }));
    for (const owner of reachable) context.out(`  ${ownerLine(owner, language)}`);
  }
  if (unreachable.length > 0) {
    // The heading says they have no address; each line names the owner and the rows, not that again.
    context.out(t(language, messages.reminders.cliUnreachable));
    for (const owner of unreachable) context.out(`  ${ownerLine(owner, language, false)}`);
  }
  return EXIT.ok;
}
