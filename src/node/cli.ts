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

/** What a command line talks to: the two streams (text as written, lines ending in \n), the environment, the time. */
export interface CommandLineIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The time when neither --now nor SOURCE_DATE_EPOCH gives one (the system's when left out). */
  readonly clock?: () => Date;
}

/**
 * Runs one command line as the program does (`weekly-report …argv`) and resolves to its exit code; never throws.
 * Every line reaches `io` through terminalSafe, and a failure becomes one line and an exit code: 2 for a usage
 * error, 3 for anything else (its stack trace with --debug). The tests call it on build/cli.cjs itself.
 */
export async function runCommandLine(argv: readonly string[], io: CommandLineIo): Promise<number> {
  const context: CliContext = {
    // The one place lines reach the terminal: a cell's escape sequence or line break is shown, never obeyed.
    out: (line) => io.out(`${terminalSafe(line)}\n`),
    err: (line) => io.err(`${terminalSafe(line)}\n`),
    env: io.env,
    clock: io.clock ?? (() => new Date()),
    // build/cli.cjs sits one folder below the package root.
    packageRoot: join(__dirname, '..'),
    language: localeLanguage(io.env),
  };
  try {
    return await run(argv, context);
  } catch (error) {
    const usage = error instanceof UsageError;
    try {
      const message = (error as Error)?.message ?? String(error);
      context.err(
        usage ? error.text(context.language) : t(context.language, messages.cli.internalError, { message }),
      );
      if (argv.includes('--debug')) printText(context.err, (error as Error)?.stack ?? String(error));
    } catch {
      // Nowhere to say it: the exit code still does.
    }
    return usage ? EXIT.usage : EXIT.internal;
  }
}

async function main(): Promise<void> {
  // `weekly-report help | head`: a reader that stops reading is no error of ours.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const code = await runCommandLine(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    env: process.env,
  });
  // Exit once what was written has reached both streams (a pipe is written asynchronously on POSIX), rather than
  // when the event loop empties: Node then first waits for V8's background work (optimising compiles, concurrent
  // GC) that a finished run no longer needs — ~0.2 s after a year's report. Every file is written and renamed by now.
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

// The program when run (`node build/cli.cjs`, the bin); a library when required, as the tests do.
if (require.main === module) void main();
