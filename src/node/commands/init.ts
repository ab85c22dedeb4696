// `init`: an empty workbook with every tab, ready to import into Google Sheets.
import { existsSync } from 'node:fs';
import { messages } from '../../core';
import { parseLanguage, parseOptions, requireOption } from '../cli-options';
import { UsageError } from '../usage-error';
import { createEmptyWorkbook, writeWorkbookFile } from '../workbook-writer';
import { type CliContext, EXIT, say } from './context';

const OPTIONS = { out: { type: 'string' }, lang: { type: 'string' } } as const;

export async function init(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('init', args, OPTIONS);
  const out = requireOption('init', 'out', options.out);
  const language = parseLanguage(options.lang);
  // A workbook full of a team's history must not be replaced by an empty one by a slip of the finger.
  if (existsSync(out)) throw new UsageError('outputExists', { path: out });

  say(context, messages.cli.writing);
  await writeWorkbookFile(createEmptyWorkbook(language), out);
  context.out(out);
  return EXIT.ok;
}
