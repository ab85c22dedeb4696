// Calendar arithmetic on wall-clock dates (`YYYY-MM-DD`) and times (`YYYY-MM-DDTHH:mm`), never the process zone.
import type { WeekNumbering } from './choices';

/** A calendar date as the sheet shows it, `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock date-time as the sheet shows it, `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = string;

const DAY_MS = 86_400_000;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function localDate(year: number, month: number, day: number): LocalDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 of a LocalDate (or the date part of a LocalDateTime). */
export function dayNumber(date: LocalDate | LocalDateTime): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(days: number): LocalDate {
  const d = new Date(days * DAY_MS);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export const addDays = (date: LocalDate, days: number): LocalDate => fromDayNumber(dayNumber(date) + days);

/** ISO weekday: Monday 1 … Sunday 7. */
export const isoWeekday = (date: LocalDate): number => ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;

/** The Monday of the week holding `date` (weeks run Monday to Sunday). */
export const mondayOf = (date: LocalDate | LocalDateTime): LocalDate =>
  addDays(date.slice(0, 10), 1 - isoWeekday(date.slice(0, 10)));

/** ISOWEEKNUM: the week holding the year's first Thursday is week 1. */
export function isoWeekNumber(date: LocalDate): number {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) + 1;
}

/** WEEKNUM(date, 2): week 1 holds January 1st, weeks start on Monday. */
export function weeknumMonday(date: LocalDate): number {
  const jan1 = `${date.slice(0, 4)}-01-01`;
  return Math.floor((dayNumber(date) - dayNumber(mondayOf(jan1))) / 7) + 1;
}

/** The week number of `date` under a week numbering: `iso` = ISOWEEKNUM, `weeknum` = WEEKNUM(date, 2). */
export const weekNumber = (date: LocalDate, numbering: WeekNumbering): number =>
  numbering === 'weeknum' ? weeknumMonday(date) : isoWeekNumber(date);

/** `M/D` without leading zeros, as the team writes dates in running text. */
export const shortDate = (date: LocalDate | LocalDateTime): string =>
  `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

/** `HH:mm` of a LocalDateTime. */
export const clockTime = (dateTime: LocalDateTime): string => dateTime.slice(11, 16);

/** Minutes between two wall-clock times (negative when `to` is earlier). */
export const minutesBetween = (from: LocalDateTime, to: LocalDateTime): number =>
  (dayNumber(to) - dayNumber(from)) * 1440 +
  (Number(to.slice(11, 13)) * 60 + Number(to.slice(14, 16))) -
  (Number(from.slice(11, 13)) * 60 + Number(from.slice(14, 16)));

/** Formatters by zone: building one costs ~50 µs, too much per cell of a 10,000-row column. */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    wallClockFormats.set(timeZone, format);
  }
  return format;
}

/**
 * Readings by zone and minute: a year of history hands over the same few hundred Dates tens of thousands of
 * times, and formatToParts is the slowest step of reading them. Bounded, so a long run cannot grow it forever.
 */
const wallClockReadings = new Map<string, LocalDateTime>();
const MAX_READINGS = 100_000;

/**
 * Wall-clock reading of an instant in an IANA zone. Intl is in Node and the Apps Script V8 runtime alike;
 * `hourCycle: h23` avoids the `24:00` some engines print for midnight.
 */
export function wallClock(instant: Date, timeZone: string): LocalDateTime {
  // Readings are to the minute, and every zone offset since 1901 is whole minutes, so one per UTC minute.
  const key = `${timeZone} ${Math.floor(instant.getTime() / 60_000)}`;
  let reading = wallClockReadings.get(key);
  if (reading === undefined) {
    const parts = wallClockFormat(timeZone).formatToParts(instant);
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
    reading = `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
    if (wallClockReadings.size >= MAX_READINGS) wallClockReadings.clear();
    wallClockReadings.set(key, reading);
  }
  return reading;
}

/** A wall-clock time read as if it were UTC, in epoch milliseconds. */
const wallMs = (dateTime: LocalDateTime): number =>
  dayNumber(dateTime) * DAY_MS +
  (Number(dateTime.slice(11, 13)) * 60 + Number(dateTime.slice(14, 16))) * 60_000;

/** How far `timeZone` is ahead of UTC at an instant, in milliseconds (whole minutes). */
const zoneOffset = (epochMs: number, timeZone: string): number =>
  wallMs(wallClock(new Date(epochMs), timeZone)) - Math.floor(epochMs / 60_000) * 60_000;

/**
 * The instant a wall clock in `timeZone` shows `dateTime` (the inverse of `wallClock`). The zone's offsets a day
 * before and after bracket any transition; each gives a candidate instant, kept if the zone really shows
 * `dateTime` then. A time shown twice (clocks going back) gives the earlier instant; a time skipped (clocks going
 * forward) is moved forward by the gap, as Temporal's `compatible` disambiguation does.
 */
export function instantOf(dateTime: LocalDateTime, timeZone: string): Date {
  const local = wallMs(dateTime);
  const before = local - zoneOffset(local - DAY_MS, timeZone);
  const after = local - zoneOffset(local + DAY_MS, timeZone);
  const shows = (epochMs: number): boolean => wallMs(wallClock(new Date(epochMs), timeZone)) === local;
  const candidates = [before, after].filter(shows);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : before);
}

/** Spreadsheet serial day 0 (Sheets and Excel since 1900-03-01 agree on it). */
const SERIAL_EPOCH = dayNumber('1899-12-30');

/** Serial of 9999-12-31, the last day a spreadsheet can show. */
const MAX_SERIAL = 2_958_465;

/** A spreadsheet serial (days since 1899-12-30, time of day as the fraction) to wall-clock, to the minute. */
export function fromSerialDateTime(serial: number): LocalDateTime | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const minutes = Math.round(serial * 1440);
  const day = fromDayNumber(SERIAL_EPOCH + Math.floor(minutes / 1440));
  return `${day}T${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)}`;
}
