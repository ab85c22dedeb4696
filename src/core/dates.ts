// Calendar arithmetic on wall-clock dates (`YYYY-MM-DD`) and times (`YYYY-MM-DDTHH:mm`), never the process zone.

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

/**
 * Wall-clock reading of an instant in an IANA zone. Intl is in Node and the Apps Script V8 runtime alike;
 * `hourCycle: h23` avoids the `24:00` some engines print for midnight.
 */
export function wallClock(instant: Date, timeZone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
