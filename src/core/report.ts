// The core's facade: workbook rows in, validated model and report document out. Pure: the clock is passed in.
import type { LocalDate } from './dates';
import type { Issue } from './issues';
import type { ReportDocument } from './layout/document';
import { layoutReport } from './layout/report-document';
import { analyse } from './model/analyse';
import { planWeek } from './model/new-week-plan';
import type { ReportModel, Settings } from './model/report-model';
import type { WorkbookInput } from './workbook';

export interface BuildOptions {
  /** Report week (any day of it); default: the latest Week in Projects, else Highlights, else Metrics. */
  readonly week?: LocalDate;
  /** The moment of generation; shown in the report's time zone. */
  readonly now: Date;
}

export interface Analysis {
  readonly issues: readonly Issue[];
  /** Settings as read (defaults where absent), so shells can speak the sheet's language even on errors. */
  readonly settings: Settings;
  /** Null when any issue is an error. */
  readonly model: ReportModel | null;
}

export interface Report extends Analysis {
  readonly document: ReportDocument | null;
}

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

/** Validates the workbook and, when nothing is an error, derives the report week's model (SPEC §2, §4). */
export const analyseWorkbook = (input: WorkbookInput, options: BuildOptions): Analysis =>
  analyse(input, options.week, options.now);

/** The analysis plus the report document of SPEC §5 (null when any issue is an error). */
export function buildReport(input: WorkbookInput, options: BuildOptions): Report {
  const analysis = analyseWorkbook(input, options);
  return { ...analysis, document: analysis.model && layoutReport(analysis.model) };
}

/** 开始新一周 Start new week (SPEC §4): next week's rows for projects not done and for the highlights. */
export const planNewWeek = (input: WorkbookInput, options: NewWeekOptions = {}): NewWeekPlan =>
  planWeek(input, options.week, options.now);
