// Reading one argument cell as a percent, number, date or choice; a bad cell throws an error naming its argument.
import { asciiText, isBlankValue, isDate } from '../cells/cell';
import { readDateTime } from '../cells/date';
import { percentFraction } from '../cells/percent';
import { type Choice, type ChoiceKey, matchChoice } from '../choices';
import type { LocalDate } from '../dates';
import { functionMessages } from '../messages/functions';
import { type Message, t } from '../messages/index';
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

const m = functionMessages;

/** Bad values are quoted in errors; a 10,000-character cell is not. */
const SHOWN_LENGTH = 40;

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

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

/** The calendar date of a Date (its wall clock in `timeZone`), a serial number or `YYYY-MM-DD` text. */
export function readDate(cell: ArgCell, timeZone: string): LocalDate {
  // A Date argument is an instant the sheet shows in its zone; text needs its year (no report week to be near).
  const dateTime = readDateTime(
    { value: cell.value, display: '' },
    { dateCells: 'instant', timeZone, near: null },
  );
  if (dateTime === null) throw argumentError(cell, m.notDate);
  return dateTime.slice(0, 10);
}

/** The key of the choice the cell names by its key or either name (case- and space-insensitive); null when blank. */
export function readChoice<T extends readonly Choice[]>(cell: ArgCell, choices: T): ChoiceKey<T> | null {
  if (isBlankValue(cell.value)) return null;
  const key = matchChoice(String(cell.value), choices);
  if (key !== null) return key;
  const { language } = cell;
  const names = choices.map((c) =>
    c[language] === c.key ? c.key : t(language, m.choiceName, { key: c.key, name: c[language] }),
  );
  throw argumentError(cell, m.notChoice, { choices: names.join(', ') });
}
