// Teams read one after another until the slice's time is up (SPEC §13): each sheet becomes a small summary through
// the same parse and validation as the team's own Generate; a team that cannot be read is a reason, never a stop.
import {
  centerAppMessages,
  type Message,
  parseWorkbook,
  type Settings,
  sheetUrlOf,
  summariseTeam,
  type TeamIdentity,
  type TeamSummary,
  t,
  unreadableTeam,
  type WeekChoice,
} from '../../core';
import { errorMessage } from '../folder';
import type { RunTeam } from './run-state';
import {
  type Pacer,
  quotaPacer,
  type Refusal,
  type RunClock,
  readTeamSheet,
  type SheetsReader,
} from './team-reader';

/** A slice of reading ends within this, leaving Apps Script's 6 minutes room to write the Doc and say so. */
export const SLICE_MS = 4.5 * 60_000;

/** After this many slices the report is written whatever is left unread, each unread team listed (SPEC §13). */
export const MAX_SLICES = 3;

const text = centerAppMessages;

const REASONS: Readonly<Record<Exclude<Refusal, 'failed'>, Message>> = {
  noAccess: text.noAccess,
  notFound: text.notFound,
  notSpreadsheet: text.notSpreadsheet,
};

export const identityOf = (team: RunTeam): TeamIdentity => ({
  name: team.name,
  lead: team.lead,
  url: team.spreadsheetId ? sheetUrlOf(team.spreadsheetId) : null,
});

export interface ReadContext {
  readonly sheets: SheetsReader;
  readonly clock: RunClock;
  /** The center's Settings: its language words the reasons, its zone and period decide the week. */
  readonly center: Settings;
  readonly week: WeekChoice;
  /** The run's moment, the same in every slice. */
  readonly now: Date;
}

type TeamResult = { readonly summary: TeamSummary; readonly calls: number } | { readonly deferred: number };

/** One team: its summary, or `deferred` (still rate-limited when the slice's time ran out). */
function readTeam(context: ReadContext, team: RunTeam, deadline: number, pacer: Pacer): TeamResult {
  const identity = identityOf(team);
  const { language } = context.center;
  if (team.spreadsheetId === null)
    return { summary: unreadableTeam(identity, t(language, text.badLink)), calls: 0 };
  const read = readTeamSheet(context.sheets, team.spreadsheetId, {
    clock: context.clock,
    deadline,
    pacer,
    fallbackZone: context.center.timeZone,
  });
  if (read.kind === 'deferred') return { deferred: read.calls };
  if (read.kind === 'unreadable') {
    const reason =
      read.refusal === 'failed'
        ? t(language, text.readFailed, { detail: read.detail })
        : t(language, REASONS[read.refusal]);
    return { summary: unreadableTeam(identity, reason), calls: read.calls };
  }
  try {
    const workbook = parseWorkbook(read.input);
    const options = { week: context.week, now: context.now, center: context.center };
    return { summary: summariseTeam({ ...identity, workbook }, options), calls: read.calls };
  } catch (error) {
    // A sheet the core cannot make sense of is this team's problem, not the other teams'.
    const reason = t(language, text.readFailed, { detail: errorMessage(error) });
    return { summary: unreadableTeam(identity, reason), calls: read.calls };
  }
}

/**
 * Reads `teams` from index `from` on, handing each summary to `done`, while the next team can still end before
 * `deadline` (judged by the longest team so far). Returns the index of the first team not read, and the calls made.
 */
export function readTeamsUntil(
  context: ReadContext,
  teams: readonly RunTeam[],
  from: number,
  deadline: number,
  done: (index: number, summary: TeamSummary, calls: number) => void,
): { readonly next: number; readonly calls: number } {
  let next = from;
  let calls = 0;
  let longest = 0;
  const pacer = quotaPacer(context.clock);
  while (next < teams.length) {
    const started = context.clock.now();
    if (started + longest > deadline) break;
    const result = readTeam(context, teams[next], deadline, pacer);
    if ('deferred' in result) {
      calls += result.deferred;
      break;
    }
    calls += result.calls;
    done(next, result.summary, result.calls);
    next++;
    longest = Math.max(longest, context.clock.now() - started);
  }
  return { next, calls };
}
