// weekly-report CLI entry: picks the command, runs it, and turns every failure into one line and an exit code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Language, type Message, messages, t } from '../core';
import { type CliContext, EXIT } from './commands/context';
import { exportRows } from './commands/export';
import { generate } from './commands/generate';
import { init } from './commands/init';
import { newWeek } from './commands/new-week';
import { remind } from './commands/remind';
import { rollup } from './commands/rollup';
import { validate } from './commands/validate';
import { formatParams } from './report-formats';
import { terminalSafe } from './terminal-text';
import { UsageError } from './usage-error';

interface Command {
  readonly usage: Message;
  readonly run: (context: CliContext, args: readonly string[]) => Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  generate: { usage: messages.cli.usageGenerate, run: generate },
  validate: { usage: messages.cli.usageValidate, run: validate },
  init: { usage: messages.cli.usageInit, run: init },
  'new-week': { usage: messages.cli.usageNewWeek, run: newWeek },
  remind: { usage: messages.cli.usageRemind, run: remind },
  rollup: { usage: messages.cli.usageRollup, run: rollup },
  export: { usage: messages.cli.usageExport, run: exportRows },
};

/** Runs one command line; resolves to the exit code. */
async function run(argv: readonly string[], context: CliContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    printText(context.err, messages.cli.usage[context.language]);
    return EXIT.usage;
  }
  if (name === '--version' || name === '-v') {
    context.out(versionOf(context.packageRoot));
    return EXIT.ok;
  }
  // `help generate` is what people type after reading `weekly-report --help`.
  if ((name === 'help' && args.length === 0) || name === '--help' || name === '-h') {
    printText(context.out, messages.cli.usage[context.language]);
    return EXIT.ok;
  }
  if (name === 'help') return run([args[0], '--help'], context);
  // hasOwn, so `toString` and friends are unknown commands rather than Object.prototype's methods.
  if (!Object.hasOwn(COMMANDS, name)) throw new UsageError('unknownCommand', { command: name });
  const command = COMMANDS[name];
  if (args.includes('--help') || args.includes('-h')) {
    printText(context.out, t(context.language, command.usage, formatParams));
    return EXIT.ok;
  }
  return command.run(context, args);
}

/** A text of several lines (usage, a stack trace) printed line by line, each as every line is printed. */
const printText = (print: (line: string) => void, text: string): void => {
  for (const line of text.split(/\r?\n/)) print(line);
};

const versionOf = (packageRoot: string): string =>
  (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** Messages before a workbook names its language follow the terminal's locale. */
const localeLanguage = (env: NodeJS.ProcessEnv): Language =>
  /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh' : 'en';

async function main(): Promise<void> {
  // `weekly-report help | head`: a reader that stops reading is no error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const argv = process.argv.slice(2);
  const context: CliContext = {
    // The one place lines reach the terminal: a cell's escape sequence or line break is shown, never obeyed.
    out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
    err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
    env: process.env,
    clock: () => new Date(),
    // build/cli.cjs sits one folder below the package root.
    packageRoot: join(__dirname, '..'),
    language: localeLanguage(process.env),
  };
  try {
    process.exitCode = await run(argv, context);
  } catch (error) {
    const usage = error instanceof UsageError;
    const message = (error as Error)?.message ?? String(error);
    context.err(
      usage ? error.text(context.language) : t(context.language, messages.cli.internalError, { message }),
    );
    if (argv.includes('--debug')) printText(context.err, (error as Error).stack ?? String(error));
    process.exitCode = usage ? EXIT.usage : EXIT.internal;
  }
}

void main();
