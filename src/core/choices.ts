// Every closed list of values a cell, a setting or a function argument may name, and the one way to match them.
import { type Names, normaliseName } from './names';

/** One allowed value: its key in the code and its name in each language. */
export interface Choice extends Names {
  readonly key: string;
}

/** The keys of a choice list, as a type: `ChoiceKey<typeof PROJECT_STATES>` = `'active' | 'done' | …`. */
export type ChoiceKey<T extends readonly Choice[]> = T[number]['key'];

export const PROJECT_STATES = [
  { key: 'active', zh: '进行中', en: 'active' },
  { key: 'done', zh: '已完成', en: 'done' },
  { key: 'delayed', zh: '延期', en: 'delayed' },
  { key: 'at-risk', zh: '风险', en: 'at-risk' },
  { key: 'paused', zh: '暂停', en: 'paused' },
] as const satisfies readonly Choice[];

export const INCIDENT_LEVELS = [
  { key: 'A', zh: 'A', en: 'A' },
  { key: 'B', zh: 'B', en: 'B' },
  { key: 'C', zh: 'C', en: 'C' },
  { key: 'D', zh: 'D', en: 'D' },
] as const satisfies readonly Choice[];

export const NOTE_KINDS = [
  { key: 'reflection', zh: '收获与反思', en: 'reflection' },
  { key: 'next', zh: '下周工作', en: 'next' },
] as const satisfies readonly Choice[];

export const METRIC_DIRECTIONS = [
  { key: 'higher', zh: '越高越好', en: 'higher' },
  { key: 'lower', zh: '越低越好', en: 'lower' },
] as const satisfies readonly Choice[];

export const LANGUAGES = [
  { key: 'zh', zh: '中文', en: 'Chinese' },
  { key: 'en', zh: '英文', en: 'English' },
] as const satisfies readonly Choice[];

/** `iso` = ISOWEEKNUM, `weeknum` = WEEKNUM(date, 2): the two ways Sheets numbers weeks. */
export const WEEK_NUMBERINGS = [
  { key: 'iso', zh: 'ISOWEEKNUM', en: 'ISOWEEKNUM' },
  { key: 'weeknum', zh: 'WEEKNUM', en: 'WEEKNUM' },
] as const satisfies readonly Choice[];

export const REPORT_PERIODS = [
  { key: 'previous-week', zh: '上周', en: 'previous week' },
  { key: 'current-week', zh: '本周', en: 'current week' },
] as const satisfies readonly Choice[];

export const SWITCHES = [
  { key: 'on', zh: '开', en: 'on' },
  { key: 'off', zh: '关', en: 'off' },
] as const satisfies readonly Choice[];

export const DOWNTIME_SPANS = [
  { key: 'year', zh: '年', en: 'year' },
  { key: 'month', zh: '月', en: 'month' },
  { key: 'week', zh: '周', en: 'week' },
] as const satisfies readonly Choice[];

export type ProjectState = ChoiceKey<typeof PROJECT_STATES>;
export type IncidentLevel = ChoiceKey<typeof INCIDENT_LEVELS>;
export type NoteKind = ChoiceKey<typeof NOTE_KINDS>;
export type Direction = ChoiceKey<typeof METRIC_DIRECTIONS>;
export type WeekNumbering = ChoiceKey<typeof WEEK_NUMBERINGS>;
export type PeriodKind = ChoiceKey<typeof REPORT_PERIODS>;
export type DowntimeSpan = ChoiceKey<typeof DOWNTIME_SPANS>;

/**
 * The key of the choice `text` names by its key or its name in either language (case, spaces and full width
 * ignored); null when it names none. A trailing `级` is how the team writes a level (`C级`).
 */
export function matchChoice<T extends readonly Choice[]>(text: string, choices: T): ChoiceKey<T> | null {
  const wanted = normaliseName(text.trim().replace(/级$/, ''));
  const found = choices.find((c) => [c.key, c.zh, c.en].some((name) => normaliseName(name) === wanted));
  return found ? found.key : null;
}
