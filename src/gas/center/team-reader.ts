// One team's spreadsheet read for the center (SPEC §13): at most two Sheets API calls — the tabs' names, then the
// cells of the tabs the report reads — never a write; a refusal is a reason, and a rate limit is waited out.
import { namesMatch, tabDef, tabsFor, type WorkbookInput } from '../../core';
import { CELLS_FIELDS, TABS_FIELDS, wholeTab, workbookInputOf } from './sheets-reply';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

/** The one method of the Sheets advanced service the center uses. */
export interface SheetsReader {
  get(
    spreadsheetId: string,
    optionalArgs: { ranges?: string[]; fields: string; includeGridData?: boolean },
  ): Spreadsheet;
}

/** Time as the run sees it: the clock, and a wait (Utilities.sleep) that moves it. */
export interface RunClock {
  now(): number;
  sleep(milliseconds: number): void;
}

/** Why a team's sheet could not be read, for the line `无法读取：团队 X（原因）`. */
export type Refusal = 'noAccess' | 'notFound' | 'notSpreadsheet' | 'failed';

export type TeamRead =
  | { readonly kind: 'read'; readonly input: WorkbookInput; readonly calls: number }
  | {
      readonly kind: 'unreadable';
      readonly refusal: Refusal;
      readonly detail: string;
      readonly calls: number;
    }
  /** Rate-limited past the waits that fit before `deadline`: read it again later (the next slice). */
  | { readonly kind: 'deferred'; readonly calls: number };

/** Waits before each retry of a refused call (429, 5xx): exponential, about a minute in all — the quota's window. */
export const BACKOFF_MS: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

/** The tabs a team's Generate reads (People is for reminders only, and Generate leaves it out too). */
const PEOPLE = tabDef('people');
const TEAM_TABS = tabsFor('team').filter((tab) => tab.key !== 'people');
const wanted = (title: string): boolean => TEAM_TABS.some((tab) => namesMatch(title, tab));
const skipped = (title: string): boolean => namesMatch(title, PEOPLE);

/** The HTTP status of an advanced service's error: `details.code`, else what its message says. */
export function httpStatus(error: unknown): number | null {
  const details = (error as { details?: { code?: unknown } } | null)?.details;
  if (typeof details?.code === 'number') return details.code;
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  if (/quota exceeded|rate limit|too many requests/i.test(message)) return 429;
  if (/does not have permission|permission denied|forbidden/i.test(message)) return 403;
  if (/not found/i.test(message)) return 404;
  if (/not supported for this document/i.test(message)) return 400;
  if (/backend error|internal error|service unavailable|timed? ?out/i.test(message)) return 503;
  return null;
}

const retryable = (status: number | null): boolean =>
  status === 429 || status === 500 || status === 502 || status === 503 || status === 504;

const refusalOf = (status: number | null, message: string): Refusal => {
  if (status === 403) return 'noAccess';
  if (status === 404) return 'notFound';
  if (status === 400 && /not supported/i.test(message)) return 'notSpreadsheet';
  return 'failed';
};

/** The API's own words, without Apps Script's `API call to … failed with error:` prefix. */
const apiMessage = (error: unknown): string =>
  String((error as { message?: unknown } | null)?.message ?? error).replace(/^.*?failed with error:\s*/, '');

type Attempt<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly deferred: boolean; readonly error: unknown };

/** Google's read quota of the Sheets API: 60 requests a minute per user per project (300 per project). */
export const READS_PER_MINUTE = 60;

/** Keeps a run's requests within the read quota, so that it waits once instead of being refused and backing off. */
export interface Pacer {
  /** Waits until one more request fits in the last minute; false (and no wait) when that would pass `deadline`. */
  next(deadline: number): boolean;
}

/** The requests this execution sent in the last minute decide the wait; other executions' are met by backoff. */
export function quotaPacer(clock: RunClock, perMinute: number = READS_PER_MINUTE): Pacer {
  const sent: number[] = [];
  return {
    next(deadline) {
      let now = clock.now();
      while (sent.length > 0 && sent[0] <= now - 60_000) sent.shift();
      if (sent.length >= perMinute) {
        const wait = sent[0] + 60_000 - now;
        if (now + wait > deadline) return false;
        clock.sleep(wait);
        now = clock.now();
        sent.shift();
      }
      sent.push(now);
      return true;
    },
  };
}

/** What reading a team needs besides the sheet: time, the quota's pace, and the zone of a reply without one. */
export interface ReadOptions {
  readonly clock: RunClock;
  /** Epoch ms: no wait (pace or backoff) may pass it; the team is deferred instead. */
  readonly deadline: number;
  readonly pacer: Pacer;
  readonly fallbackZone: string;
}

/** One request, repeated after each wait of BACKOFF_MS while it is refused for a rate limit and time allows. */
function withBackoff<T>(options: ReadOptions, request: () => T): Attempt<T> {
  const { clock, deadline, pacer } = options;
  for (let attempt = 0; ; attempt++) {
    if (!pacer.next(deadline)) return { ok: false, deferred: true, error: null };
    try {
      return { ok: true, value: request() };
    } catch (error) {
      const wait = BACKOFF_MS[attempt];
      if (!retryable(httpStatus(error))) return { ok: false, deferred: false, error };
      if (wait === undefined || clock.now() + wait > deadline) return { ok: false, deferred: true, error };
      clock.sleep(wait);
    }
  }
}

/**
 * Reads a team's tabs: first their names (one call, no cells), then, in a second call, the cells of every tab a
 * team's Generate reads, values and shown text in one reply. A sheet with none of those tabs costs one call; the
 * core then says what it misses. Keeps to the read quota and waits out rate limits until the deadline, then defers.
 */
export function readTeamSheet(sheets: SheetsReader, spreadsheetId: string, options: ReadOptions): TeamRead {
  let calls = 0;
  const call = (args: { ranges?: string[]; fields: string }): Attempt<Spreadsheet> =>
    withBackoff(options, () => {
      calls++;
      return sheets.get(spreadsheetId, args);
    });
  const failed = (attempt: Extract<Attempt<unknown>, { ok: false }>): TeamRead => {
    if (attempt.deferred) return { kind: 'deferred', calls };
    const status = httpStatus(attempt.error);
    const detail = apiMessage(attempt.error);
    return { kind: 'unreadable', refusal: refusalOf(status, detail), detail, calls };
  };
  const tabs = call({ fields: TABS_FIELDS });
  if (!tabs.ok) return failed(tabs);
  const titles = (tabs.value.sheets ?? []).map((sheet) => sheet.properties?.title ?? '');
  const ranges = titles.filter(wanted).map(wholeTab);
  const cells: Attempt<Spreadsheet> =
    ranges.length > 0 ? call({ ranges, fields: CELLS_FIELDS }) : { ok: true, value: {} };
  if (!cells.ok) return failed(cells);
  const input = workbookInputOf(tabs.value, cells.value, { fallbackZone: options.fallbackZone, skipped });
  return { kind: 'read', input, calls };
}
