// Reading one argument cell as a percent, number, date or choice; a bad cell throws an error naming its argument.
import { asciiText, isBlankValue, isDate } from '../cells/cell';
import { percentFraction } from '../cells/percent';
import { dayNumber, fromDayNumber, fromSerial, type LocalDate, localDate, wallClock } from '../dates';
import { type Message, messages, t } from '../messages/index';
import { type Choice, normaliseName } from '../schema/tabs';
import type { Call } from './context';

/** One cell of an argument and where it sits, so that an error about it can name it. */
export interface ArgCell extends Call {
  readonly value: unknown;
  /** The parameter's name, as the function's JSDoc spells it. */
  readonly arg: string;
  /** 1-based position inside a range argument; absent for a single cell. */
  readonly row?: number;
  /** Present only when the range has several columns. */
  readonly column?: number;
}

const m = messages.functions;

/** Bad values are quoted in errors; a 10,000-character cell is not. */
const SHOWN_LENGTH = 40;

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const DATE_TEXT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Rounds off float noise (0.85 − 0.7 = 0.15000000000000002), symmetrically, and never returns −0. */
export const roundNoise = (x: number): number => Number(x.toFixed(10)) || 0;

function shown(value: unknown): string {
  const text = isDate(value) ? value.toISOString() : String(value);
  return text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
}

/** An Error naming the function, the argument (and its row in a range) and the bad value. */
export function argumentError(
  cell: ArgCell,
  message: Message,
  params: Readonly<Record<string, string | number>> = {},
): Error {
  const { arg, row, column, language } = cell;
  const where =
    row === undefined
      ? arg
      : t(language, column === undefined ? m.argumentRow : m.argumentCell, {
          arg,
          row,
          column: column ?? '',
        });
  return new Error(t(language, message, { fn: cell.fn, arg: where, value: shown(cell.value), ...params }));
}

/** A number from a number cell, numeric text, or percent text (`99.99%` → 0.9999); null otherwise. */
export function numberOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = asciiText(value);
  if (text.endsWith('%')) return percentFraction(text);
  return NUMBER_TEXT.test(text) ? Number(text) : null;
}

/** The cell as a fraction in 0–1. */
export function readPercent(cell: ArgCell): number {
  const fraction = percentFraction(cell.value);
  if (fraction === null) throw argumentError(cell, m.notPercent);
  if (fraction < 0 || fraction > 1) throw argumentError(cell, m.percentOutOfRange);
  return fraction;
}

/** The cell as a number (percent text as a fraction). */
export function readNumber(cell: ArgCell): number {
  const number = numberOf(cell.value);
  if (number === null) throw argumentError(cell, m.notNumber);
  return number;
}

function dateOf(value: unknown, timeZone: string): LocalDate | null {
  if (isDate(value)) return wallClock(value, timeZone).slice(0, 10);
  if (typeof value === 'number') return fromSerial(value);
  const match = typeof value === 'string' ? DATE_TEXT.exec(asciiText(value)) : null;
  if (!match) return null;
  const date = localDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // Date.UTC rolls 2023-02-30 over into March: a date that does not come back unchanged does not exist.
  return fromDayNumber(dayNumber(date)) === date ? date : null;
}

/** The calendar date of a Date (its wall clock in `timeZone`), a serial number or `YYYY-MM-DD` text. */
export function readDate(cell: ArgCell, timeZone: string): LocalDate {
  const date = dateOf(cell.value, timeZone);
  if (date === null) throw argumentError(cell, m.notDate);
  return date;
}

/** The key of the choice the cell names in either language (case- and space-insensitive); null when blank. */
export function readChoice<K extends string>(
  cell: ArgCell,
  choices: readonly (Choice & { key: K })[],
): K | null {
  if (isBlankValue(cell.value)) return null;
  const name = normaliseName(String(cell.value));
  const choice = choices.find((c) => [c.key, c.zh, c.en].some((n) => normaliseName(n) === name));
  if (choice) return choice.key;
  const { language } = cell;
  const names = choices.map((c) =>
    c[language] === c.key ? c.key : t(language, m.choiceName, { key: c.key, name: c[language] }),
  );
  throw argumentError(cell, m.notChoice, { choices: names.join(', ') });
}
