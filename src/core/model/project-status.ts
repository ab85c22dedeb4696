// The status of a project (SPEC §8): four rules in order, the first that matches wins and is kept as the reason.
import type { ProjectState } from '../choices';
import { addDays, type LocalDate } from '../dates';

/** A project's status; an objective's is never `done` (a done project counts as green there). */
export type Status = 'done' | 'red' | 'amber' | 'green';

/** The rule that gave a status, with the facts it read, so the report can say why. */
export type StatusRule =
  | { readonly rule: 'stateDone' }
  | { readonly rule: 'complete' }
  | { readonly rule: 'delayed' }
  | { readonly rule: 'overdue'; readonly due: string }
  | { readonly rule: 'atRisk' }
  | { readonly rule: 'paused' }
  | { readonly rule: 'progressDropped'; readonly from: number; readonly to: number }
  | { readonly rule: 'progressStalled'; readonly progress: number }
  | { readonly rule: 'dueSoon'; readonly due: string; readonly progress: number }
  | { readonly rule: 'onTrack' };

export interface StatusOf {
  readonly status: Status;
  readonly reason: StatusRule;
}

/** What the rules read about one project in one report week. */
export interface StatusFacts {
  readonly state: ProjectState;
  /** Progress this week, last week and the week before (fractions 0–1; null: not known). */
  readonly progress: number | null;
  readonly lastWeek: number | null;
  readonly weekBefore: number | null;
  /** The Due date, when Due is a date, and Due as the report writes it. */
  readonly dueDate: LocalDate | null;
  readonly dueText: string;
}

/** Below this, a project due within a week is worth a look. */
export const DUE_SOON_PROGRESS = 0.8;
/** Days after the report's Monday that count as "due within 7 days" (the Monday itself and the next one included). */
export const DUE_SOON_DAYS = 7;

/** Percent cells are read from text and fractions alike; compare at the precision the sheet shows. */
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const lower = (a: number, b: number): boolean => a < b && !same(a, b);

const of = (status: Status, reason: StatusRule): StatusOf => ({ status, reason });

/** The status of a project for the report dated `monday`: done, red, amber, green — first match wins. */
export function projectStatus(facts: StatusFacts, monday: LocalDate): StatusOf {
  const { state, progress, lastWeek, weekBefore, dueDate, dueText } = facts;
  if (state === 'done') return of('done', { rule: 'stateDone' });
  if (progress !== null && (progress > 1 || same(progress, 1))) return of('done', { rule: 'complete' });

  if (state === 'delayed') return of('red', { rule: 'delayed' });
  if (dueDate !== null && dueDate < monday) return of('red', { rule: 'overdue', due: dueText });

  if (state === 'at-risk') return of('amber', { rule: 'atRisk' });
  if (state === 'paused') return of('amber', { rule: 'paused' });
  if (progress !== null && lastWeek !== null && lower(progress, lastWeek)) {
    return of('amber', { rule: 'progressDropped', from: lastWeek, to: progress });
  }
  if (
    progress !== null &&
    lastWeek !== null &&
    weekBefore !== null &&
    same(progress, lastWeek) &&
    same(lastWeek, weekBefore)
  ) {
    return of('amber', { rule: 'progressStalled', progress });
  }
  if (
    dueDate !== null &&
    dueDate <= addDays(monday, DUE_SOON_DAYS) &&
    progress !== null &&
    lower(progress, DUE_SOON_PROGRESS)
  ) {
    return of('amber', { rule: 'dueSoon', due: dueText, progress });
  }
  return of('green', { rule: 'onTrack' });
}

const SEVERITY: Readonly<Record<Status, number>> = { done: 0, green: 0, amber: 1, red: 2 };

/** An objective's status: the worst of its projects', a done project counting as green. */
export function worstStatus(statuses: readonly Status[]): Exclude<Status, 'done'> {
  // A fold, not Math.max(...): an objective may have 200,000 projects, too many arguments for the stack.
  const worst = statuses.reduce((max, s) => Math.max(max, SEVERITY[s]), 0);
  return worst === 2 ? 'red' : worst === 1 ? 'amber' : 'green';
}

/** Whether `now` is worse than `before`: what "turned red or amber" means. */
export const isWorse = (now: Status, before: Status): boolean => SEVERITY[now] > SEVERITY[before];
