// Which week a report is for, its number under the Settings numbering and the period it covers.
import { readDateTime } from '../cells/date';
import { addDays, type LocalDate, mondayOf, weekNumber } from '../dates';
import type { Settings } from '../schema/settings';
import { cellAt, type TableSet } from '../schema/table';
import type { TabKey } from '../schema/tabs';
import type { DateCells } from '../workbook';
import type { ReportWeek } from './report-model';

/** Where the latest Week is looked for, in order. */
const WEEK_SOURCES = ['projects', 'highlights', 'metrics'] as const satisfies readonly TabKey[];

/**
 * The Monday of the latest Week (up to `notAfter`'s week, when given) in Projects, else Highlights, else
 * Metrics. A Week typed without a year cannot decide which week is latest (its year is taken from the report
 * week), so it is not counted here.
 */
export function latestWeek(
  tables: TableSet,
  dates: { readonly dateCells: DateCells; readonly timeZone: string },
  notAfter: LocalDate | null = null,
): LocalDate | null {
  for (const key of WEEK_SOURCES) {
    const table = tables[key];
    if (!table?.complete) continue;
    let latest: LocalDate | null = null;
    for (const row of table.dataRows) {
      const dateTime = readDateTime(cellAt(table, 'week', row), { ...dates, near: null });
      const monday = dateTime === null ? null : mondayOf(dateTime);
      if (
        monday !== null &&
        (latest === null || monday > latest) &&
        (notAfter === null || monday <= notAfter)
      ) {
        latest = monday;
      }
    }
    if (latest !== null) return latest;
  }
  return null;
}

/** The report week dated `monday`: its number and the days it covers. */
export function reportWeek(monday: LocalDate, settings: Settings): ReportWeek {
  const start = settings.period === 'previous-week' ? addDays(monday, -7) : monday;
  return { monday, number: weekNumber(monday, settings.weekNumbering), start, end: addDays(start, 6) };
}
