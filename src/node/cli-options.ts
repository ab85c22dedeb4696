// Command-line options: parsing with node:util and turning flag values into what the core takes.
import { parseArgs } from 'node:util';
import { type Language, type LocalDate, parseLocalDate } from '../core';
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
  try {
    return parseArgs({
      args: [...args],
      options: { ...COMMON, ...spec },
      strict: true,
      allowPositionals: false,
    }).values as never;
  } catch (error) {
    // node's messages go on to explain `--`; the first sentence is the useful one.
    const reason = `${(error as Error).message.split('. ')[0].replace(/\.$/, '')}.`;
    throw new UsageError('badArguments', { reason, command }, { cause: error });
  }
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

/**
 * The generation moment: `--now`, else SOURCE_DATE_EPOCH (seconds), else the clock. A `--now` with a time
 * must say its zone (`Z` or `+08:00`), or the same flag would mean different moments on different machines.
 */
export function resolveNow(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  clock: () => Date,
): Date {
  if (flag !== undefined) {
    const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(flag);
    const instant = new Date(flag);
    if (!iso || Number.isNaN(instant.getTime())) throw new UsageError('badNow', { value: flag });
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

/** A file name from a document title: no path separators, `..`, control or reserved characters. */
export function fileNameOf(title: string): string {
  const name = title
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return name || 'weekly-report';
}
