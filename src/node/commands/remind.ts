// `remind`: who Remind owners would mail for the report in progress, and for which rows (SPEC §11); mails nothing.
import { checkCompleteness, completenessLine, messages, ownerLine, t } from '../../core';
import { nowIn, parseOptions, resolveNow } from '../cli-options';
import { type CliContext, EXIT, explainMerges, loadWorkbook, printIssues } from './context';

const OPTIONS = { workbook: { type: 'string' }, now: { type: 'string' } } as const;

export async function remind(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('remind', args, OPTIONS);
  const nowFlag = resolveNow(options.now, context.env, context.clock);
  const workbook = await loadWorkbook(context, options.workbook);
  const language = workbook.language;
  const now = nowIn(nowFlag, workbook.settings.timeZone);

  const { issues, completeness } = checkCompleteness(workbook.workbook, now);
  // The sheet's menu sends nothing while these rows have errors; the CLI lists nothing then either.
  if (printIssues(context, explainMerges(issues, workbook.merges, language)) > 0) return EXIT.invalidData;
  const reachable = completeness.owners.filter((owner) => owner.address !== null);
  const unreachable = completeness.owners.filter((owner) => owner.address === null);
  context.out(completenessLine(completeness, language));
  if (reachable.length > 0) {
    context.out(t(language, messages.reminders.cliWouldRemind, { count: reachable.length }));
    for (const owner of reachable) context.out(`  ${ownerLine(owner, language)}`);
  }
  if (unreachable.length > 0) {
    context.out(t(language, messages.reminders.cliUnreachable));
    for (const owner of unreachable) context.out(`  ${ownerLine(owner, language)}`);
  }
  return EXIT.ok;
}
