// One team's week as the center reads it (SPEC §13): the few facts the roll-up shows, each with the row it came from.
// Plain data (no Dates, no tables), small enough to keep between the slices of a long read.
import type { IncidentLevel } from '../choices';
import { type LocalDate, mondayOf } from '../dates';
import { hasErrors, type Issue } from '../issues';
import { toIssue } from '../schema/finding';
import type { Located } from '../schema/rows';
import type { Settings } from '../schema/settings';
import type { Table } from '../schema/table';
import type { TabKey } from '../schema/tabs';
import { analyseRows, type WeekChoice } from './analyse';
import { mainRow } from './objective-sections';
import type { Status, StatusRule } from './project-status';
import type { Ask, MetricLine, ReportModel } from './report-model';
import { projectWeeks, reportsAt } from './report-week';
import { loggedReport } from './reports-log';
import type { Workbook } from './workbook';
import type { WorkbookRows } from './workbook-rows';

/** Where a fact was read: the tab as the team named it, its id in the spreadsheet when known, the sheet row. */
export interface SourceRow {
  readonly tab: string;
  readonly tabId: number | null;
  /** 1-based, as the sheet numbers it. */
  readonly row: number;
}

/** A red or amber project of the team, with the §8 rule that made it so. */
export interface AttentionItem {
  readonly project: string;
  readonly owner: string;
  readonly status: 'red' | 'amber';
  readonly reason: StatusRule;
  readonly source: SourceRow | null;
}

export interface Sourced<T> {
  readonly item: T;
  readonly source: SourceRow | null;
}

/** The team's incidents of the period, for sums across teams. */
export interface TeamIncidents {
  readonly byLevel: readonly { readonly level: IncidentLevel | null; readonly count: number }[];
  /** Minutes to recover of each incident of the period where both times are known. */
  readonly recoveryMinutes: readonly number[];
  readonly yearToDate: { readonly year: number; readonly ab: number; readonly cd: number };
}

/** What a submitted team's week says. */
export interface TeamFacts {
  /** The worst status of its objectives; null when it has none. */
  readonly status: Exclude<Status, 'done'> | null;
  readonly projects: number;
  readonly done: number;
  readonly red: number;
  readonly amber: number;
  /** Rows updated since Start new week copied them (SPEC §11). */
  readonly updated: number;
  readonly total: number;
  /** The team's Doc for the week, from its Reports tab. */
  readonly reportUrl: string | null;
  readonly attention: readonly AttentionItem[];
  readonly offTarget: readonly Sourced<MetricLine>[];
  readonly incidents: TeamIncidents | null;
  readonly asks: readonly Sourced<Ask>[];
  /** Its first 重点工作 of the week, as one line. */
  readonly highlight: string | null;
}

/** Who the team is, as the center lists it. */
export interface TeamIdentity {
  readonly name: string;
  readonly lead: string;
  /** The team sheet's address, for links to its rows; null when read from a file. */
  readonly url: string | null;
}

export type TeamSummary = TeamIdentity &
  (
    | { readonly state: 'unreadable'; readonly reason: string }
    | {
        readonly state: 'read';
        /** The week its facts are for; null when it has no Projects rows up to the report in progress. */
        readonly week: LocalDate | null;
        /** Its problems, in its own language, each at its tab and cell. */
        readonly problems: readonly Issue[];
        /** Null when it has no rows for `week` or a problem is an error. */
        readonly facts: TeamFacts | null;
      }
  );

export interface SummariseOptions {
  readonly week: WeekChoice;
  readonly now: Date;
  /** The center's Settings: its time zone and period decide which week is due and which is in progress. */
  readonly center: Settings;
}

/** A sheet that could not be read (no access, not found, damaged) is named with its reason, never dropped. */
export const unreadableTeam = (team: TeamIdentity, reason: string): TeamSummary => ({
  ...team,
  state: 'unreadable',
  reason,
});

/** The week to read: the one asked for, or the team's latest week with rows not after the center's in progress. */
function teamWeek(weeks: readonly LocalDate[], options: SummariseOptions): LocalDate | null {
  const reports = reportsAt(options.now, options.center);
  if (options.week === 'due') return reports.due;
  if (options.week !== 'latest') return mondayOf(options.week);
  return [...weeks].reverse().find((w) => w <= reports.inProgress) ?? null;
}

const sourceOf = <K extends TabKey>(table: Table<K> | undefined, row: Located<unknown> | undefined) =>
  table && row ? { tab: table.sheet.name, tabId: table.sheet.id ?? null, row: row.row + 1 } : null;

/** The project's own row of the week (its first row when it has only numbered points). */
function projectSource(workbook: Workbook, rows: WorkbookRows, week: LocalDate, project: string) {
  const ofWeek = rows.projects.filter((r) => r.week === week && r.project === project);
  return sourceOf(workbook.tables.projects, ofWeek.length > 0 ? mainRow(ofWeek) : undefined);
}

function incidentsOf(model: ReportModel): TeamIncidents | null {
  const reliability = model.summary?.reliability;
  if (!reliability) return null;
  const recoveryMinutes = model.incidents.flatMap((i) =>
    i.durationMinutes === null ? [] : [i.durationMinutes],
  );
  return { byLevel: reliability.byLevel, recoveryMinutes, yearToDate: reliability.yearToDate };
}

const highlightOf = (model: ReportModel): string | null => {
  const first = model.highlights[0];
  if (!first) return null;
  return [first.title, first.content || first.points[0] || ''].filter((part) => part !== '').join('：');
};

function factsOf(workbook: Workbook, rows: WorkbookRows, model: ReportModel): TeamFacts {
  const week = model.week.monday;
  const summary = model.summary;
  const statuses = summary?.objectives ?? [];
  const projects = statuses.flatMap((o) => o.projects);
  const attention = (['red', 'amber'] as const).flatMap((status) =>
    projects
      .filter((p) => p.status === status)
      .map((p) => ({
        project: p.project,
        owner: p.owner,
        status,
        reason: p.reason,
        source: projectSource(workbook, rows, week, p.project),
      })),
  );
  const metricRow = (name: string) =>
    sourceOf(
      workbook.tables.metrics,
      rows.metrics.find((r) => r.week === week && r.metric === name),
    );
  const askRow = (ask: Ask) =>
    sourceOf(
      workbook.tables.projects,
      rows.projects.find((r) => r.week === week && r.project === ask.project && r.asks === ask.asks),
    );
  const logged = loggedReport(workbook, week);
  const completeness = summary?.completeness;
  const worst = statuses.map((o) => o.status);
  return {
    status: worst.includes('red')
      ? 'red'
      : worst.includes('amber')
        ? 'amber'
        : worst.length > 0
          ? 'green'
          : null,
    projects: projects.length,
    done: projects.filter((p) => p.status === 'done').length,
    red: projects.filter((p) => p.status === 'red').length,
    amber: projects.filter((p) => p.status === 'amber').length,
    updated: completeness?.updated ?? 0,
    total: completeness?.total ?? 0,
    reportUrl: logged?.docId ? `https://docs.google.com/document/d/${logged.docId}/edit` : null,
    attention,
    offTarget: (summary?.offTarget ?? []).map((m) => ({ item: m, source: metricRow(m.name) })),
    incidents: incidentsOf(model),
    asks: (summary?.asks ?? []).map((a) => ({ item: a, source: askRow(a) })),
    highlight: highlightOf(model),
  };
}

/**
 * The team's week for the center, with the team's own parse and validation (SPEC §13). Its summary is derived
 * whatever its own Settings say (概览 off, no completeness), and charts are not: the center shows neither.
 */
export function summariseTeam(
  team: TeamIdentity & { readonly workbook: Workbook },
  options: SummariseOptions,
): TeamSummary {
  const { workbook, ...identity } = team;
  // Read once: which weeks have rows decides both the week and whether the team submitted it.
  const weeks = projectWeeks(workbook.tables, workbook.input);
  const week = teamWeek(weeks, options);
  const hasRows = week !== null && weeks.includes(week);
  if (!hasRows) {
    const problems = workbook.findings.map((f) => toIssue(f, workbook.settings.language));
    return { ...identity, state: 'read', week, problems, facts: null };
  }
  const settings = { ...workbook.settings, summary: true, showCompleteness: true, chartWeeks: 0 };
  const analysis = analyseRows({ ...workbook, settings }, week, options.now);
  const facts =
    analysis.model && !hasErrors(analysis.issues) ? factsOf(workbook, analysis.rows, analysis.model) : null;
  return { ...identity, state: 'read', week, problems: analysis.issues, facts };
}
