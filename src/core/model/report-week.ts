// Which week a report is for, its number under the Settings numbering and the period it covers.
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
  const mondays = new Set<LocalDate>();
  for (const row of table.dataRows) {
    const dateTime = readDateTime(cellAt(table, 'week', row), { ...dates, near: null });
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
