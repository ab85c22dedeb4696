// 开始新一周 Start new week: the rows to append so next week starts from this week's open projects and highlights.
import { type Cell, isBlank, isBlankValue, isDate, shownText } from '../cells/cell';
import { type DateContext, readDateTime } from '../cells/date';
import { addDays, type LocalDate } from '../dates';
import type { Issue } from '../issues';
import { toIssue } from '../schema/finding';
import type { HighlightRow } from '../schema/highlights';
import type { ProjectRow } from '../schema/projects';
import { ROW_READERS } from '../schema/row-readers';
import { type Located, parseRows } from '../schema/rows';
import { cellAt, type Table } from '../schema/table';
import { type ColumnKey, isDerivedHeader, type TabKey } from '../schema/tabs';
import { chooseWeek } from './analyse';
import { groupBy } from './grouping';
import { projectWeeks, reportsAt } from './report-week';
import type { Workbook } from './workbook';

/** A cell to append: text and numbers as they are, dates as wall-clock days. */
export type PlannedCell = string | number | { readonly date: LocalDate } | null;

/** Rows to append to one existing sheet (by its name as found), each row in that sheet's column order. */
export interface PlannedAppend {
  readonly sheet: string;
  /**
   * The sheet row (1-based) the new rows go below: the last row with a value in the tab's own columns, not a
   * derived column's formula results or blank formatted rows.
   */
  readonly after: number;
  readonly rows: readonly (readonly PlannedCell[])[];
}

export interface NewWeekPlan {
  readonly issues: readonly Issue[];
  /** The Monday of the week the new rows are for. */
  readonly week: LocalDate | null;
  readonly appends: readonly PlannedAppend[];
  /** Set when the next week has not begun: its Monday and the report in progress today (SPEC §4.1). */
  readonly notYet: { readonly next: LocalDate; readonly inProgress: LocalDate } | null;
}

export interface NewWeekOptions {
  /** The week to copy from (any day of it); default: the latest Week in Projects. */
  readonly week?: LocalDate;
  /** Now: the next week is planned only once it is not after the report in progress. */
  readonly now: Date;
}

/** What deciding whether a row is already planned needs. */
interface Copyable {
  readonly week: LocalDate;
  readonly no: number | null;
}

/** A value to write back as a value: text stays text (the shells keep a leading `=` from becoming a formula). */
function plannedCell(cell: Cell, ctx: DateContext): PlannedCell {
  if (isBlank(cell)) return null;
  if (isDate(cell.value)) return { date: (readDateTime(cell, ctx) ?? '').slice(0, 10) };
  if (typeof cell.value === 'number' || typeof cell.value === 'string') return cell.value;
  return shownText(cell);
}

/**
 * A row copied across the sheet's full width (extra columns too), with some columns replaced. Derived columns stay
 * blank: a value written there would block the formula that fills the whole column.
 */
function copyRow<K extends TabKey>(
  table: Table<K>,
  row: number,
  ctx: DateContext,
  replace: ReadonlyMap<ColumnKey<K>, PlannedCell>,
): PlannedCell[] {
  const width = table.sheet.values[row]?.length ?? 0;
  const header = table.sheet.values[0] ?? [];
  const byIndex = new Map([...replace].map(([key, value]) => [table.columns.get(key), value]));
  return Array.from({ length: width }, (_, column) =>
    byIndex.has(column)
      ? (byIndex.get(column) ?? null)
      : isDerivedHeader(table.def, header[column])
        ? null
        : plannedCell(
            { value: table.sheet.values[row][column], display: table.sheet.displays[row]?.[column] ?? '' },
            ctx,
          ),
  );
}

/** This week's rows whose key has no row next week yet, so planning twice appends nothing the second time. */
function missingNextWeek<T extends Copyable>(
  rows: readonly T[],
  monday: LocalDate,
  name: (row: T) => string,
): T[] {
  const key = (row: T): string => `${name(row)}\u0000${row.no ?? ''}`;
  const next = addDays(monday, 7);
  const planned = new Set(rows.filter((r) => r.week === next).map(key));
  return rows.filter((r) => r.week === monday && !planned.has(key(r)));
}

/** Projects not done, for next week, with Previous = this week's Progress (Progress stays for the team to edit). */
function projectAppends(
  table: Table<'projects'>,
  rows: readonly Located<ProjectRow>[],
  monday: LocalDate,
  ctx: DateContext,
) {
  const thisWeek = groupBy(
    rows.filter((r) => r.week === monday),
    (r) => r.project,
  );
  const isDone = (project: string): boolean => {
    const projectRows = thisWeek.get(project) ?? [];
    return (projectRows.find((r) => r.no === null) ?? projectRows[0])?.state === 'done';
  };
  return missingNextWeek(rows, monday, (r) => r.project)
    .filter((r) => !isDone(r.project))
    .map((r) => {
      const previous = plannedCell(cellAt(table, 'progress', r.row), ctx);
      return copyRow(
        table,
        r.row,
        ctx,
        new Map([
          ['week', { date: addDays(monday, 7) }],
          ['previous', previous],
          // An ask is for one week's report: carried over unchanged it would read as a new request.
          ['asks', null],
        ]),
      );
    });
}

function highlightAppends(
  table: Table<'highlights'>,
  rows: readonly Located<HighlightRow>[],
  monday: LocalDate,
  ctx: DateContext,
) {
  return missingNextWeek(rows, monday, (r) => r.title).map((r) =>
    copyRow(table, r.row, ctx, new Map([['week', { date: addDays(monday, 7) }]])),
  );
}

/** The sheet row (1-based) of the last row with a value in a column that is not a derived one (header: 1). */
function lastOwnRow(table: Table): number {
  const header = table.sheet.values[0] ?? [];
  const own = header.flatMap((text, column) => (isDerivedHeader(table.def, text) ? [] : [column]));
  const filled = (row: number) => own.some((column) => !isBlankValue(table.sheet.values[row]?.[column]));
  const last = [...table.dataRows].reverse().find(filled);
  return (last ?? 0) + 1;
}

/**
 * The rows of next week for open projects and highlights, copied from the latest Week in Projects (or `week`).
 * Nothing when next week is after the report in progress: clicking again and again never runs ahead. A row whose
 * key already has next week's row is not copied again, so a second run appends nothing.
 */
export function planWeek(workbook: Workbook, week: LocalDate | undefined, now: Date): NewWeekPlan {
  const { input, ...frame } = workbook;
  const weeks = projectWeeks(frame.tables, input);
  const { inProgress } = reportsAt(now, frame.settings);
  const chosen = chooseWeek(frame.tables, input, week ?? weeks.at(-1), inProgress);
  const { projects: projectsTable, highlights: highlightsTable } = frame.tables;
  const ctx = { ...input, near: chosen.monday };
  const projects = parseRows(projectsTable, ROW_READERS.projects(ctx));
  const highlights = parseRows(highlightsTable, ROW_READERS.highlights(ctx));
  const findings = [...frame.findings, ...chosen.findings, ...projects.findings, ...highlights.findings];
  const issues = findings.map((f) => toIssue(f, frame.settings.language));
  // Only problems in the rows being copied stop the plan; the rest of the workbook is Validate's business.
  const blocking = [...frame.findings, ...chosen.findings, ...projects.findings, ...highlights.findings];
  const monday = chosen.monday;
  const next = monday && addDays(monday, 7);
  if (monday === null || next === null || blocking.some((f) => f.severity === 'error')) {
    return { issues, week: next, appends: [], notYet: null };
  }
  if (next > inProgress) return { issues, week: next, appends: [], notYet: { next, inProgress } };
  const appends = [
    {
      table: projectsTable,
      rows: projectsTable ? projectAppends(projectsTable, projects.rows, monday, ctx) : [],
    },
    {
      table: highlightsTable,
      rows: highlightsTable ? highlightAppends(highlightsTable, highlights.rows, monday, ctx) : [],
    },
  ].flatMap(({ table, rows }) =>
    table && rows.length > 0 ? [{ sheet: table.sheet.name, after: lastOwnRow(table), rows }] : [],
  );
  return { issues, week: next, appends, notYet: null };
}
