// The one reader of dates typed as text: `2023-11-16`, `2023/11/16 18:42`, `11/16`, `11月16日`, full-width too.
import { dayNumber, type LocalDate, type LocalDateTime, localDate } from './dates';

// [year年|year-] month [/-.月] day [日] [time]; NFKC has already made `：` and full-width digits ASCII.
const DATE_TEXT =
  /^(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T|(?<=日))(\d{1,2}):(\d{2})(?::\d{2})?)?$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const validDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** The year (near's, or one either side) that puts month/day closest to `near`. */
function nearestYear(month: number, day: number, near: LocalDate): number | null {
  const nearYear = Number(near.slice(0, 4));
  const distance = (year: number): number =>
    Math.abs(dayNumber(localDate(year, month, day)) - dayNumber(near));
  const years = [nearYear - 1, nearYear, nearYear + 1].filter((y) => validDay(y, month, day));
  return years.length === 0 ? null : years.reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

const normalised = (text: string): string => text.normalize('NFKC').trim();

/**
 * The wall-clock date-time `text` names, or null when it names none (or a day that does not exist, such as
 * `2/30`). A date without a year takes the year that puts it nearest `near`; with `near` null it names none.
 */
export function parseDateText(text: string, near: LocalDate | null): LocalDateTime | null {
  const m = DATE_TEXT.exec(normalised(text));
  if (!m) return null;
  const [month, day, hour, minute] = [m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  const year = m[1] ? Number(m[1]) : near === null ? null : nearestYear(month, day, near);
  if (year === null || !validDay(year, month, day) || hour > 23 || minute > 59) return null;
  return `${localDate(year, month, day)}T${pad2(hour)}:${pad2(minute)}`;
}

/** Whether `text` is written like a date, whether or not that day exists (`13/45`, `2月30日` are). */
export const isDateShaped = (text: string): boolean => DATE_TEXT.test(normalised(text));

/** `YYYY-MM-DD` typed at a prompt or a flag, as a real calendar day; null otherwise (2023-02-30 does not exist). */
export function parseLocalDate(text: string): LocalDate | null {
  const date = text.trim();
  return ISO_DATE.test(date) ? (parseDateText(date, null)?.slice(0, 10) ?? null) : null;
}
