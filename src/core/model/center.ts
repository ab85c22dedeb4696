// The center roll-up (SPEC §13): many teams' weeks as one model, the center's week chosen and every team placed.
import { type LocalDate, type LocalDateTime, mondayOf, wallClock } from '../dates';
import type { Issue } from '../issues';
import type { Settings } from '../schema/settings';
import type { WeekChoice } from './analyse';
import type { ReportWeek } from './report-model';
import { reportsAt, reportWeek } from './report-week';
import type { TeamFacts, TeamIdentity, TeamSummary } from './team-summary';

/** Under this share of rows updated, a submitted team is 未更新 (SPEC §13). */
export const UPDATED_ENOUGH = 0.5;

/** How a team stands in the center's week. */
export type TeamStanding =
  | { readonly kind: 'submitted'; readonly facts: TeamFacts; readonly updatedEnough: boolean }
  /** No Projects rows for the week. */
  | { readonly kind: 'notSubmitted' }
  /** Rows for the week, but a problem that is an error: its problems say which. */
  | { readonly kind: 'invalid'; readonly errors: number }
  | { readonly kind: 'unreadable'; readonly reason: string };

export interface CenterTeam extends TeamIdentity {
  readonly standing: TeamStanding;
  /** The team's problems (errors and warnings), in its own language. */
  readonly problems: readonly Issue[];
}

export interface CenterModel {
  readonly settings: Settings;
  readonly week: ReportWeek;
  readonly generatedAt: LocalDateTime;
  /** Every team of the Teams tab, in its order, read or not. */
  readonly teams: readonly CenterTeam[];
}

/**
 * The center's week: the one asked for, the one due (`due`, the scheduled run), or the latest week any team has
 * rows for, not after the report in progress (`latest`).
 */
function centerWeek(
  teams: readonly TeamSummary[],
  choice: WeekChoice,
  settings: Settings,
  now: Date,
): LocalDate {
  const reports = reportsAt(now, settings);
  if (choice === 'due') return reports.due;
  if (choice !== 'latest') return mondayOf(choice);
  const weeks = teams.flatMap((team) => (team.state === 'read' && team.week !== null ? [team.week] : []));
  return [...weeks].sort().at(-1) ?? reports.due;
}

function standingOf(team: TeamSummary, week: LocalDate): TeamStanding {
  if (team.state === 'unreadable') return { kind: 'unreadable', reason: team.reason };
  if (team.week !== week) return { kind: 'notSubmitted' };
  if (team.facts === null) {
    const errors = team.problems.filter((p) => p.severity === 'error').length;
    return errors > 0 ? { kind: 'invalid', errors } : { kind: 'notSubmitted' };
  }
  const { updated, total } = team.facts;
  return {
    kind: 'submitted',
    facts: team.facts,
    updatedEnough: total === 0 || updated / total >= UPDATED_ENOUGH,
  };
}

/** Every team placed in the center's week; none dropped, whatever could or could not be read. */
export function rollUp(
  teams: readonly TeamSummary[],
  options: { readonly week: WeekChoice; readonly now: Date; readonly settings: Settings },
): CenterModel {
  const { settings, now } = options;
  const monday = centerWeek(teams, options.week, settings, now);
  return {
    settings,
    week: reportWeek(monday, settings),
    generatedAt: wallClock(now, settings.timeZone),
    teams: teams.map((team) => ({
      name: team.name,
      lead: team.lead,
      url: team.url,
      standing: standingOf(team, monday),
      problems: team.state === 'read' ? team.problems : [],
    })),
  };
}
