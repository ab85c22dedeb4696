// What every command gets from the entry point, and the steps they share: reading the workbook, printing issues.
import { join } from 'node:path';
import {
  formatIssue,
  type Issue,
  type Language,
  type Message,
  messages,
  parseWorkbook,
  type Settings,
  t,
  type Workbook,
} from '../../core';
import { type MergedRange, mergeHiding, readWorkbook, type WorkbookRead } from '../workbook-reader';

export interface CliContext {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: () => Date;
  /** The folder holding package.json and seeds/. */
  readonly packageRoot: string;
  /** The run's language: the terminal's until a workbook is read, then the workbook's, so one run speaks one. */
  language: Language;
}

export const EXIT = { ok: 0, invalidData: 1, usage: 2, internal: 3 } as const;

/** Prints a message of the table on stderr. */
export const say = (
  context: CliContext,
  message: Message,
  params: Readonly<Record<string, string | number>> = {},
  language: Language = context.language,
): void => context.err(t(language, message, params));

/**
 * Issues with the errors at the blank parts of a merged range replaced by one issue saying the cells are merged:
 * `周为空` on every row under a merged Week cell would hide the one thing to fix.
 */
export function explainMerges(
  issues: readonly Issue[],
  merges: readonly MergedRange[],
  language: Language,
): Issue[] {
  const explained: Issue[] = [];
  const kept = issues.filter((issue) => {
    if (issue.severity !== 'error' || merges.length === 0) return true;
    const merge = mergeHiding(merges, issue.tab, issue.cell);
    if (merge === undefined) return true;
    if (!explained.some((e) => e.tab === merge.sheet && e.cell === merge.range)) {
      const message = t(language, messages.cli.mergedCells, { range: merge.range, first: merge.first });
      explained.push({ tab: merge.sheet, cell: merge.range, severity: 'error', message });
    }
    return false;
  });
  return [...explained, ...kept];
}

/** Problems printed one per line before the rest are counted: enough to fix a sheet by, few enough to read. */
export const PRINTED_ISSUES = 200;

/**
 * Prints the issues on stderr, errors first, each labelled `错误 Tab!A1: message` / `提醒 …` (`error` / `warning`):
 * the first PRINTED_ISSUES, then how many more. Returns how many are errors.
 */
export function printIssues(context: CliContext, issues: readonly Issue[]): number {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const ordered = [...errors, ...warnings];
  for (const issue of ordered.slice(0, PRINTED_ISSUES)) {
    const label = issue.severity === 'error' ? messages.cli.issueError : messages.cli.issueWarning;
    context.err(t(context.language, label, { issue: formatIssue(issue) }));
  }
  if (ordered.length > PRINTED_ISSUES)
    say(context, messages.cli.moreIssues, { count: ordered.length - PRINTED_ISSUES });
  return errors.length;
}

/** `7 个错误` and `4 个提醒` / `7 errors` and `1 warning`: the two counts, as checked and invalidCounted say them. */
export function issueCounts(
  issues: readonly Issue[],
  language: Language,
): { readonly errors: string; readonly warnings: string } {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const count = (n: number, one: Message, many: Message): string =>
    t(language, n === 1 ? one : many, { count: n });
  return {
    errors: count(errors, messages.cli.errorCountOne, messages.cli.errorCount),
    warnings: count(warnings, messages.cli.warningCountOne, messages.cli.warningCount),
  };
}

/** The sheet's zone when the workbook does not say (an .xlsx carries none); Settings 时区 overrides it. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export const defaultWorkbook = (context: CliContext): string =>
  join(context.packageRoot, 'seeds', 'sample-workbook.xlsx');

/** A workbook as read and parsed once: from here on the run speaks the workbook's language. */
export interface LoadedWorkbook extends WorkbookRead {
  readonly workbook: Workbook;
  readonly settings: Settings;
  readonly language: Language;
}

/**
 * Reads `--workbook` (the sample workbook when it is absent, which is said), then says what was read in the
 * workbook's language, so that one run never mixes two languages.
 */
export async function loadWorkbook(context: CliContext, path: string | undefined): Promise<LoadedWorkbook> {
  const file = path ?? defaultWorkbook(context);
  const read = await readWorkbook(file, { timeZone: DEFAULT_TIME_ZONE });
  const workbook = parseWorkbook(read.input);
  const { settings } = workbook;
  const language = settings.language;
  context.language = language;
  if (path === undefined) say(context, messages.cli.sampleWorkbook, { path: file }, language);
  say(context, messages.cli.read, { path: file }, language);
  for (const { encoding, files } of read.encodings) {
    const list = files.join(t(language, messages.validation.listSeparator));
    say(context, messages.cli.csvEncoding, { files: list, encoding }, language);
  }
  return { ...read, workbook, settings, language };
}
