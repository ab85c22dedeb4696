// The core's facade: workbook rows in, validated model and report document out. Pure: the clock is passed in.
import type { LocalDate } from './dates';
import type { ReportDocument } from './layout/document';
import { layoutReport } from './layout/report-document';
import { type Analysis, analyse, readFrame } from './model/analyse';
import { type CompletenessCheck, completenessAt } from './model/completeness-check';
import { type NewWeekOptions, type NewWeekPlan, planWeek } from './model/new-week-plan';
import { reportsAt } from './model/report-week';
import type { Settings } from './schema/settings';
import type { WorkbookInput } from './workbook';

export interface BuildOptions {
  /** Report week (any day of it); default: the latest Week in Projects, else Highlights, else Metrics. */
  readonly week?: LocalDate;
  /** The moment of generation; shown in the report's time zone. */
  readonly now: Date;
}

export interface Report extends Analysis {
  readonly document: ReportDocument | null;
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
export const planNewWeek = (input: WorkbookInput, options: NewWeekOptions): NewWeekPlan =>
  planWeek(input, options.week, options.now);

/** The workbook's Settings (defaults where absent), before any row is read: the language and zone a shell speaks in. */
export const workbookSettings = (input: WorkbookInput): Settings => readFrame(input).settings;

/**
 * Who has not updated the report in progress at `now` (SPEC §11): `已更新 12/15`, the rows not updated by owner and
 * each owner's address, for Validate and Remind.
 */
export const checkCompleteness = (input: WorkbookInput, now: Date): CompletenessCheck =>
  completenessAt(input, now);

/** The report due at `now` (SPEC §4.1, I): the Monday of the week holding today, in the report's zone. */
export const reportDue = (input: WorkbookInput, now: Date): LocalDate =>
  reportsAt(now, workbookSettings(input)).due;
