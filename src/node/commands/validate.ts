// `validate`: the same checks as generate, every problem listed; nothing written.
import { analyseWorkbook, checkCompleteness, completenessLines, messages } from '../../core';
import { nowIn, parseOptions, parseWeek, resolveNow } from '../cli-options';
import { type CliContext, EXIT, explainMerges, issueCounts, loadWorkbook, printIssues, say } from './context';

const OPTIONS = { workbook: { type: 'string' }, week: { type: 'string' }, now: { type: 'string' } } as const;

export async function validate(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('validate', args, OPTIONS);
  const week = parseWeek(options.week);
  const nowFlag = resolveNow(options.now, context.env, context.clock);
  const workbook = await loadWorkbook(context, options.workbook);
  const language = workbook.language;
  const now = nowIn(nowFlag, workbook.settings.timeZone);

  say(context, messages.cli.validating, {}, language);
  const analysis = analyseWorkbook(workbook.workbook, { week, now });
  const issues = explainMerges(analysis.issues, workbook.merges, language);
  const errors = printIssues(context, issues);
  // Who has not updated the report in progress (SPEC §11), whichever week was validated.
  for (const line of completenessLines(checkCompleteness(workbook.workbook, now).completeness, language)) {
    context.err(line);
  }
  say(context, messages.cli.checked, issueCounts(issues, language), language);
  return errors > 0 ? EXIT.invalidData : EXIT.ok;
}
