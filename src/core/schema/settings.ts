// 设置 / Settings: Key/Value rows read into Settings, with the defaults of SPEC §2 for anything absent.
import * as z from 'zod/mini';
import { type Cell, type CellResult, cellText, isBlank, ok, problem } from '../cells/cell';
import { bothLanguages, optionalChoice, optionalText, requiredText } from '../cells/text';
import { messages, t } from '../messages/index';
import type { Language, PeriodKind, Settings, WeekNumbering } from '../model/report-model';
import type { Finding } from './finding';
import { fromCell, type Located } from './rows';
import { findingAt, type Table } from './table';
import { type Choice, normaliseName, SETTING_KEYS } from './tabs';

type SettingKey = keyof typeof SETTING_KEYS;

export const settingRow = () => z.object({ key: fromCell(requiredText), value: z.custom<Cell>() });

type SettingRow = Located<z.output<ReturnType<typeof settingRow>>>;

/** `week_numbering`, `Week Numbering` and `week-numbering` are one key. */
const settingName = (name: string): string => normaliseName(name).replace(/[_-]/g, '');

const choices = (...keys: readonly (readonly [string, string])[]): readonly Choice[] =>
  keys.map(([key, zh]) => ({ key, zh, en: key }));

const NUMBERINGS = choices(['iso', 'iso'], ['weeknum', 'weeknum']);
const LANGUAGES = choices(['zh', '中文'], ['en', '英文']);
const PERIODS = choices(['previous-week', '上周'], ['current-week', '本周']);
const SWITCHES = choices(['on', '开'], ['off', '关']);

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

/** Comma-separated emails (ASCII or full-width commas, semicolons). */
function recipientsCell(cell: Cell): CellResult<readonly string[]> {
  const emails = cellText(cell)
    .split(/[,;，；、\s]+/)
    .filter((e) => e !== '');
  const bad = emails.find((e) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e));
  return bad === undefined ? ok(emails) : problem({ value: bad, display: bad }, 'badRecipient');
}

interface SettingCell {
  readonly cell: Cell;
  readonly row: number;
}

/** Each setting's value cell by key; an unknown key is a warning, a repeated key keeps its last value. */
function settingCells(
  table: Table,
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
 * Settings from the tab's rows; every bad value is reported and replaced by its default. Recipients only
 * warn: they matter to the schedule, not to the report.
 */
export function readSettings(
  table: Table | undefined,
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
    findings.push(
      findingAt(
        table,
        'value',
        found.row,
        key === 'recipients' ? 'warning' : 'error',
        result.problem.message,
        params,
      ),
    );
    return fallback;
  };
  const language = read<Language>(
    'language',
    (c) => optionalChoice<Language>(c, LANGUAGES),
    defaults.language,
  );
  const team = read('team', optionalText, '') || t(language, messages.validation.defaultTeam);
  const settings: Settings = {
    team,
    weekNumbering: read<WeekNumbering>(
      'weekNumbering',
      (c) => optionalChoice<WeekNumbering>(c, NUMBERINGS),
      'iso',
    ),
    language,
    period: read<PeriodKind>('period', (c) => optionalChoice<PeriodKind>(c, PERIODS), 'previous-week'),
    timeZone: read('timeZone', timeZoneCell, defaults.timeZone),
    folder: read('folder', optionalText, '') || t(language, messages.validation.defaultFolder, { team }),
    recipients: read('recipients', recipientsCell, []),
    incidentMetric: read('incidentMetric', (c) => optionalChoice(c, SWITCHES), 'on') === 'on',
  };
  return { settings, findings };
}
