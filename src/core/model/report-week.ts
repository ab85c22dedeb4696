// Which week a report is for, its number under the Settings numbering and the period it covers.
import { isDate } from '../cells/cell';
import { readDateTime } from '../cells/date';
import { addDays, type LocalDate, mondayOf, wallClock, weekNumber } from '../dates';
import type { Settings } from '../schema/settings';
import { cellAt, type TableSet } from '../schema/table';
import type { DateCells } from '../workbook';
import type { ReportWeek } from './report-model';

/**
 * The Mondays that have Projects rows, in order. A Week typed without a year cannot say which week it is (its
 * year is taken from the report week), so it is not counted here.
 */
export function projectWeeks(
  tables: TableSet,
  dates: { readonly dateCells: DateCells; readonly timeZone: string },
) {
  const table = tables.projects;
  if (!table?.complete) return [];
  const ctx = { ...dates, near: null };
  const mondays = new Set<LocalDate>();
  // A year's 10,000 Week cells hold ~50 values: each is read once (Dates told apart by their time).
  const seen = new Set<unknown>();
  const seenTimes = new Set<number>();
  for (const row of table.dataRows) {
    const cell = cellAt(table, 'week', row);
    const [set, key] = isDate(cell.value) ? [seenTimes, cell.value.getTime()] : [seen, cell.value];
    if (set.has(key)) continue;
    set.add(key);
    const dateTime = readDateTime(cell, ctx);
    if (dateTime !== null) mondays.add(mondayOf(dateTime));
  }
  return [...mondays].sort();
}

/**
 * The two reports that matter at `now` (SPEC §4.1), in the report's zone: the one in progress (R, whose period
 * holds today) and the one due (I, dated the Monday of today's week). With `current-week` they are the same.
 */
export function reportsAt(
  now: Date,
  settings: Settings,
): { readonly inProgress: LocalDate; readonly due: LocalDate } {
  const due = mondayOf(wallClock(now, settings.timeZone));
  return { due, inProgress: settings.period === 'current-week' ? due : addDays(due, 7) };
}

/** The report week dated `monday`: its number and the days it covers. */
export function reportWeek(monday: LocalDate, settings: Settings): ReportWeek {
  const start = settings.period === 'previous-week' ? addDays(monday, -7) : monday;
  return { monday, number: weekNumber(monday, settings.weekNumbering), start, end: addDays(start, 6) };
}
