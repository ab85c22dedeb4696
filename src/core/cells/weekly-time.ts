// A time of the week as a team types it, `周五 15:00` or `Fri 15:00`: when the weekly reminder runs (SPEC §11).
import { type Cell, type CellResult, cellText, isBlank, ok, problem } from './cell';

/** A weekday (ISO: 1 = Monday … 7 = Sunday) and a wall-clock time in the sheet's zone. */
export interface WeeklyTime {
  readonly weekday: number;
  readonly hour: number;
  readonly minute: number;
}

/** Each weekday's names, Monday first: 周五, 星期五, 礼拜五, Fri, Friday (周日 is also 周天, 星期天). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['一', 'mon', 'monday'],
  ['二', 'tue', 'tues', 'tuesday'],
  ['三', 'wed', 'wednesday'],
  ['四', 'thu', 'thur', 'thurs', 'thursday'],
  ['五', 'fri', 'friday'],
  ['六', 'sat', 'saturday'],
  ['日', '天', 'sun', 'sunday'],
];

const PATTERN = /^(?:(?:周|星期|礼拜)([一二三四五六日天])|([a-z]+)\.?)\s*(\d{1,2})[:：](\d{2})$/;

/** `周五 15:00`, `星期五15:00`, `Fri 15:00`, `friday 9:30`; blank reads as null (no reminder). */
export function weeklyTimeCell(cell: Cell): CellResult<WeeklyTime | null> {
  if (isBlank(cell)) return ok(null);
  const match = PATTERN.exec(cellText(cell).normalize('NFKC').toLowerCase());
  const day = match && (match[1] ?? match[2]);
  const weekday = day ? WEEKDAYS.findIndex((names) => names.includes(day)) + 1 : 0;
  const hour = Number(match?.[3]);
  const minute = Number(match?.[4]);
  if (weekday === 0 || !(hour <= 23) || !(minute <= 59)) return problem(cell, 'notWeeklyTime');
  return ok({ weekday, hour, minute });
}
