// `init`: an empty workbook with every tab, ready to import into Google Sheets.
import { messages } from '../../core';
import { checkNewXlsx, parseLanguage, parseOptions, requireOption } from '../cli-options';
import { createEmptyWorkbook, writeWorkbookFile } from '../workbook-writer';
import { type CliContext, EXIT, say } from './context';

const OPTIONS = { out: { type: 'string' }, lang: { type: 'string' } } as const;

export async function init(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('init', args, OPTIONS);
  const out = requireOption('init', 'out', options.out);
  const language = parseLanguage(options.lang);
  checkNewXlsx('init', out);

  say(context, messages.cli.writing, {}, language);
  await writeWorkbookFile(createEmptyWorkbook(language), out);
  context.out(out);
  return EXIT.ok;
}
