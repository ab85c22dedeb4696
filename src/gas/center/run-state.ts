// A center report being built over several executions (SPEC §13): its cursor, its list of teams and each team's
// summary as read, kept in this spreadsheet's document properties between slices and cleared once it is written.
import type { TeamSummary, WeekChoice } from '../../core';
import type { SheetProperties } from '../sheet-properties';
import { deleteJson, getJson, putJson } from './stored-json';

/** A run no slice has touched for this long is dead (its trigger deleted, its owner gone): a new one may start. */
export const STALE_MS = 30 * 60_000;

export interface CenterRun {
  /** When it started: the report's `now` in every slice, so that every team is read for the same week. */
  readonly started: string;
  /** A menu click (its result mailed to who clicked when it outlasts the click) or the Monday trigger. */
  readonly mode: 'menu' | 'scheduled';
  readonly week: WeekChoice;
  /** Who started it: the user who clicked, or the schedule's owner. */
  readonly by: string;
  /** The recipients the schedule's owner confirmed (scheduled runs); null for a menu run. */
  readonly confirmed: readonly string[] | null;
  readonly total: number;
  /** The cursor: teams before it are read (their summaries stored), the rest are not. */
  readonly next: number;
  /** Slices run so far. */
  readonly slices: number;
  /** When a slice last recorded progress. */
  readonly touched: string;
  /** Sheets API calls made so far, retries included. */
  readonly calls: number;
}

/** A team as the run reads it: who, and where (null: its Sheet cell held no link). */
export interface RunTeam {
  readonly name: string;
  readonly lead: string;
  readonly spreadsheetId: string | null;
}

const RUN = 'center.run';
const TEAMS = 'center.run.teams';
const summaryKey = (index: number): string => `center.run.team.${index}`;

export const loadRun = (properties: SheetProperties): CenterRun | null => getJson<CenterRun>(properties, RUN);

export const saveRun = (properties: SheetProperties, run: CenterRun): void => {
  putJson(properties, RUN, run);
};

export const runAlive = (run: CenterRun, now: Date): boolean =>
  now.getTime() - Date.parse(run.touched) < STALE_MS;

/** Records a new run and its teams; the run's record last, so a half-started run is never found. */
export function startRun(properties: SheetProperties, run: CenterRun, teams: readonly RunTeam[]): void {
  putJson(properties, TEAMS, teams);
  saveRun(properties, run);
}

export const loadTeams = (properties: SheetProperties): readonly RunTeam[] =>
  getJson<RunTeam[]>(properties, TEAMS) ?? [];

export function saveSummary(properties: SheetProperties, index: number, summary: TeamSummary): void {
  putJson(properties, summaryKey(index), summary);
}

/** The summaries stored for teams 0 … count-1 (null where one is missing). */
export const loadSummaries = (properties: SheetProperties, count: number): (TeamSummary | null)[] =>
  Array.from({ length: count }, (_, index) => getJson<TeamSummary>(properties, summaryKey(index)));

/** Every property of the run, gone: the report is written (or the run is dead and replaced). */
export function clearRun(properties: SheetProperties, run: CenterRun): void {
  for (let index = 0; index < run.total; index++) deleteJson(properties, summaryKey(index));
  deleteJson(properties, TEAMS);
  deleteJson(properties, RUN);
}
