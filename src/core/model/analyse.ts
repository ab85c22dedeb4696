// Workbook → validated ReportModel for one week: find tabs, read settings and rows, derive every fact.
import { type LocalDate, mondayOf, wallClock } from '../dates';
import type { Issue } from '../issues';
import { hasErrors } from '../issues';
import { type Finding, toIssue } from '../schema/finding';
import type { Settings } from '../schema/settings';
import type { TableSet } from '../schema/table';
import type { WorkbookInput } from '../workbook';
import { weekCompleteness } from './completeness';
import { highlightItems } from './highlight-items';
import { incidentCounts, incidentLines } from './incident-lines';
import { metricGroups } from './metric-groups';
import { metricTrends } from './metric-trends';
import { objectiveSections } from './objective-sections';
import type { ReportModel } from './report-model';
import { projectWeeks, reportsAt, reportWeek } from './report-week';
import { summarise } from './summary';
import { dailyDays, weekNotes } from './week-notes';
import type { Workbook } from './workbook';
import { readWorkbookRows, type WorkbookRows } from './workbook-rows';

export interface Analysis {
  readonly issues: readonly Issue[];
  /** Settings as read (defaults where absent), so shells can speak the sheet's language even on errors. */
  readonly settings: Settings;
  /** Null when any issue is an error. */
  readonly model: ReportModel | null;
}

/** A short list of weeks for a message: the latest few, newest first. */
const someWeeks = (weeks: readonly LocalDate[]): string => [...weeks].reverse().slice(0, 6).join(', ') || '—';

/**
 * The report's Monday: the week asked for when it has Projects rows, else the latest week with Projects rows that
 * is not after `inProgress` (a draft of the report in progress is fine, next week's copied rows are not). Null,
 * with an error that lists the weeks there are, when there is no such week.
 */
export function chooseWeek(
  tables: TableSet,
  input: WorkbookInput,
  week: LocalDate | undefined,
  inProgress: LocalDate,
): { readonly monday: LocalDate | null; readonly findings: readonly Finding[] } {
  const weeks = projectWeeks(tables, input);
  const monday = week ? mondayOf(week) : ([...weeks].reverse().find((w) => w <= inProgress) ?? null);
  if (monday !== null && weeks.includes(monday)) return { monday, findings: [] };
  if (!tables.projects?.complete) return { monday: null, findings: [] };
  const params = { week: monday ?? inProgress, weeks: someWeeks(weeks) };
  const message = weeks.length === 0 ? 'noWeek' : 'weekWithoutRows';
  const finding: Finding = { tab: tables.projects.sheet.name, cell: '', severity: 'error', message, params };
  return { monday: null, findings: [finding] };
}

function buildModel(tables: TableSet, rows: WorkbookRows, settings: Settings, monday: LocalDate, now: Date) {
  const week = reportWeek(monday, settings);
  const objectives = objectiveSections(
    {
      objectivesTable: tables.objectives,
      objectives: rows.objectives,
      projectsTable: tables.projects,
      projects: rows.projects,
    },
    monday,
  );
  const metrics = metricGroups(tables.metrics, rows.metrics, monday);
  const incidents = incidentLines(tables.incidents, rows.incidents, week);
  const summary = settings.summary
    ? {
        ...summarise({
          week,
          objectives: objectives.sections,
          projects: rows.projects,
          metricGroups: metrics.groups,
          incidents: tables.incidents ? { period: incidents.incidents, all: rows.incidents } : null,
        }),
        ...(settings.showCompleteness && {
          completeness: weekCompleteness(tables.projects, rows.projects, rows.people, monday),
        }),
      }
    : null;
  const model: ReportModel = {
    settings,
    week,
    summary,
    generatedAt: wallClock(now, settings.timeZone),
    highlights: highlightItems(rows.highlights, monday),
    metricGroups: metrics.groups,
    trends: metricTrends(rows.metrics, monday, settings),
    incidentCounts: settings.incidentMetric ? incidentCounts(incidents.incidents) : null,
    objectives: objectives.sections,
    incidents: incidents.incidents,
    reflections: weekNotes(rows.notes, monday, 'reflection'),
    nextWeek: weekNotes(rows.notes, monday, 'next'),
    daily: dailyDays(rows.daily, week),
  };
  return { model, findings: [...objectives.findings, ...metrics.findings, ...incidents.findings] };
}

/**
 * Which report: a week (any day of it), the one due at `now` (`due`, the scheduled run: SPEC §4.1's I), or the latest
 * week with Projects rows that is not after the report in progress (`latest`, the default).
 */
export type WeekChoice = LocalDate | 'due' | 'latest';

/** An analysis and the rows it read, for a reader that traces its facts back to their rows (the center, §13). */
export interface AnalysisWithRows extends Analysis {
  readonly rows: WorkbookRows;
}

/** Every problem of the workbook at once, the rows read, and the model of the week when no problem is an error. */
export function analyseRows(workbook: Workbook, choice: WeekChoice, now: Date): AnalysisWithRows {
  const { input, tables, settings } = workbook;
  const reports = reportsAt(now, settings);
  const week = choice === 'due' ? reports.due : choice === 'latest' ? undefined : choice;
  const chosen = chooseWeek(tables, input, week, reports.inProgress);
  // Without a week, rows are still read so that every cell problem is reported; dates without a year go near today.
  const near = chosen.monday ?? wallClock(now, settings.timeZone).slice(0, 10);
  const read = readWorkbookRows(tables, { ...input, near });
  const built = chosen.monday === null ? null : buildModel(tables, read.rows, settings, chosen.monday, now);
  const findings = [...workbook.findings, ...chosen.findings, ...read.findings, ...(built?.findings ?? [])];
  const issues = findings.map((f) => toIssue(f, settings.language));
  return { issues, settings, model: built && !hasErrors(issues) ? built.model : null, rows: read.rows };
}

/** Every problem of the workbook at once, and the model of the week when none of them is an error. */
export function analyse(workbook: Workbook, choice: WeekChoice, now: Date): Analysis {
  const { issues, settings, model } = analyseRows(workbook, choice, now);
  return { issues, settings, model };
}
