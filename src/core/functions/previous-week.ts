// PREV_WEEK_VALUE and WEEK_DELTA: each row against its key's rows of the week before, indexed once in a Map.

import { isBlankValue as isBlank, isDate } from '../cells/cell';
import { dayNumber, mondayOf } from '../dates';
import { functionMessages } from '../messages/functions';
import { type Call, callOf, type FunctionContext } from './context';
import { type Arg, argCell, cellAt, commonHeight, type Size, sizeOf, withoutBlankTail } from './ranges';
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

/** The row's key (several key columns make one composite key); null when all its key cells are blank. */
function rowKey(cells: readonly unknown[]): string | null {
  return cells.every(isBlank) ? null : cells.map(cellKey).join(KEY_SEPARATOR);
}

/** The cells of one row of an argument (a single cell is a row of one). */
function rowCells(value: unknown, size: Size | null, row: number): unknown[] {
  return Array.from({ length: size?.columns ?? 1 }, (_, column) => cellAt(value, size, row, column));
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
  const rows = Array.from({ length: height }, (_, row) => {
    const week = argCell(call, args[1], weekSize, row, 0);
    const monday = isBlank(week.value) ? null : dayNumber(mondayOf(readDate(week, ctx.timeZone)));
    const key = rowKey(rowCells(keys, keySize, row));
    return {
      slot: monday === null || key === null ? null : { monday, key },
      values: rowCells(values, valueSize, row),
    };
  });
  const index = new Map<string, unknown[]>();
  for (const { slot, values: cells } of rows) {
    if (slot === null) continue;
    const id = `${slot.monday}${KEY_SEPARATOR}${slot.key}`;
    const latest = index.get(id) ?? cells.map(() => '');
    cells.forEach((cell, column) => {
      if (!isBlank(cell)) latest[column] = cell;
    });
    index.set(id, latest);
  }
  return {
    current: rows.map((row) => row.values),
    previous: rows.map(({ slot }) =>
      slot === null ? null : (index.get(`${slot.monday - 7}${KEY_SEPARATOR}${slot.key}`) ?? null),
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
