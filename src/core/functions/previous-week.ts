// PREV_WEEK_VALUE and WEEK_DELTA: each row against its key's rows of the week before, indexed once in a Map.

import { isBlankValue as isBlank, isDate } from '../cells/cell';
import { dayNumber, mondayOf } from '../dates';
import { functionMessages } from '../messages/functions';
import { type Call, callOf, type FunctionContext } from './context';
import { type Arg, argCell, columnOf, commonHeight, type Size, sizeOf, withoutBlankTail } from './ranges';
import { argumentError, numberOf, readDate, roundNoise } from './readers';

/** Each input row's own values and its key's values of the previous week (null when there are none). */
interface WeekOverWeek {
  readonly current: readonly (readonly unknown[])[];
  readonly previous: readonly (readonly unknown[] | null)[];
  /** False when every argument is a single cell: the answer is then a single value. */
  readonly isRange: boolean;
}

/** Joins the cells of a several-column key; a control character no typed name holds. */
const KEY_SEPARATOR = '\u001f';

const cellKey = (value: unknown): string =>
  isDate(value) ? value.toISOString() : String(value).normalize('NFKC').trim();

/** The cells of one row of an argument (a single cell is a row of one), each column's reader made once. */
function rowReader(value: unknown, size: Size | null): (row: number) => unknown[] {
  const columns = Array.from({ length: size?.columns ?? 1 }, (_, column) => columnOf(value, size, column));
  if (columns.length === 1) {
    const [only] = columns;
    return (row) => [only(row)];
  }
  return (row) => columns.map((cell) => cell(row));
}

/**
 * The week of each row as the day number of its Monday, remembered per distinct cell value: a column of 10,000 rows
 * holds a few dozen weeks, so each is read once. A cell that is not a date throws at its first row.
 */
function mondayReader(call: Call, arg: Arg, size: Size | null, timeZone: string) {
  const remember = memo<number>();
  const cell = columnOf(arg[1], size, 0);
  return (row: number): number | null => {
    const value = cell(row);
    if (isBlank(value)) return null;
    return remember(value, () => dayNumber(mondayOf(readDate(argCell(call, arg, size, row, 0), timeZone))));
  };
}

/**
 * Results per distinct cell value; Dates by their instant (kept apart from number cells). Sheets hands a Date of
 * another realm per cell, so a Date is told by its getTime, not by `instanceof` or a tag check on every row.
 */
function memo<T>(): (value: unknown, work: () => T) => T {
  const byInstant = new Map<number, T>();
  const byValue = new Map<unknown, T>();
  return (value, work) => {
    const date = typeof value === 'object' && value !== null && typeof (value as Date).getTime === 'function';
    const map = (date ? byInstant : byValue) as Map<unknown, T>;
    const id = date ? (value as Date).getTime() : value;
    let known = map.get(id);
    if (known === undefined) {
      known = work();
      map.set(id, known);
    }
    return known;
  };
}

/** Each row's key, the text of each distinct key cell worked out once. */
function keyReader(keys: unknown, size: Size | null) {
  const remember = memo<string>();
  const text = (value: unknown): string => remember(value, () => cellKey(value));
  if ((size?.columns ?? 1) === 1) {
    const cell = columnOf(keys, size, 0);
    return (row: number): string | null => {
      const value = cell(row);
      return isBlank(value) ? null : text(value);
    };
  }
  const cellsOf = rowReader(keys, size);
  return (row: number): string | null => {
    const cells = cellsOf(row);
    return cells.every(isBlank) ? null : cells.map(text).join(KEY_SEPARATOR);
  };
}

/**
 * Reads the table once: every row's week (as the day number of its Monday) and key, then indexes, per week and
 * key, the last non-blank value of each values column in row order — so a project's sub-point rows, whose
 * progress is blank, do not hide the progress on its main row.
 */
function weekOverWeek(
  call: Call,
  keys: unknown,
  weeks: unknown,
  values: unknown,
  ctx: FunctionContext,
): WeekOverWeek {
  const args: Arg[] = [
    ['keys', keys],
    ['weeks', weeks],
    ['values', values],
  ];
  const height = commonHeight(call, args);
  const [keySize, weekSize, valueSize] = args.map(([, value]) => sizeOf(value));
  if (weekSize && weekSize.columns !== 1) {
    throw argumentError({ ...call, arg: 'weeks', value: '' }, functionMessages.notColumn, {
      columns: weekSize.columns,
    });
  }
  const mondayOfRow = mondayReader(call, args[1], weekSize, ctx.timeZone);
  const keyOfRow = keyReader(keys, keySize);
  const valuesOfRow = rowReader(values, valueSize);
  // Week → key → the latest non-blank value of each column: no string is built per row to look a row up.
  const index = new Map<number, Map<string, unknown[]>>();
  const current: unknown[][] = new Array(height);
  // Each row's week and key, side by side (no object per row); a row without either has a null key.
  const mondays: number[] = new Array(height);
  const rowKeys: (string | null)[] = new Array(height);
  for (let row = 0; row < height; row++) {
    const cells = valuesOfRow(row);
    const monday = mondayOfRow(row);
    const key = monday === null ? null : keyOfRow(row);
    current[row] = cells;
    mondays[row] = monday ?? 0;
    rowKeys[row] = key;
    if (monday === null || key === null) continue;
    let week = index.get(monday);
    if (week === undefined) {
      week = new Map();
      index.set(monday, week);
    }
    const latest = week.get(key);
    if (latest === undefined)
      week.set(
        key,
        cells.map((cell) => (isBlank(cell) ? '' : cell)),
      );
    else {
      cells.forEach((cell, column) => {
        if (!isBlank(cell)) latest[column] = cell;
      });
    }
  }
  return {
    current,
    previous: rowKeys.map((key, row) =>
      key === null ? null : (index.get(mondays[row] - 7)?.get(key) ?? null),
    ),
    isRange: [keySize, weekSize, valueSize].some((size) => size !== null),
  };
}

const shaped = (table: WeekOverWeek, rows: unknown[][]): unknown =>
  table.isRange ? withoutBlankTail(rows) : rows[0][0];

/** For each row, its key's value in the previous week (the last non-blank one); blank when there is none. */
export function prevWeekValue(keys: unknown, weeks: unknown, values: unknown, ctx: FunctionContext): unknown {
  const table = weekOverWeek(callOf('PREV_WEEK_VALUE', ctx), keys, weeks, values, ctx);
  return shaped(
    table,
    table.current.map((cells, row) => cells.map((_, column) => table.previous[row]?.[column] ?? '')),
  );
}

/** For each row, its value minus its key's value in the previous week; blank when either is not a number. */
export function weekDelta(keys: unknown, weeks: unknown, values: unknown, ctx: FunctionContext): unknown {
  const table = weekOverWeek(callOf('WEEK_DELTA', ctx), keys, weeks, values, ctx);
  return shaped(
    table,
    table.current.map((cells, row) =>
      cells.map((cell, column) => {
        const now = numberOf(cell);
        const before = numberOf(table.previous[row]?.[column]);
        return now === null || before === null ? '' : roundNoise(now - before);
      }),
    ),
  );
}
