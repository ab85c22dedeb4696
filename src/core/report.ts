// The core's facade: workbook rows in, validated model and report document out. Pure: the clock is passed in.
import type { LocalDate } from './dates';
import type { Issue } from './issues';
import type { ReportDocument } from './layout/document';
import type { ReportModel, Settings } from './model/report-model';

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
