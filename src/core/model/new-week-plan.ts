// 开始新一周 Start new week: the rows to append so next week starts from this week's open projects and highlights.
import { type Cell, isBlank, isDate, shownText } from '../cells/cell';
import { type DateContext, readDateTime } from '../cells/date';
import { addDays, type LocalDate, wallClock } from '../dates';
import type { Issue } from '../issues';
import { toIssue } from '../schema/finding';
import { type HighlightRow, highlightRow } from '../schema/highlights';
import { type ProjectRow, projectRow } from '../schema/projects';
import { type Located, parseRows } from '../schema/rows';
import { cellAt, type Table } from '../schema/table';
import { type ColumnKey, isDerivedHeader, type TabKey } from '../schema/tabs';
import type { WorkbookInput } from '../workbook';
import { chooseWeek, readFrame } from './analyse';
import { groupBy } from './grouping';

/** A cell to append: text and numbers as they are, dates as wall-clock days. */
export type PlannedCell = string | number | { readonly date: LocalDate } | null;

export interface NewWeekPlan {
  readonly issues: readonly Issue[];
  /** The Monday of the week the new rows are for. */
  readonly week: LocalDate | null;
  /** Rows to append, per existing sheet (by its name as found), each row in that sheet's column order. */
  readonly appends: readonly { readonly sheet: string; readonly rows: readonly (readonly PlannedCell[])[] }[];
}

export interface NewWeekOptions {
  /** The week to copy from (any day of it); default: the latest Week up to `now`'s week, else the latest. */
  readonly week?: LocalDate;
  /** Today, so that a second run copies from the same week as the first (and appends nothing). */
  readonly now?: Date;
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

/**
 * The rows of next week for open projects and highlights, from `week`, else from the latest Week up to today
 * (`now`): once next week's rows exist, a second run plans from the same week and appends nothing.
 */
export function planWeek(
  input: WorkbookInput,
  week: LocalDate | undefined,
  now: Date | undefined,
): NewWeekPlan {
  const frame = readFrame(input);
  const today = now === undefined ? null : wallClock(now, frame.settings.timeZone).slice(0, 10);
  const chosen = chooseWeek(frame.tables, input, week, today);
  const { projects: projectsTable, highlights: highlightsTable } = frame.tables;
  const ctx = { ...input, near: chosen.monday };
  const projects = parseRows(projectsTable, projectRow(ctx));
  const highlights = parseRows(highlightsTable, highlightRow(ctx));
  const findings = [...frame.findings, ...chosen.findings, ...projects.findings, ...highlights.findings];
  const issues = findings.map((f) => toIssue(f, frame.settings.language));
  // Only problems in the rows being copied stop the plan; the rest of the workbook is Validate's business.
  const blocking = [...chosen.findings, ...projects.findings, ...highlights.findings];
  const monday = chosen.monday;
  if (monday === null || blocking.some((f) => f.severity === 'error')) {
    return { issues, week: monday && addDays(monday, 7), appends: [] };
  }
  const appends = [
    {
      table: projectsTable,
      rows: projectsTable ? projectAppends(projectsTable, projects.rows, monday, ctx) : [],
    },
    {
      table: highlightsTable,
      rows: highlightsTable ? highlightAppends(highlightsTable, highlights.rows, monday, ctx) : [],
    },
  ].flatMap(({ table, rows }) => (table && rows.length > 0 ? [{ sheet: table.sheet.name, rows }] : []));
  return { issues, week: addDays(monday, 7), appends };
}
