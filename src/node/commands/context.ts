// What every command gets from the entry point: where to print, the environment, the clock, the package root.
import { join } from 'node:path';
import {
  formatIssue,
  type Issue,
  type Language,
  type Message,
  messages,
  t,
  type WorkbookInput,
} from '../../core';
import { readWorkbookFile } from '../workbook-reader';

export interface CliContext {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: () => Date;
  /** The folder holding package.json and seeds/. */
  readonly packageRoot: string;
  /** Language of messages printed before a workbook says its own. */
  readonly language: Language;
}

export const EXIT = { ok: 0, invalidData: 1, usage: 2, internal: 3 } as const;

/** Prints a message of the table on stderr. */
export const say = (
  context: CliContext,
  message: Message,
  params: Readonly<Record<string, string | number>> = {},
  language: Language = context.language,
): void => context.err(t(language, message, params));

/** Prints every issue as `Tab!A1: message` on stderr, errors first; returns how many are errors. */
export function printIssues(context: CliContext, issues: readonly Issue[]): number {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  for (const issue of [...errors, ...warnings]) context.err(formatIssue(issue));
  return errors.length;
}

/** The sheet's zone when the workbook does not say (an .xlsx carries none); Settings 时区 overrides it. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const defaultWorkbook = (context: CliContext): string =>
  join(context.packageRoot, 'seeds', 'sample-workbook.xlsx');

/** Reads the workbook at `path`, saying so on stderr first (large workbooks take a moment). */
export function readInput(context: CliContext, path: string): Promise<WorkbookInput> {
  say(context, messages.cli.reading, { path });
  return readWorkbookFile(path, { timeZone: DEFAULT_TIME_ZONE });
}
