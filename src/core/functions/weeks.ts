// WEEK_LABEL and WEEK_START: the report week (Monday to Sunday) a date falls in, as a label and as a Date.

import { isBlankValue as isBlank } from '../cells/cell';
import { WEEK_NUMBERINGS } from '../choices';
import { instantOf, type LocalDate, mondayOf, weekNumber } from '../dates';
import { weekLabel } from '../phrases';
import { callOf, type FunctionContext } from './context';
import { elementwise } from './ranges';
import { readChoice, readDate } from './readers';

/**
 * `第46周 2023-11-13` (`iso`, default) / `第47周 2023-11-13` (`weeknum`): the number and the date are those of the
 * date's Monday, the report date, so every day of a week gets the same label.
 */
export function weekLabelFn(date: unknown, numbering: unknown, ctx: FunctionContext): unknown {
  const args = [
    ['date', date],
    ['numbering', numbering],
  ] as const;
  return elementwise(callOf('WEEK_LABEL', ctx), args, ([day, scheme]) => {
    if (isBlank(day.value)) return '';
    const monday = mondayOf(readDate(day, ctx.timeZone));
    return weekLabel(weekNumber(monday, readChoice(scheme, WEEK_NUMBERINGS) ?? 'iso'), monday, ctx.language);
  });
}

/** Midnight of the date's Monday in the spreadsheet's time zone. */
export function weekStart(date: unknown, ctx: FunctionContext): unknown {
  // A column holds few distinct weeks; each midnight costs several Intl calls, so it is found once per Monday.
  const midnights = new Map<LocalDate, Date>();
  const midnightOf = (monday: LocalDate): Date => {
    const midnight = midnights.get(monday) ?? instantOf(`${monday}T00:00`, ctx.timeZone);
    midnights.set(monday, midnight);
    return midnight;
  };
  return elementwise(callOf('WEEK_START', ctx), [['date', date]], ([day]) =>
    isBlank(day.value) ? '' : midnightOf(mondayOf(readDate(day, ctx.timeZone))),
  );
}
