// The validated facts of one report week, derived once; layout turns this into a document.

import type { Direction, IncidentLevel, ProjectState } from '../choices';
import type { LocalDate, LocalDateTime } from '../dates';
import type { Settings } from '../schema/settings';
import type { Completeness } from './completeness';
import type { Status, StatusOf } from './project-status';

export interface ReportWeek {
  /** The report date: the Monday of the week the report is issued. */
  readonly monday: LocalDate;
  /** Week number of `monday` under the Settings numbering. */
  readonly number: number;
  /** First and last day (inclusive) of the period the report covers. */
  readonly start: LocalDate;
  readonly end: LocalDate;
}

export interface Highlight {
  readonly title: string;
  /** Content of the row without a No (may be empty). */
  readonly content: string;
  /** Contents of the rows with a No, in No order. */
  readonly points: readonly string[];
}

export interface MetricLine {
  readonly name: string;
  /** The value exactly as the sheet displays it. */
  readonly display: string;
  readonly value: number | null;
  readonly isPercent: boolean;
  /** Decimal places shown in `display` (in points for percents), used to format the delta. */
  readonly decimals: number;
  readonly previousValue: number | null;
  readonly target: number | null;
  readonly targetDisplay: string | null;
  readonly direction: Direction;
  readonly status: 'met' | 'missed' | null;
}

export interface MetricGroup {
  readonly name: string;
  readonly metrics: readonly MetricLine[];
}

/** One metric's line on its group's trend chart: a value per week of the chart, null where the week has none. */
export interface TrendSeries {
  readonly name: string;
  /** In display units (a percent in points, 99.997 for 99.997%), rounded to the display's decimals. */
  readonly values: readonly (number | null)[];
  /** The report week's Target in display units, when the metric has one. */
  readonly target: number | null;
  /** The Target as the sheet displays it (`99.99%`). */
  readonly targetDisplay: string | null;
}

/** A metric group's last weeks (SPEC §9): the data of one chart, whatever draws it. */
export interface MetricTrend {
  readonly group: string;
  /**
   * The chart's weeks, oldest first, from the first with a value to the report week (at most Settings 趋势周数), each
   * with its number under the Settings numbering.
   */
  readonly weeks: readonly { readonly monday: LocalDate; readonly number: number }[];
  /** Whether the values are percents (in points); the chart's metrics share one unit. */
  readonly isPercent: boolean;
  /** Decimal places the values are shown with: the most any of its metrics shows. */
  readonly decimals: number;
  /** Metrics of the report week with at least two known weeks or one that misses its Target, in sheet order. */
  readonly series: readonly TrendSeries[];
}

export interface IncidentCounts {
  readonly ab: number;
  readonly cd: number;
}

export interface ProjectLine {
  readonly project: string;
  readonly status: string;
  /** Fractions 0–1. */
  readonly progress: number | null;
  readonly previous: number | null;
  /** Due as the team writes it: a date becomes `M/D`, text stays as typed. */
  readonly due: string | null;
  readonly owner: string;
  readonly state: ProjectState;
  /** Statuses of the rows with a No, in No order. */
  readonly points: readonly string[];
}

export interface ObjectiveSection {
  readonly code: string;
  readonly name: string;
  readonly projects: readonly ProjectLine[];
}

export interface IncidentLine {
  readonly start: LocalDateTime;
  readonly detected: string;
  readonly summary: string;
  readonly impact: string;
  readonly cause: string;
  readonly recovered: LocalDateTime | null;
  readonly level: IncidentLevel | null;
  /** Minutes from start to recovery when recovery is after start. */
  readonly durationMinutes: number | null;
  readonly followUp: string;
}

export interface DailyDay {
  readonly date: LocalDate;
  readonly entries: readonly { readonly author: string; readonly content: string }[];
}

/** One project of the report week with its status (SPEC §8) and the rule that gave it. */
export interface ProjectStatusLine extends StatusOf {
  readonly project: string;
  readonly owner: string;
}

/** A row of the summary table: an objective, the worst status of its projects, and how many are in each. */
export interface ObjectiveStatus {
  readonly code: string;
  readonly name: string;
  readonly status: Exclude<Status, 'done'>;
  readonly projects: readonly ProjectStatusLine[];
  readonly done: number;
  readonly red: number;
  readonly amber: number;
}

/** What changed for a project since the previous week's rows. */
export type ProjectChange =
  | { readonly kind: 'new' }
  | { readonly kind: 'done' }
  | { readonly kind: 'turned'; readonly to: StatusOf }
  | { readonly kind: 'dueMoved'; readonly from: string; readonly to: string };

export interface ProjectChanges {
  readonly project: string;
  readonly changes: readonly ProjectChange[];
}

export interface Changes {
  /** The week compared with: the latest earlier Week with Projects rows (normally the Monday before). */
  readonly since: LocalDate;
  readonly projects: readonly ProjectChanges[];
}

/** Incidents of the period and of the year so far (SPEC §8 稳定性). */
export interface Reliability {
  /** Incidents of the period per level, in level order, levels with none left out; `null` is an ungraded event. */
  readonly byLevel: readonly { readonly level: IncidentLevel | null; readonly count: number }[];
  /** Minutes from start to recovery over the period's incidents where both are known (recovery not before start). */
  readonly recovery: {
    readonly count: number;
    readonly meanMinutes: number;
    readonly maxMinutes: number;
  } | null;
  /** Graded incidents from 1 January of the report Monday's year to the period's last day. */
  readonly yearToDate: IncidentCounts & { readonly year: number };
}

/** A non-blank 需支持 Asks cell of the report week. */
export interface Ask {
  readonly project: string;
  readonly owner: string;
  readonly asks: string;
}

/** 【本周概览】: everything leadership reads first, derived from the week's rows and their history. */
export interface Summary {
  readonly objectives: readonly ObjectiveStatus[];
  /** Null when there is no earlier week with Projects rows to compare with. */
  readonly changes: Changes | null;
  /** Metrics of the week that miss their Target. */
  readonly offTarget: readonly MetricLine[];
  /** Null when the workbook has no Incidents tab. */
  readonly reliability: Reliability | null;
  readonly asks: readonly Ask[];
  /** Who has not updated the week's rows (SPEC §11); absent unless Settings 显示完成度 is on. */
  readonly completeness?: Completeness;
}

export interface ReportModel {
  readonly settings: Settings;
  readonly week: ReportWeek;
  /** Null when Settings 概览 summary is off. */
  readonly summary: Summary | null;
  /** Wall-clock time of generation in the report's time zone. */
  readonly generatedAt: LocalDateTime;
  readonly highlights: readonly Highlight[];
  readonly metricGroups: readonly MetricGroup[];
  /** One per metric group with history, in group order; none when Settings 趋势周数 is 0. */
  readonly trends: readonly MetricTrend[];
  /** Derived from Incidents for the period; null when Settings 事故指标 is off. */
  readonly incidentCounts: IncidentCounts | null;
  readonly objectives: readonly ObjectiveSection[];
  readonly incidents: readonly IncidentLine[];
  readonly reflections: readonly string[];
  readonly nextWeek: readonly string[];
  readonly daily: readonly DailyDay[];
}
