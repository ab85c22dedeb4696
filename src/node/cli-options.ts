// Command-line options: parsing with node:util and turning flag values into what the core takes.
import { existsSync, type Stats, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { instantOf, type Language, type LocalDate, parseLocalDate } from '../core';
import { FORMAT_NAMES, formatParams, isOutputFormat, type OutputFormat } from './report-formats';
import { UsageError } from './usage-error';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

const COMMON: OptionSpec = { help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } };

/** The flags of `command`, strictly: an unknown flag or a stray argument is a usage error. */
export function parseOptions<Spec extends OptionSpec>(
  command: string,
  args: readonly string[],
  spec: Spec,
): { [K in keyof Spec]?: Spec[K]['type'] extends 'string' ? string : boolean } & { help?: boolean } {
  let values: Record<string, unknown>;
  try {
    values = parseArgs({
      args: [...args],
      options: { ...COMMON, ...spec },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // node's messages go on to explain `--`; the first sentence is the useful one.
    const reason = `${(error as Error).message.split('. ')[0].replace(/\.$/, '')}.`;
    throw new UsageError('badArguments', { reason, command }, { cause: error });
  }
  // `--out=` is a slip (an unset shell variable), not a request for the current folder.
  const empty = Object.keys(values).find(
    (option) => typeof values[option] === 'string' && values[option].trim() === '',
  );
  if (empty !== undefined) throw new UsageError('emptyOption', { option: empty, command });
  return values as never;
}

export function requireOption(command: string, option: string, value: string | undefined): string {
  if (!value) throw new UsageError('missingOption', { option, command });
  return value;
}

/** `--week` as a real calendar date `YYYY-MM-DD`. */
export function parseWeek(value: string | undefined): LocalDate | undefined {
  if (value === undefined) return undefined;
  const week = parseLocalDate(value);
  if (week === null) throw new UsageError('badWeek', { value });
  return week;
}

/** The generation moment: an instant, or a day whose midnight depends on the sheet's time zone. */
export type Now = Date | { readonly midnightOf: LocalDate };

/** The instant `now` names in the sheet's `timeZone`. */
export const nowIn = (now: Now, timeZone: string): Date =>
  now instanceof Date ? now : instantOf(`${now.midnightOf}T00:00`, timeZone);

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * The generation moment: `--now`, else SOURCE_DATE_EPOCH (seconds), else the clock. A date alone is midnight in
 * the sheet's zone, as the team means it; a time must say its zone (`Z` or `+08:00`), or the same flag would
 * mean different moments on different machines. A day that does not exist (2023-02-30) is refused, not rolled.
 */
export function resolveNow(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  clock: () => Date,
): Now {
  if (flag !== undefined) {
    const date = parseLocalDate(flag);
    if (date !== null && date === flag.trim()) return { midnightOf: date };
    const match = DATE_TIME.exec(flag.trim());
    const instant = new Date(flag.trim());
    if (!match || parseLocalDate(match[1]) === null || Number.isNaN(instant.getTime())) {
      throw new UsageError('badNow', { value: flag });
    }
    return instant;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UsageError('badEpoch', { value: epoch });
    return new Date(Number(epoch) * 1000);
  }
  return clock();
}

/** `--format docx,md` as a list without repeats; every format when absent. */
export function parseFormats(value: string | undefined): OutputFormat[] {
  if (value === undefined) return FORMAT_NAMES;
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  if (!formats.every(isOutputFormat)) throw new UsageError('badFormat', { value, ...formatParams });
  return [...new Set(formats)];
}

export function parseLanguage(value: string | undefined): Language {
  if (value === undefined) return 'zh';
  if (value !== 'zh' && value !== 'en') throw new UsageError('badLanguage', { value });
  return value;
}

/** A file name from a document title: no path separators, `..`, control or reserved characters (file-names.ts). */
export { fileNameOf } from './file-names';

/**
 * `--out` of a command that writes a workbook: a new `.xlsx` file. A workbook full of a team's history must not
 * be replaced by a slip of the finger, and a folder (`--out ./`) is no file name.
 */
export function checkNewXlsx(command: string, out: string): void {
  if (existsSync(out)) throw new UsageError('outputExists', { path: out, command });
  if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError('outputNotXlsx', { path: out });
}

/** What is at `path`, or undefined when nothing is (or a part of the path is a file: writing will say so). */
function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

export const isFile = (path: string): boolean => statOf(path)?.isFile() === true;
export const isFolder = (path: string): boolean => statOf(path)?.isDirectory() === true;
