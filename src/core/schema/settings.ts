// 设置 / Settings: Key/Value rows read into Settings, with the defaults of SPEC §2 for anything absent.
import * as z from 'zod/mini';
import { asciiText, type Cell, type CellResult, cellText, isBlank, ok, problem } from '../cells/cell';
import { bothLanguages, optionalChoice, optionalText, requiredText } from '../cells/text';
import { type WeeklyTime, weeklyTimeCell } from '../cells/weekly-time';
import {
  type Choice,
  LANGUAGES,
  type PeriodKind,
  REPORT_PERIODS,
  SWITCHES,
  WEEK_NUMBERINGS,
  type WeekNumbering,
} from '../choices';
import type { Language } from '../language';
import { t } from '../messages/index';
import { validationMessages } from '../messages/validation';
import { normaliseName } from '../names';
import type { Finding } from './finding';
import { fromCell, type Located, type RowShape } from './rows';
import { findingAt, type Table } from './table';
import { SETTING_KEYS } from './tabs';

export interface Settings {
  readonly team: string;
  /** The team's name as typed (团队名称 team_name, or 团队 team); null when neither is set. */
  readonly teamName: string | null;
  readonly weekNumbering: WeekNumbering;
  readonly language: Language;
  readonly period: PeriodKind;
  readonly timeZone: string;
  readonly folder: string;
  readonly recipients: readonly string[];
  readonly incidentMetric: boolean;
  /** Whether the report opens with 【本周概览】 (SPEC §8). */
  readonly summary: boolean;
  /** Whether the summary shows who has not updated their rows (SPEC §11). */
  readonly showCompleteness: boolean;
  /** When the weekly reminder runs; null: no reminders (SPEC §11). */
  readonly reminderTime: WeeklyTime | null;
  /** How many weeks, the report's included, each trend chart spans (SPEC §9); 0 leaves the charts out. */
  readonly chartWeeks: number;
  /** At most this many mails (recipients) per scheduled or menu run, inside the daily quota (SPEC §12). */
  readonly maxMailsPerRun: number;
}

type SettingKey = keyof typeof SETTING_KEYS;

export const settingRow = () =>
  z.object({ key: fromCell(requiredText), value: z.custom<Cell>() } satisfies RowShape<'settings'>);

type SettingRow = Located<z.output<ReturnType<typeof settingRow>>>;

/** `week_numbering`, `Week Numbering` and `week-numbering` are one key. */
const settingName = (name: string): string => normaliseName(name).replace(/[_-]/g, '');

/** A setting's value is one of `choices`; the keys are what SPEC §2 documents, so a bad value lists those. */
const settingChoice = <T extends readonly Choice[]>(cell: Cell, choices: T) =>
  optionalChoice(cell, choices, (c) => ({ zh: c.key, en: c.key }));

function timeZoneCell(cell: Cell): CellResult<string | null> {
  if (isBlank(cell)) return ok(null);
  try {
    // Intl is the one zone database both runtimes share; it throws RangeError on unknown names.
    new Intl.DateTimeFormat('en-US', { timeZone: cellText(cell) });
    return ok(cellText(cell));
  } catch {
    return problem(cell, 'badTimeZone');
  }
}

/** Weeks a chart spans by default: a quarter, enough to tell a dip from the usual. */
const DEFAULT_CHART_WEEKS = 12;

/** A number of weeks: a whole number, 0 or more (`12`, `１２`); blank reads as null. */
function weekCountCell(cell: Cell): CellResult<number | null> {
  if (isBlank(cell)) return ok(null);
  const n = typeof cell.value === 'number' ? cell.value : Number(asciiText(cellText(cell)));
  return Number.isInteger(n) && n >= 0 ? ok(n) : problem(cell, 'notWeekCount');
}

/** Mails a run may send by default: a team and its leadership, well inside a consumer account's 100 a day. */
export const DEFAULT_MAX_MAILS = 50;

/** A number of mails: a whole number, 1 or more; blank reads as null. */
function mailCountCell(cell: Cell): CellResult<number | null> {
  if (isBlank(cell)) return ok(null);
  const n = typeof cell.value === 'number' ? cell.value : Number(asciiText(cellText(cell)));
  return Number.isInteger(n) && n >= 1 ? ok(n) : problem(cell, 'notMailCount');
}

/** Comma-separated emails (ASCII or full-width commas, semicolons). */
export const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Comma-separated emails (ASCII or full-width commas, semicolons): the valid ones, and the others as typed. */
function recipientsOf(cell: Cell): {
  readonly valid: readonly string[];
  readonly invalid: readonly string[];
} {
  const emails = cellText(cell)
    .split(/[,;，；、\s]+/)
    .filter((e) => e !== '');
  return { valid: emails.filter((e) => EMAIL.test(e)), invalid: emails.filter((e) => !EMAIL.test(e)) };
}

interface SettingCell {
  readonly cell: Cell;
  readonly row: number;
}

/** Each setting's value cell by key; an unknown key is a warning, a repeated key keeps its last value. */
function settingCells(
  table: Table<'settings'>,
  rows: readonly SettingRow[],
  findings: Finding[],
): Map<SettingKey, SettingCell> {
  const cells = new Map<SettingKey, SettingCell>();
  const keys = Object.entries(SETTING_KEYS) as [SettingKey, { zh: string; en: string }][];
  for (const { key, value, row } of rows) {
    const known = keys.find(([, names]) =>
      [names.zh, names.en].some((n) => settingName(n) === settingName(key)),
    );
    if (known) cells.set(known[0], { cell: value, row });
    else {
      const params = { found: key, expected: bothLanguages(keys.map(([, names]) => names)) };
      findings.push(findingAt(table, 'key', row, 'warning', 'unknownSetting', params));
    }
  }
  return cells;
}

/**
 * Settings from the tab's rows; every bad value is reported and replaced by its default. A bad recipient only
 * warns and is skipped, the others are still mailed: they matter to the schedule, not to the report.
 */
export function readSettings(
  table: Table<'settings'> | undefined,
  rows: readonly SettingRow[],
  defaults: { readonly timeZone: string; readonly language: Language },
): { readonly settings: Settings; readonly findings: readonly Finding[] } {
  const findings: Finding[] = [];
  const cells = table ? settingCells(table, rows, findings) : new Map<SettingKey, SettingCell>();
  const read = <T>(key: SettingKey, reader: (cell: Cell) => CellResult<T | null>, fallback: T): T => {
    const found = cells.get(key);
    if (!found || !table) return fallback;
    const result = reader(found.cell);
    if (result.ok) return result.value ?? fallback;
    const params = { ...result.problem.params, column: SETTING_KEYS[key] };
    findings.push(findingAt(table, 'value', found.row, 'error', result.problem.message, params));
    return fallback;
  };
  const recipients = (): readonly string[] => {
    const found = cells.get('recipients');
    if (!found || !table) return [];
    const { valid, invalid } = recipientsOf(found.cell);
    for (const bad of invalid) {
      const params = { found: bad, column: SETTING_KEYS.recipients };
      findings.push(findingAt(table, 'value', found.row, 'warning', 'badRecipient', params));
    }
    return valid;
  };
  const language = read('language', (c) => settingChoice(c, LANGUAGES), defaults.language);
  const teamName = read('teamName', optionalText, '') || read('team', optionalText, '') || null;
  const team = teamName ?? t(language, validationMessages.defaultTeam);
  const settings: Settings = {
    team,
    teamName,
    weekNumbering: read('weekNumbering', (c) => settingChoice(c, WEEK_NUMBERINGS), 'iso'),
    language,
    period: read('period', (c) => settingChoice(c, REPORT_PERIODS), 'previous-week'),
    timeZone: read('timeZone', timeZoneCell, defaults.timeZone),
    folder: read('folder', optionalText, '') || t(language, validationMessages.defaultFolder, { team }),
    recipients: recipients(),
    incidentMetric: read('incidentMetric', (c) => settingChoice(c, SWITCHES), 'on') === 'on',
    summary: read('summary', (c) => settingChoice(c, SWITCHES), 'on') === 'on',
    showCompleteness: read('showCompleteness', (c) => settingChoice(c, SWITCHES), 'off') === 'on',
    reminderTime: read('reminderTime', weeklyTimeCell, null),
    chartWeeks: read('chartWeeks', weekCountCell, DEFAULT_CHART_WEEKS),
    maxMailsPerRun: read('maxMailsPerRun', mailCountCell, DEFAULT_MAX_MAILS),
  };
  return { settings, findings };
}
