// Phrases shared by the report layout and the custom functions, so the sheet and the Doc say the same thing.

import type { Language } from './language';
import { t } from './messages/index';
import { reportMessages } from './messages/report';

const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 24 * MINUTES_PER_HOUR;

/**
 * Minutes as a reader takes them in: `45分钟` (a mean keeps its decimal: `258.3分钟`), `22小时31分钟`, `2天3小时`
 * (past a day the minutes are noise) — never `1351分钟`.
 */
export function durationText(minutes: number, language: Language): string {
  const r = reportMessages;
  if (minutes < MINUTES_PER_HOUR) return t(language, r.durationMinutes, { minutes });
  const whole = Math.round(minutes);
  const days = Math.floor(whole / MINUTES_PER_DAY);
  const hours = Math.floor((whole % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  if (days > 0)
    return hours === 0
      ? t(language, r.durationDays, { days })
      : t(language, r.durationDaysHours, { days, hours });
  const rest = whole % MINUTES_PER_HOUR;
  return rest === 0
    ? t(language, r.durationHours, { hours })
    : t(language, r.durationHoursMinutes, { hours, minutes: rest });
}

/** A fraction as whole-or-decimal points without float noise: 0.85 → `85`, 0.125 → `12.5`. */
export const points = (fraction: number): string => String(Number((fraction * 100).toFixed(4)));

/**
 * `总体进度85%，较上周70%新增15%进度` / `85% (+15 pts from 70%)`; a drop `总体进度60%，较上周70%下降10%` /
 * `60% (-10 pts from 70%)`; the same as last week `总体进度40%，进度持平` / `40% (unchanged)`; previous null →
 * `总体进度85%`.
 */
export function progressNote(current: number, previous: number | null, language: Language): string {
  if (previous === null) return t(language, reportMessages.progressOnly, { current: points(current) });
  const gained = Number(((current - previous) * 100).toFixed(4));
  // `新增0%进度` and `+0 pts` say nothing happened in words that say something did.
  if (gained === 0) return t(language, reportMessages.progressUnchanged, { current: points(current) });
  // `新增-10%进度` reads as nonsense: a drop is said as one, `下降10%`.
  const dropped = gained < 0;
  const delta = language === 'en' ? `${dropped ? '' : '+'}${gained}` : String(Math.abs(gained));
  const message = dropped ? reportMessages.progressDropped : reportMessages.progressWithPrevious;
  return t(language, message, { current: points(current), previous: points(previous), delta });
}

/** `第46周 2023-11-13` / `Week 46, 2023-11-13`. */
export const weekLabel = (week: number, monday: string, language: Language): string =>
  t(language, reportMessages.weekTitle, { week, date: monday });
