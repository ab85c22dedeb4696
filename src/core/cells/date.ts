// Date and date-time cells: Date objects, spreadsheet serials and the ways the team types dates.
import { isDateShaped, parseDateText } from '../date-text';
import {
  fromSerialDateTime,
  type LocalDate,
  type LocalDateTime,
  localDate,
  mondayOf,
  shortDate,
  wallClock,
} from '../dates';
import type { DateCells } from '../workbook';
import { type Cell, type CellResult, isBlank, isDate, ok, problem, remembered } from './cell';

/** What reading a date needs besides the cell. */
export interface DateContext {
  readonly dateCells: DateCells;
  readonly timeZone: string;
  /** A date without a year takes the year that puts it nearest this day (the report week); null: unread. */
  readonly near: LocalDate | null;
}

/** A planned date as typed: `11/16` or `11月底` stay as they are, a real date also has its day. */
export interface Due {
  readonly text: string;
  readonly date: LocalDate | null;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Wall-clock Date cells (an .xlsx's) read, by their time. */
const wallClockCells = new Map<number, LocalDateTime>();

function fromWallClockFields(time: number): LocalDateTime {
  const date = new Date(time);
  const day = localDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return `${day}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}`;
}

function fromDateObject(date: Date, dateCells: DateCells, timeZone: string): LocalDateTime {
  if (dateCells === 'instant') return wallClock(date, timeZone);
  return remembered(wallClockCells, date.getTime(), fromWallClockFields);
}

/** The wall-clock date-time a non-blank cell holds, or null when it holds none. */
export function readDateTime(cell: Cell, ctx: DateContext): LocalDateTime | null {
  if (isDate(cell.value)) return fromDateObject(cell.value, ctx.dateCells, ctx.timeZone);
  if (typeof cell.value === 'number') return fromSerialDateTime(cell.value);
  if (typeof cell.value === 'string') return parseDateText(cell.value, ctx.near);
  return null;
}

/**
 * The Monday of the week a value handed over by Apps Script holds (a Date is an instant shown in `timeZone`);
 * null when it holds no date with its year.
 */
export function weekOfValue(value: unknown, timeZone: string): LocalDate | null {
  const dateTime = readDateTime({ value, display: '' }, { dateCells: 'instant', timeZone, near: null });
  return dateTime === null ? null : mondayOf(dateTime);
}

export function optionalDateTime(cell: Cell, ctx: DateContext): CellResult<LocalDateTime | null> {
  if (isBlank(cell)) return ok(null);
  const dateTime = readDateTime(cell, ctx);
  return dateTime === null ? problem(cell, 'notDateTime') : ok(dateTime);
}

export function requiredDateTime(cell: Cell, ctx: DateContext): CellResult<LocalDateTime> {
  return isBlank(cell)
    ? problem(cell, 'requiredValue')
    : (optionalDateTime(cell, ctx) as CellResult<LocalDateTime>);
}

export function requiredDate(cell: Cell, ctx: DateContext): CellResult<LocalDate> {
  if (isBlank(cell)) return problem(cell, 'requiredValue');
  const dateTime = readDateTime(cell, ctx);
  return dateTime === null ? problem(cell, 'notDate') : ok(dateTime.slice(0, 10));
}

/** Mondays of the days Week cells hold. */
const mondays = new Map<LocalDate, LocalDate>();

/** A Week cell: any day of the week, read as its Monday (the report date). */
export function requiredWeek(cell: Cell, ctx: DateContext): CellResult<LocalDate> {
  const date = requiredDate(cell, ctx);
  return date.ok ? ok(remembered(mondays, date.value, mondayOf)) : date;
}

/** Text shaped like a date (`13/45`, `2月30日`) names a day; when no such day exists it is a typo, not a plan. */
const impossibleDate = (text: string, date: LocalDate | null, ctx: DateContext): boolean =>
  date === null && ctx.near !== null && isDateShaped(text);

/**
 * Due: a real date reads as `M/D`; text stays as typed (`下周一`, `11月底`) and still yields its day when it
 * names one.
 */
export function optionalDue(cell: Cell, ctx: DateContext): CellResult<Due | null> {
  if (isBlank(cell)) return ok(null);
  const dateTime = readDateTime(cell, ctx);
  const date = dateTime === null ? null : dateTime.slice(0, 10);
  if (typeof cell.value === 'string') {
    return impossibleDate(cell.value, date, ctx)
      ? problem(cell, 'notDate')
      : ok({ text: cell.value.trim(), date });
  }
  return date === null ? problem(cell, 'notDate') : ok({ text: shortDate(date), date });
}
