// A workbook as long-format rows (SPEC §13 exit ramp): one line per filled cell of a known column, for BigQuery,
// Looker Studio or Connected Sheets to load as they are. Lossless: every cell as stored, not as the report reads it.
import { isDate } from '../cells/cell';
import { readDateTime } from '../cells/date';
import { type LocalDate, mondayOf } from '../dates';
import { cellAt, columnsOf, type Table } from '../schema/table';
import { type TabKey, tabsFor } from '../schema/tabs';
import { UNCALCULATED } from '../workbook';
import type { Workbook } from './workbook';

export interface LongRow {
  /** The row's Monday when its tab has a Week (or Date) column; '' otherwise. */
  readonly week: LocalDate | '';
  readonly team: string;
  /** The tab's key (`projects`), the same in every language. */
  readonly tab: string;
  /** The sheet row, 1-based. */
  readonly row: number;
  /** The column's key (`progress`). */
  readonly field: string;
  readonly value: string;
}

/** The header of the long format, in column order. */
export const LONG_COLUMNS = ['week', 'team', 'tab', 'row', 'field', 'value'] as const;

/** Tabs the tool writes for itself (the Reports log) are no team data. */
const EXPORTED = tabsFor('team').filter((tab) => tab.key !== 'reports' && tab.key !== 'settings');

/** A cell as a loader reads it: numbers as numbers (85% is 0.85), dates as `YYYY-MM-DD[ HH:MM]`, text as typed. */
function valueText(value: unknown, workbook: Workbook): string {
  if (value === null || value === undefined || value === UNCALCULATED) return '';
  if (isDate(value)) {
    const dateTime = readDateTime({ value, display: '' }, { ...workbook.input, near: null });
    return dateTime === null
      ? ''
      : dateTime.endsWith('T00:00')
        ? dateTime.slice(0, 10)
        : dateTime.replace('T', ' ');
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return String(value);
}

function tableRows<K extends TabKey>(table: Table<K>, team: string, workbook: Workbook): LongRow[] {
  const columns = columnsOf(table.def).filter((c) => table.columns.has(c.key));
  const weekColumn = columns.find((c) => c.kind === 'week' || c.key === 'date');
  const rows: LongRow[] = [];
  for (const row of table.dataRows) {
    const weekCell = weekColumn
      ? readDateTime(cellAt(table, weekColumn.key, row), { ...workbook.input, near: null })
      : null;
    const week = weekCell === null ? '' : mondayOf(weekCell);
    for (const column of columns) {
      const value = valueText(cellAt(table, column.key, row).value, workbook);
      if (value.trim() === '') continue;
      rows.push({ week, team, tab: table.def.key, row: row + 1, field: column.key, value });
    }
  }
  return rows;
}

/** Every filled cell of the team's data tabs, tab by tab in TABS order, rows and columns in sheet order. */
export function longRows(workbook: Workbook, team: string): LongRow[] {
  return EXPORTED.flatMap((def) => {
    const table = workbook.tables[def.key as TabKey] as Table | undefined;
    return table?.complete ? tableRows(table, team, workbook) : [];
  });
}
