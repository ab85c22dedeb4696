// One sheet cell as the core sees it (raw value + display text) and the result of reading it.
import type { Message } from '../messages/index';
import type { ValidationMessage } from '../messages/validation';
import { UNCALCULATED } from '../workbook';

export interface Cell {
  readonly value: unknown;
  /** The text the sheet shows for the cell. */
  readonly display: string;
}

/** A message placeholder; a Message is put in the workbook's language when the issue is worded. */
export type Param = string | number | Message;
export type Params = Readonly<Record<string, Param>>;

/** Why a cell could not be read: a message key and its placeholders (`found` is filled in by `problem`). */
export interface CellProblem {
  readonly message: ValidationMessage;
  readonly params: Params;
}

export type CellResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: CellProblem };

export const BLANK: Cell = { value: null, display: '' };

/** What Sheets and Excel show for a formula that failed. */
const ERROR_VALUE = /^#(?:REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!|ERROR!)$/;

/**
 * Why a cell has no value to read, if it has none: a formula error (`#REF!`, `#N/A`, …), never to be copied into a
 * report as text, or a formula saved in an .xlsx without its result.
 */
export function unreadableCell(cell: Cell): ValidationMessage | null {
  if (cell.value === UNCALCULATED) return 'uncalculatedFormula';
  const shown = typeof cell.value === 'string' ? cell.value.trim() : cell.display.trim();
  return ERROR_VALUE.test(shown) ? 'errorValue' : null;
}

export const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });

/** A failed read that quotes the cell as the user sees it. */
export const problem = <T>(cell: Cell, message: ValidationMessage, params: Params = {}): CellResult<T> => ({
  ok: false,
  problem: { message, params: { found: shownText(cell), ...params } },
});

/**
 * Dates from another realm (the Apps Script bundle runs in node:vm) fail `instanceof`, so ask the tag: of objects
 * only, as text and numbers (most cells) cannot be one.
 */
export const isDate = (value: unknown): value is Date =>
  typeof value === 'object' &&
  Object.prototype.toString.call(value) === '[object Date]' &&
  !Number.isNaN((value as Date).getTime());

/**
 * `compute(key)`, remembered in `memo`: a column repeats the same few values in thousands of rows (a year's Weeks are
 * ~50 dates in 16,000 cells). Bounded, so a long run cannot grow it forever.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, compute: (key: K) => V): V {
  if (memo.has(key)) return memo.get(key) as V;
  const value = compute(key);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

const MEMO_LIMIT = 10_000;

/** Sheets hands an empty cell over as `''`; a cell of spaces reads as empty too. */
export const isBlankValue = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

export const isBlank = (cell: Cell): boolean => isBlankValue(cell.value);

/** What the user sees in the cell: its display text, else its raw value as a string. */
export const shownText = (cell: Cell): string => {
  const display = cell.display.trim();
  if (display !== '' || isBlank(cell)) return display;
  return String(cell.value).trim();
};

/** Text as typed: strings keep their characters (trimmed); numbers and dates read as the sheet shows them. */
export const cellText = (cell: Cell): string =>
  typeof cell.value === 'string' ? cell.value.trim() : shownText(cell);

/** Full-width digits, signs and spaces to ASCII (`８５％` → `85%`). */
export const asciiText = (text: string): string => text.normalize('NFKC').trim();
