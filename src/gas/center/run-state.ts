// A center report being built over several executions (SPEC §13): its cursor, its list of teams and each team's
// summary as read, kept in this spreadsheet's document properties between slices and cleared once it is written.
import type { TeamSummary, WeekChoice } from '../../core';
import type { JsonStore } from './stored-json';

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

export const loadRun = (store: JsonStore): CenterRun | null => store.get<CenterRun>(RUN);

export const saveRun = (store: JsonStore, run: CenterRun): void => {
  store.put(RUN, run);
};

export const runAlive = (run: CenterRun, now: Date): boolean =>
  now.getTime() - Date.parse(run.touched) < STALE_MS;

/** Records a new run and its teams; the run's record last, so a half-started run is never found. */
export function startRun(store: JsonStore, run: CenterRun, teams: readonly RunTeam[]): void {
  store.put(TEAMS, teams);
  saveRun(store, run);
}

export const loadTeams = (store: JsonStore): readonly RunTeam[] => store.get<RunTeam[]>(TEAMS) ?? [];

export function saveSummary(store: JsonStore, index: number, summary: TeamSummary): void {
  store.put(summaryKey(index), summary);
}

/** The summaries stored for teams 0 … count-1 (null where one is missing). */
export const loadSummaries = (store: JsonStore, count: number): (TeamSummary | null)[] =>
  Array.from({ length: count }, (_, index) => store.get<TeamSummary>(summaryKey(index)));

/** Every property of the run, gone: the report is written (or the run is dead and replaced). */
export function clearRun(store: JsonStore, run: CenterRun): void {
  for (let index = 0; index < run.total; index++) store.delete(summaryKey(index));
  store.delete(TEAMS);
  store.delete(RUN);
}
