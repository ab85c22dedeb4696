// The validated facts of one report week, derived once; layout turns this into a document.

import type { Direction, IncidentLevel, ProjectState } from '../choices';
import type { LocalDate, LocalDateTime } from '../dates';
import type { Settings } from '../schema/settings';

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

export interface ReportModel {
  readonly settings: Settings;
  readonly week: ReportWeek;
  /** Wall-clock time of generation in the report's time zone. */
  readonly generatedAt: LocalDateTime;
  readonly highlights: readonly Highlight[];
  readonly metricGroups: readonly MetricGroup[];
  /** Derived from Incidents for the period; null when Settings 事故指标 is off. */
  readonly incidentCounts: IncidentCounts | null;
  readonly objectives: readonly ObjectiveSection[];
  readonly incidents: readonly IncidentLine[];
  readonly reflections: readonly string[];
  readonly nextWeek: readonly string[];
  readonly daily: readonly DailyDay[];
}
