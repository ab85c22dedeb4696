// Writes the Reports tab (Week, Doc, Generated, By, Revision), the tool's log of which Doc holds each week; the core
// reads it (loggedReport).
import {
  type ColumnKey,
  type Language,
  type LocalDate,
  type LoggedReport,
  namesMatch,
  type SheetInput,
  tabDef,
} from '../core';
import { midnightIn } from './cell-values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const REPORTS = tabDef('reports');
type ReportsColumn = ColumnKey<'reports'>;

/** What a generation records: the week, its Doc, when and by whom, and the revision it is at. */
export interface ReportEntry {
  readonly week: LocalDate;
  readonly url: string;
  readonly generated: Date;
  readonly by: string;
  readonly revision: number;
}

/** The Reports tab among the sheets read, in either language. */
export const findReportsSheet = (sheets: readonly SheetInput[]): SheetInput | undefined =>
  sheets.find((s) => namesMatch(s.name, REPORTS));

/** Column index of each Reports column in the tab's header row (−1 when absent). */
function columnsOf(header: readonly unknown[]): Record<ReportsColumn, number> {
  const found = REPORTS.columns.map((c) => [c.key, header.findIndex((h) => namesMatch(h, c))] as const);
  return Object.fromEntries(found) as Record<ReportsColumn, number>;
}

const headerRow = (language: Language): string[] => REPORTS.columns.map((c) => c[language]);

/** The Reports tab as read, and the sheet to write it through. */
export interface ReportsTab {
  readonly read: SheetInput;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

/**
 * Records a generated report: the week's row is updated in place (same row, new revision), otherwise appended.
 * Only the tool's own cells are written, so a team's extra columns (a `=HYPERLINK`, a note) keep their formulas,
 * even one between the tool's columns. A missing tab is created with its header; a missing column is added right of the header.
 */
export function recordReport(
  spreadsheet: Spreadsheet,
  reports: ReportsTab | undefined,
  logged: LoggedReport | null,
  entry: ReportEntry,
  sheetFormat: { readonly language: Language; readonly timeZone: string },
): void {
  const { language, timeZone } = sheetFormat;
  const values: Record<ReportsColumn, unknown> = {
    week: midnightIn(entry.week, timeZone),
    doc: entry.url,
    generated: entry.generated,
    by: entry.by,
    revision: entry.revision,
  };
  if (!reports) {
    const created = spreadsheet.insertSheet(REPORTS[language]);
    const header = headerRow(language);
    created.getRange(1, 1, 2, header.length).setValues([header, REPORTS.columns.map((c) => values[c.key])]);
    created.setFrozenRows(1);
    return;
  }
  const { read, sheet } = reports;
  const firstRow = read.values[0] ?? [];
  const header = firstRow.some((cell) => String(cell ?? '').trim() !== '') ? [...firstRow] : [];
  const missing = REPORTS.columns.filter((c) => !header.some((h) => namesMatch(h, c)));
  if (missing.length > 0) {
    header.push(...missing.map((c) => c[language]));
    sheet.getRange(1, 1, 1, header.length).setValues([header]);
  }
  const columns = columnsOf(header);
  const row = logged?.row ?? read.values.length + 1;
  for (const run of toolColumnRuns(columns)) {
    const cells = run.map((key) => values[key]);
    sheet.getRange(row, columns[run[0]] + 1, 1, cells.length).setValues([cells]);
  }
}

/**
 * The tool's columns grouped into runs of adjacent ones, left to right: each run is written as one range, and a
 * team's own column between two of the tool's is never part of a write (SPEC §12: only its own cells).
 */
function toolColumnRuns(columns: Record<ReportsColumn, number>): ReportsColumn[][] {
  const keys = (Object.keys(columns) as ReportsColumn[]).sort((a, b) => columns[a] - columns[b]);
  const runs: ReportsColumn[][] = [];
  for (const key of keys) {
    const last = runs[runs.length - 1];
    if (last && columns[last[last.length - 1]] + 1 === columns[key]) last.push(key);
    else runs.push([key]);
  }
  return runs;
}
