// Notes of the report week (reflections, next week's goals) and the period's daily entries per day.

import type { NoteKind } from '../choices';
import type { LocalDate } from '../dates';
import type { DailyRow } from '../schema/daily';
import type { NoteRow } from '../schema/notes';
import type { Located } from '../schema/rows';
import { byNumber, groupBy } from './grouping';
import type { DailyDay, ReportWeek } from './report-model';

/** Contents of the week's notes of one kind, in No then sheet order; empty rows are templates, not notes. */
export function weekNotes(rows: readonly Located<NoteRow>[], monday: LocalDate, kind: NoteKind): string[] {
  const notes = rows.filter((r) => r.week === monday && r.kind === kind && r.content !== '');
  return byNumber(notes, (r) => r.no).map((r) => r.content);
}

/** The period's daily entries grouped per day, days in date order, entries in sheet order. */
export function dailyDays(rows: readonly Located<DailyRow>[], week: ReportWeek): DailyDay[] {
  const inPeriod = rows.filter((r) => r.date >= week.start && r.date <= week.end && r.content !== '');
  return [...groupBy(inPeriod, (r) => r.date)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, entries]) => ({
      date,
      entries: entries.map((e) => ({ author: e.author, content: e.content })),
    }));
}
