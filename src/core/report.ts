// The core's facade: workbook rows in, validated model and report document out. Pure: the clock is passed in.
import type { ReportDocument } from './layout/document';
import { layoutReport } from './layout/report-document';
import { type Analysis, analyse, type WeekChoice } from './model/analyse';
import { type CompletenessCheck, completenessAt } from './model/completeness-check';
import { type NewWeekOptions, type NewWeekPlan, planWeek } from './model/new-week-plan';
import type { Workbook } from './model/workbook';

export interface BuildOptions {
  /** Which report (see WeekChoice); default `latest`. */
  readonly week?: WeekChoice;
  /** The moment of generation; shown in the report's time zone. */
  readonly now: Date;
}

export interface Report extends Analysis {
  readonly document: ReportDocument | null;
}

/** Validates the workbook and, when nothing is an error, derives the report week's model (SPEC §2, §4). */
export const analyseWorkbook = (workbook: Workbook, options: BuildOptions): Analysis =>
  analyse(workbook, options.week ?? 'latest', options.now);

/** The analysis plus the report document of SPEC §5 (null when any issue is an error). */
export function buildReport(workbook: Workbook, options: BuildOptions): Report {
  const analysis = analyseWorkbook(workbook, options);
  return { ...analysis, document: analysis.model && layoutReport(analysis.model) };
}

/** 开始新一周 Start new week (SPEC §4): next week's rows for projects not done and for the highlights. */
export const planNewWeek = (workbook: Workbook, options: NewWeekOptions): NewWeekPlan =>
  planWeek(workbook, options.week, options.now);

/**
 * Who has not updated the report in progress at `now` (SPEC §11): `已更新 12/15`, the rows not updated by owner and
 * each owner's address, for Validate and Remind.
 */
export const checkCompleteness = (workbook: Workbook, now: Date): CompletenessCheck =>
  completenessAt(workbook, now);
