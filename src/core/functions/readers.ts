// Reading one argument cell as a percent, number, date or choice; a bad cell throws an error naming its argument.
// A small private percent parser: src/core/cells/ has the validating one for whole tabs.
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

/** Spreadsheet serial of 10000-01-01, the first day Sheets cannot show. */
const SERIAL_LIMIT = 2_958_466;
/** Bad values are quoted in errors; a 10,000-character cell is not. */
const SHOWN_LENGTH = 40;

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const PERCENT_TEXT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/;
const DATE_TEXT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Cross-realm: a Date made in the Apps Script bundle's realm fails `instanceof Date` here. */
export const isDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/** Sheets hands an empty cell over as `''`; a cell of spaces reads as empty too. */
export const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Full-width digits and signs (`８５％`) read like their ASCII forms. */
const textOf = (value: string): string => value.normalize('NFKC').trim();

/** Rounds off float noise (0.85 − 0.7 = 0.15000000000000002), symmetrically, and never returns −0. */
export const roundNoise = (x: number): number => Number(x.toFixed(10)) || 0;

/** Points to a fraction; 15 significant digits drop the noise of the division (99.99 / 100 = 0.9998999999999999). */
const fromPoints = (points: number): number => Number((points / 100).toPrecision(15));

function shown(value: unknown): string {
  const text = isDate(value) && !Number.isNaN(value.getTime()) ? value.toISOString() : String(value);
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
  const text = textOf(value);
  const percent = PERCENT_TEXT.exec(text);
  if (percent) return fromPoints(Number(percent[1]));
  return NUMBER_TEXT.test(text) ? Number(text) : null;
}

/** A fraction from a fraction (0.85), points (85: any number above 1) or text (`85%`, `85`); null otherwise. */
function percentOf(value: unknown): number | null {
  if (typeof value === 'string' && PERCENT_TEXT.test(textOf(value))) return numberOf(value);
  const number = numberOf(value);
  if (number === null) return null;
  return Math.abs(number) > 1 ? fromPoints(number) : number;
}

/** The cell as a fraction in 0–1. */
export function readPercent(cell: ArgCell): number {
  const fraction = percentOf(cell.value);
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
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : wallClock(value, timeZone).slice(0, 10);
  if (typeof value === 'number') return value >= 1 && value < SERIAL_LIMIT ? fromSerial(value) : null;
  const match = typeof value === 'string' ? DATE_TEXT.exec(textOf(value)) : null;
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
  if (isBlank(cell.value)) return null;
  const name = normaliseName(String(cell.value));
  const choice = choices.find((c) => [c.key, c.zh, c.en].some((n) => normaliseName(n) === name));
  if (choice) return choice.key;
  const { language } = cell;
  const names = choices.map((c) =>
    c[language] === c.key ? c.key : t(language, m.choiceName, { key: c.key, name: c[language] }),
  );
  throw argumentError(cell, m.notChoice, { choices: names.join(', ') });
}
