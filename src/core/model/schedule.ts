// Who owns a weekly schedule and whom it may mail (SPEC §12): decided here from plain records, kept by the shells.
import * as z from 'zod/mini';
import type { WeeklyTime } from '../cells/weekly-time';
import { addDays, instantOf, isoWeekday, wallClock } from '../dates';

/**
 * A schedule as the sheet remembers it. `owner` is an address (a person, not Apps Script's rotating key) and
 * `triggerId` the trigger's unique id; both blank once the schedule is removed, so that a trigger still firing
 * afterwards knows it is a stray. `confirmed` is the list of addresses the owner saw and agreed to mail.
 */
export interface ScheduleRecord {
  readonly owner: string;
  readonly triggerId: string;
  /** ISO instants: when its trigger last fired (null: not yet), and when it is due to fire next. */
  readonly lastRun: string | null;
  readonly nextRun: string;
  readonly confirmed: readonly string[];
}

const recordSchema = z.object({
  owner: z.string(),
  triggerId: z.string(),
  lastRun: z.nullable(z.string()),
  nextRun: z.string(),
  confirmed: z.array(z.string()),
});

/** A stored record, or null when there is none or it is not one (an older version's value, a hand edit). */
export function parseScheduleRecord(json: string | null): ScheduleRecord | null {
  if (json === null) return null;
  try {
    const parsed = recordSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How late a weekly run may be before its trigger is taken for gone: Apps Script fires within the hour. */
const GRACE_MS = 86_400_000;

/** The first time after `after` that a wall clock in `timeZone` shows `time`'s weekday and hour. */
export function nextWeeklyRun(after: Date, time: WeeklyTime, timeZone: string): Date {
  const today = wallClock(after, timeZone).slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let day = 0; day <= 7; day++) {
    const date = addDays(today, day);
    if (isoWeekday(date) !== time.weekday) continue;
    const run = instantOf(`${date}T${pad(time.hour)}:${pad(time.minute)}`, timeZone);
    if (run.getTime() > after.getTime()) return run;
  }
  return instantOf(`${addDays(today, 7)}T${pad(time.hour)}:${pad(time.minute)}`, timeZone);
}

/**
 * Whether the recorded trigger still exists, as far as anyone but its owner can tell: Apps Script lists only a
 * user's own triggers, so a schedule is alive while it keeps its appointments. One that missed its next run by
 * more than a day is gone (its owner left, or deleted it in the Apps Script dashboard).
 */
export function scheduleAlive(record: ScheduleRecord, now: Date): boolean {
  const due = new Date(record.nextRun).getTime();
  return record.triggerId !== '' && !Number.isNaN(due) && now.getTime() <= due + GRACE_MS;
}

/** What a scheduled run may mail: addresses the owner confirmed, and the new ones that wait for them. */
export interface MailableAddresses {
  readonly confirmed: readonly string[];
  readonly waiting: readonly string[];
}

/** One mailbox, however its address was typed (mail compares addresses without case). */
export const sameAddress = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

/** Each mailbox once, in the order first given; blanks dropped. */
export const uniqueAddresses = (addresses: readonly string[]): string[] =>
  addresses.filter((a, i) => a.trim() !== '' && addresses.findIndex((b) => sameAddress(a, b)) === i);

/** `current` split by whether the owner confirmed each address (compared without case, as mail does). */
export function splitByConfirmation(
  current: readonly string[],
  confirmed: readonly string[],
): MailableAddresses {
  const known = (address: string) => confirmed.some((c) => sameAddress(c, address));
  const unique = uniqueAddresses(current);
  return { confirmed: unique.filter(known), waiting: unique.filter((a) => !known(a)) };
}

/** Line breaks and other control characters would let a cell forge mail headers or lines: each becomes a space. */
export const singleLine = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
