// `generate`: validate the week's rows, then write the report as .docx and/or Markdown, all or nothing.
import { join } from 'node:path';
import { messages } from '../../core/messages/index';
import { buildReport } from '../../core/report';
import { writeFilesAtomic } from '../atomic-file';
import {
  fileNameOf,
  type OutputFormat,
  parseFormats,
  parseOptions,
  parseWeek,
  resolveNow,
} from '../cli-options';
import { renderDocx } from '../docx-writer';
import { renderMarkdown } from '../markdown-writer';
import { type CliContext, defaultWorkbook, EXIT, printIssues, readInput, say } from './context';

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
  const now = resolveNow(options.now, context.env, context.clock);
  const input = await readInput(context, options.workbook ?? defaultWorkbook(context));

  say(context, messages.cli.validating);
  const report = buildReport(input, { week, now });
  const language = report.settings.language;
  const errors = printIssues(context, report.issues);
  if (errors > 0 || !report.document) {
    say(context, errors > 0 ? messages.cli.invalid : messages.cli.noReport, { count: errors }, language);
    return EXIT.invalidData;
  }

  say(context, messages.cli.writing, {}, language);
  const document = report.document;
  const render = (format: OutputFormat): Promise<Buffer | string> =>
    format === 'docx' ? renderDocx(document, { now }) : Promise.resolve(renderMarkdown(document));
  // Everything is rendered before anything is written, so a failure cannot leave one format behind.
  const files = await Promise.all(
    formats.map(async (format) => ({
      path: join(options.out ?? 'out', `${fileNameOf(document.title)}.${format}`),
      data: await render(format),
    })),
  );
  await writeFilesAtomic(files);
  for (const file of files) context.out(file.path);
  return EXIT.ok;
}
