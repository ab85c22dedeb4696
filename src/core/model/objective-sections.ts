// Projects of the report week under their Objectives, with progress sources and the Projects warnings of §4.
import { bothLanguages } from '../cells/text';
import { addDays, type LocalDate } from '../dates';
import { normaliseName } from '../names';
import { points } from '../phrases';
import type { Finding } from '../schema/finding';
import type { ObjectiveRow } from '../schema/objectives';
import type { ProjectRow } from '../schema/projects';
import type { Located } from '../schema/rows';
import { findingAt, type Table } from '../schema/table';
import { byNumber, groupBy } from './grouping';
import type { ObjectiveSection, ProjectLine } from './report-model';

type Project = Located<ProjectRow>;

export interface ProjectSources {
  readonly objectivesTable: Table<'objectives'> | undefined;
  readonly objectives: readonly Located<ObjectiveRow>[];
  readonly projectsTable: Table<'projects'> | undefined;
  readonly projects: readonly Project[];
}

/** The row that speaks for a project: the one without No, else its first numbered row. */
export const mainRow = <T extends { readonly no: number | null }>(rows: readonly T[]): T =>
  rows.find((r) => r.no === null) ?? rows[0];

/** Every project row whose Objective is not a Code of Objectives (all weeks: history must stay readable). */
function unknownObjectives(sources: ProjectSources, table: Table<'projects'>): Finding[] {
  const codes = new Set(sources.objectives.map((o) => normaliseName(o.code)));
  const expected = bothLanguages(sources.objectives.map((o) => ({ zh: o.code, en: o.code })));
  return sources.projects
    .filter((p) => !codes.has(normaliseName(p.objective)))
    .map((p) =>
      findingAt(table, 'objective', p.row, 'error', 'unknownObjective', { found: p.objective, expected }),
    );
}

/** Two rows with the same Week, Project and No would say two different things. */
function duplicateRows(projects: readonly Project[], table: Table<'projects'>): Finding[] {
  const first = new Map<string, number>();
  const findings: Finding[] = [];
  for (const p of projects) {
    const key = `${p.week}\u0000${p.project}\u0000${p.no ?? ''}`;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, p.row);
    else {
      const params = { found: p.project, week: p.week, first: seen + 1 };
      findings.push(findingAt(table, 'project', p.row, 'error', 'duplicateRow', params));
    }
  }
  return findings;
}

/** Progress of each project in the week before `monday`, for deltas when Previous is blank. */
function progressLastWeek(projects: readonly Project[], monday: LocalDate): Map<string, number> {
  const lastWeek = addDays(monday, -7);
  const progress = new Map<string, number>();
  for (const [name, rows] of groupBy(
    projects.filter((p) => p.week === lastWeek),
    (p) => p.project,
  )) {
    const main = mainRow(rows);
    if (main.progress !== null) progress.set(name, main.progress);
  }
  return progress;
}

function projectLine(rows: readonly Project[], lastWeek: number | undefined): ProjectLine {
  const main = mainRow(rows);
  const own = main.no === null ? main : null;
  return {
    project: main.project,
    status: own?.status ?? '',
    progress: own?.progress ?? null,
    previous: own?.previous ?? lastWeek ?? null,
    due: own?.due?.text ?? null,
    owner: main.owner,
    state: main.state,
    points: byNumber(
      rows.filter((r) => r.no !== null),
      (r) => r.no,
    ).map((r) => r.status),
  };
}

/** §4 warnings for a project this week: progress lower than last week, a Due passed while not done. */
function projectWarnings(
  main: Project,
  previous: number | null,
  monday: LocalDate,
  table: Table<'projects'>,
): Finding[] {
  const findings: Finding[] = [];
  if (main.no !== null) return findings;
  if (main.progress !== null && previous !== null && main.progress < previous) {
    const params = { found: `${points(main.progress)}%`, previous: `${points(previous)}%` };
    findings.push(findingAt(table, 'progress', main.row, 'warning', 'progressDropped', params));
  }
  if (main.due?.date && main.due.date < monday && main.state !== 'done') {
    findings.push(
      findingAt(table, 'due', main.row, 'warning', 'duePassed', { found: main.due.text, monday }),
    );
  }
  return findings;
}

/** Objectives in Order (then sheet order); without an Objectives tab, codes stand for themselves. */
function orderedObjectives(
  sources: ProjectSources,
  codes: readonly string[],
): { code: string; name: string }[] {
  if (!sources.objectivesTable) return codes.map((code) => ({ code, name: code }));
  return byNumber(sources.objectives, (o) => o.order).map((o) => ({ code: o.code, name: o.name }));
}

/** The report week's projects under their Objectives (empty objectives left out), and what is wrong with them. */
export function objectiveSections(sources: ProjectSources, monday: LocalDate) {
  const table = sources.projectsTable;
  if (!table) return { sections: [] as ObjectiveSection[], findings: [] as Finding[] };
  const findings = [
    ...(sources.objectivesTable ? unknownObjectives(sources, table) : []),
    ...duplicateRows(sources.projects, table),
  ];
  const lastWeek = progressLastWeek(sources.projects, monday);
  const thisWeek = sources.projects.filter((p) => p.week === monday);
  const byObjective = new Map<string, ProjectLine[]>();
  for (const rows of groupBy(thisWeek, (p) => p.project).values()) {
    const line = projectLine(rows, lastWeek.get(rows[0].project));
    findings.push(...projectWarnings(mainRow(rows), line.previous, monday, table));
    const code = normaliseName(mainRow(rows).objective);
    const lines = byObjective.get(code);
    if (lines) lines.push(line);
    else byObjective.set(code, [line]);
  }
  const codes = [...groupBy(thisWeek, (p) => normaliseName(p.objective)).values()].map(
    (rows) => rows[0].objective,
  );
  const sections = orderedObjectives(sources, codes)
    .map((o) => ({ ...o, projects: byObjective.get(normaliseName(o.code)) ?? [] }))
    .filter((s) => s.projects.length > 0);
  return { sections, findings };
}
