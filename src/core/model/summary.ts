// 【本周概览】 (SPEC §8): statuses by objective, changes since the previous week's rows, metrics off target,
// reliability and asks — all derived from the week's rows and their history, nothing typed.
import { INCIDENT_LEVELS, type IncidentLevel } from '../choices';
import { addDays, type LocalDate, minutesBetween } from '../dates';
import type { IncidentRow } from '../schema/incidents';
import type { ProjectRow } from '../schema/projects';
import type { Located } from '../schema/rows';
import { groupBy } from './grouping';
import { incidentCounts } from './incident-lines';
import { mainRow } from './objective-sections';
import { isWorse, projectStatus, type StatusOf, worstStatus } from './project-status';
import type {
  Ask,
  Changes,
  IncidentLine,
  MetricGroup,
  ObjectiveSection,
  ObjectiveStatus,
  ProjectChange,
  ProjectChanges,
  ProjectStatusLine,
  Reliability,
  ReportWeek,
  Summary,
} from './report-model';

type Project = Located<ProjectRow>;

export interface SummarySources {
  readonly week: ReportWeek;
  /** The report week's objectives in order, as the body lays them out. */
  readonly objectives: readonly ObjectiveSection[];
  /** Every Projects row, all weeks. */
  readonly projects: readonly Project[];
  readonly metricGroups: readonly MetricGroup[];
  /** The period's incidents and every Incidents row; null when there is no Incidents tab. */
  readonly incidents: {
    readonly period: readonly IncidentLine[];
    readonly all: readonly Located<IncidentRow>[];
  } | null;
}

/** Projects rows by Week, then by Project: what a rule reads about a project in any week. */
class History {
  private readonly weeks: Map<LocalDate, Map<string, Project[]>>;
  private readonly firstWeeks = new Map<string, LocalDate>();

  constructor(projects: readonly Project[]) {
    this.weeks = new Map(
      [...groupBy(projects, (p) => p.week)].map(([week, rows]) => [week, groupBy(rows, (p) => p.project)]),
    );
    for (const p of projects) {
      const first = this.firstWeeks.get(p.project);
      if (first === undefined || p.week < first) this.firstWeeks.set(p.project, p.week);
    }
  }

  /** Whether the project has a row in any week before `week`. */
  seenBefore(project: string, week: LocalDate): boolean {
    const first = this.firstWeeks.get(project);
    return first !== undefined && first < week;
  }

  rows(project: string, week: LocalDate): readonly Project[] {
    return this.weeks.get(week)?.get(project) ?? [];
  }

  /** The row that speaks for the project that week, when it has its own (un-numbered) row. */
  own(project: string, week: LocalDate): Project | null {
    const rows = this.rows(project, week);
    const main = rows.length > 0 ? mainRow(rows) : null;
    return main?.no === null ? main : null;
  }

  /** The latest Week before `week` that has any Projects rows. */
  weekBefore(week: LocalDate): LocalDate | null {
    let latest: LocalDate | null = null;
    for (const w of this.weeks.keys()) if (w < week && (latest === null || w > latest)) latest = w;
    return latest;
  }

  /**
   * The project's status in `week`. Last week's progress is the row's Previous, else its row of the Monday
   * before; the week before that is last week's Previous, else the row two Mondays before. A week without a row
   * is unknown: history with gaps never makes two different weeks look like consecutive ones.
   */
  status(project: string, week: LocalDate): StatusOf {
    const rows = this.rows(project, week);
    const own = this.own(project, week);
    const lastWeekRow = this.own(project, addDays(week, -7));
    const progressOf = (row: Project | null): number | null => row?.progress ?? null;
    return projectStatus(
      {
        state: mainRow(rows).state,
        progress: progressOf(own),
        lastWeek: own?.previous ?? progressOf(lastWeekRow),
        weekBefore: lastWeekRow?.previous ?? progressOf(this.own(project, addDays(week, -14))),
        dueDate: own?.due?.date ?? null,
        dueText: own?.due?.text ?? '',
      },
      week,
    );
  }
}

function objectiveStatus(
  objective: ObjectiveSection,
  statuses: readonly ProjectStatusLine[],
): ObjectiveStatus {
  const count = (status: ProjectStatusLine['status']): number =>
    statuses.filter((s) => s.status === status).length;
  return {
    code: objective.code,
    name: objective.name,
    status: worstStatus(statuses.map((s) => s.status)),
    projects: statuses,
    done: count('done'),
    red: count('red'),
    amber: count('amber'),
  };
}

/** Due moved: both weeks have a Due and they differ (as dates when both are dates, else as written). */
function dueMove(then: Project | null, now: Project | null): ProjectChange | null {
  const [from, to] = [then?.due, now?.due];
  if (!from || !to || from.text === '' || to.text === '') return null;
  const moved = from.date !== null && to.date !== null ? from.date !== to.date : from.text !== to.text;
  return moved ? { kind: 'dueMoved', from: from.text, to: to.text } : null;
}

/**
 * Each project's changes against the previous week's rows, in report order; projects without any left out. New is
 * a project with no row in any earlier week.
 */
function changes(history: History, projects: readonly string[], monday: LocalDate): Changes | null {
  const since = history.weekBefore(monday);
  if (since === null) return null;
  const changed: ProjectChanges[] = [];
  for (const project of projects) {
    const list: ProjectChange[] = [];
    // A project missing from the previous week's rows but seen before is not new; with nothing to compare, it
    // has no changes.
    if (!history.seenBefore(project, monday)) list.push({ kind: 'new' });
    else if (history.rows(project, since).length > 0) {
      const [then, now] = [history.status(project, since), history.status(project, monday)];
      if (now.status === 'done' && then.status !== 'done') list.push({ kind: 'done' });
      if ((now.status === 'red' || now.status === 'amber') && isWorse(now.status, then.status)) {
        list.push({ kind: 'turned', to: now });
      }
      const moved = dueMove(history.own(project, since), history.own(project, monday));
      if (moved) list.push(moved);
    }
    if (list.length > 0) changed.push({ project, changes: list });
  }
  return { since, projects: changed };
}

/** Every non-blank Asks cell of the week, project by project in report order, rows in sheet order. */
function asks(history: History, projects: readonly string[], monday: LocalDate): Ask[] {
  return projects.flatMap((project) => {
    const rows = history.rows(project, monday);
    const owner = mainRow(rows).owner;
    return rows.filter((r) => r.asks !== '').map((r) => ({ project, owner: r.owner || owner, asks: r.asks }));
  });
}

/** Mean to one decimal place: minutes are whole, a mean need not be. */
const mean = (values: readonly number[]): number =>
  Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;

/** Incident levels in their own order, an ungraded event last: how every reliability line lists them. */
export const LEVEL_ORDER: readonly (IncidentLevel | null)[] = [...INCIDENT_LEVELS.map((l) => l.key), null];

/** Minutes to recover, mean and max, over the incidents that have both times; null when none has. */
export const recoveryOf = (minutes: readonly number[]): Reliability['recovery'] =>
  minutes.length === 0
    ? null
    : // A fold, not Math.max(...minutes): 200,000 incidents are too many arguments for the stack.
      {
        count: minutes.length,
        meanMinutes: mean(minutes),
        maxMinutes: minutes.reduce((a, b) => Math.max(a, b)),
      };

function reliability(incidents: NonNullable<SummarySources['incidents']>, week: ReportWeek): Reliability {
  const byLevel = LEVEL_ORDER.map((level) => ({
    level,
    count: incidents.period.filter((i) => i.level === level).length,
  })).filter((l) => l.count > 0);
  const minutes = incidents.period.flatMap((i) => {
    const m = i.recovered === null ? null : minutesBetween(i.start, i.recovered);
    return m !== null && m >= 0 ? [m] : [];
  });
  const year = Number(week.monday.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const thisYear = incidents.all.filter((i) => {
    const day = i.start.slice(0, 10);
    return day >= yearStart && day <= week.end;
  });
  return {
    byLevel,
    recovery: recoveryOf(minutes),
    yearToDate: { year, ...incidentCounts(thisYear) },
  };
}

/** The summary of the report week (SPEC §8). */
export function summarise(sources: SummarySources): Summary {
  const monday = sources.week.monday;
  const history = new History(sources.projects);
  const objectives = sources.objectives.map((objective) =>
    objectiveStatus(
      objective,
      objective.projects.map(({ project, owner }) => ({
        project,
        owner,
        ...history.status(project, monday),
      })),
    ),
  );
  const projects = sources.objectives.flatMap((o) => o.projects.map((p) => p.project));
  return {
    objectives,
    changes: changes(history, projects, monday),
    offTarget: sources.metricGroups.flatMap((g) => g.metrics.filter((m) => m.status === 'missed')),
    reliability: sources.incidents && reliability(sources.incidents, sources.week),
    asks: asks(history, projects, monday),
  };
}
