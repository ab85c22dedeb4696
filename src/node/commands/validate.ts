// `validate`: the same checks as generate, every problem listed; nothing written.
import { analyseWorkbook, messages } from '../../core';
import { parseOptions, parseWeek, resolveNow } from '../cli-options';
import { type CliContext, defaultWorkbook, EXIT, printIssues, readInput, say } from './context';

const OPTIONS = { workbook: { type: 'string' }, week: { type: 'string' }, now: { type: 'string' } } as const;

export async function validate(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('validate', args, OPTIONS);
  const week = parseWeek(options.week);
  const now = resolveNow(options.now, context.env, context.clock);
  const input = await readInput(context, options.workbook ?? defaultWorkbook(context));

  say(context, messages.cli.validating);
  const analysis = analyseWorkbook(input, { week, now });
  const errors = printIssues(context, analysis.issues);
  const warnings = analysis.issues.length - errors;
  say(context, messages.cli.checked, { errors, warnings }, analysis.settings.language);
  return errors > 0 ? EXIT.invalidData : EXIT.ok;
}
