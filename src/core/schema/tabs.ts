// The workbook layout of SPEC §2: every tab and column, declared once; schemas, Set up, init and readers derive from it.
import { type Choice, INCIDENT_LEVELS, METRIC_DIRECTIONS, NOTE_KINDS, PROJECT_STATES } from '../choices';
import { columnLetters } from '../issues';
import { type Names, namesMatch } from '../names';

/** How a column's cells are read, and so which number format the shells give it. */
export type ColumnKind = 'text' | 'week' | 'date' | 'datetime' | 'percent' | 'number' | 'choice' | 'integer';

/** The number format of each kind of column, as Set up and init give it (null: the sheet's default). */
export const NUMBER_FORMATS = {
  text: null,
  week: 'yyyy-mm-dd',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0%',
  number: null,
  choice: null,
  integer: '0',
} as const satisfies { readonly [K in ColumnKind]: string | null };

/** Another tab's column, by keys. */
export interface ColumnRef {
  readonly tab: string;
  readonly key: string;
}

/** Where a column's dropdown takes its values: a fixed list, or the values of another tab's column. */
export type Dropdown = { readonly choices: readonly Choice[] } | { readonly column: ColumnRef };

export interface ColumnDef<K extends string = string> extends Names {
  readonly key: K;
  readonly kind: ColumnKind;
  /**
   * The tab cannot be read without this column's header (Week, Project, Metric, Start…): its absence is an error
   * naming it, and none of the tab's rows is read. Whether a cell may be blank is the row schema's to say.
   */
  readonly headerRequired: boolean;
  readonly dropdown?: Dropdown;
}

/**
 * A column Set up adds for the team to read, after the tab's own columns: one custom-function formula in row 2
 * fills the whole column. It is never parsed, and Start new week leaves it blank so the formula keeps filling it.
 */
export interface DerivedColumnDef<K extends string = string> extends Names {
  /** The row-2 formula, given the whole-column range (`F2:F`) of each of the tab's own columns by key. */
  readonly formula: (range: (key: K) => string) => string;
  readonly numberFormat?: string;
}

/**
 * What a workbook without the tab gets: `error` (the report cannot do without it: Projects), `error-beside-others`
 * (an error once the workbook has any tab, all defaults in an empty one: Settings), `warning` (an empty section),
 * `silent` (optional, or written by the tool: People, Reports).
 */
export type WhenMissing = 'error' | 'error-beside-others' | 'warning' | 'silent';

/**
 * Which sheet has the tab: a team's (the report's tabs), a center's (its list of teams, SPEC §13), or both
 * (Settings). A team's Set up never adds a center's tab, and a center's sheet never misses a team's.
 */
export type SheetKind = 'team' | 'center';

export interface TabDef<K extends string = string, C extends readonly ColumnDef[] = readonly ColumnDef[]>
  extends Names {
  readonly key: K;
  readonly whenMissing: WhenMissing;
  readonly usedBy: readonly SheetKind[];
  readonly columns: C;
  readonly derived: readonly DerivedColumnDef<C[number]['key']>[];
}

interface ColumnOptions {
  readonly headerRequired?: boolean;
  readonly dropdown?: Dropdown;
}

/** A column; its options keep their literal types, so a row schema can be held to a dropdown's choices. */
const column = <const K extends string, const O extends ColumnOptions = Record<never, never>>(
  key: K,
  zh: string,
  en: string,
  kind: ColumnKind,
  options: O = {} as O,
): ColumnDef<K> & O => ({ key, zh, en, kind, headerRequired: options.headerRequired ?? false, ...options });

const headerRequired = { headerRequired: true } as const;

const tab = <const K extends string, const C extends readonly ColumnDef[]>(
  key: K,
  names: Names & { readonly whenMissing: WhenMissing; readonly usedBy?: readonly SheetKind[] },
  columns: C,
  derived: readonly DerivedColumnDef<C[number]['key']>[] = [],
): TabDef<K, C> => ({ key, usedBy: ['team'], ...names, columns, derived });

export const TABS = [
  tab(
    'settings',
    { zh: '设置', en: 'Settings', whenMissing: 'error-beside-others', usedBy: ['team', 'center'] },
    [
      column('key', '项', 'Key', 'text', headerRequired),
      column('value', '值', 'Value', 'text', headerRequired),
    ],
  ),
  tab('highlights', { zh: '重点工作', en: 'Highlights', whenMissing: 'warning' }, [
    column('week', '周', 'Week', 'week', headerRequired),
    column('title', '事项', 'Title', 'text', headerRequired),
    column('no', '序号', 'No', 'integer'),
    column('content', '内容', 'Content', 'text', headerRequired),
  ]),
  tab('objectives', { zh: '目标', en: 'Objectives', whenMissing: 'warning' }, [
    column('code', '编号', 'Code', 'text', headerRequired),
    column('name', '名称', 'Name', 'text', headerRequired),
    column('order', '排序', 'Order', 'number'),
  ]),
  tab(
    'projects',
    { zh: '项目', en: 'Projects', whenMissing: 'error' },
    [
      column('week', '周', 'Week', 'week', headerRequired),
      column('objective', '目标', 'Objective', 'choice', {
        headerRequired: true,
        dropdown: { column: { tab: 'objectives', key: 'code' } },
      }),
      column('project', '项目', 'Project', 'text', headerRequired),
      column('no', '序号', 'No', 'integer'),
      column('status', '进展', 'Status', 'text'),
      column('progress', '进度', 'Progress', 'percent'),
      column('previous', '上周进度', 'Previous', 'percent'),
      column('due', '计划日期', 'Due', 'date'),
      column('owner', '负责人', 'Owner', 'text'),
      column('state', '状态', 'State', 'choice', { dropdown: { choices: PROJECT_STATES } }),
      column('asks', '需支持', 'Asks', 'text'),
    ],
    [
      {
        zh: '较上周',
        en: 'Change',
        formula: (range) => `=PROGRESS_DELTA(${range('progress')}, ${range('previous')})`,
        numberFormat: '+0%;-0%;0%',
      },
    ],
  ),
  tab(
    'metrics',
    { zh: '指标', en: 'Metrics', whenMissing: 'warning' },
    [
      column('week', '周', 'Week', 'week', headerRequired),
      column('group', '分组', 'Group', 'text'),
      column('metric', '指标', 'Metric', 'text', headerRequired),
      column('value', '数值', 'Value', 'number', headerRequired),
      column('target', '目标值', 'Target', 'number'),
      column('direction', '方向', 'Direction', 'choice', { dropdown: { choices: METRIC_DIRECTIONS } }),
    ],
    [
      {
        zh: '较上周',
        en: 'Change',
        formula: (range) => `=WEEK_DELTA(${range('metric')}, ${range('week')}, ${range('value')})`,
      },
      {
        zh: '达标',
        en: 'Status',
        formula: (range) => `=METRIC_STATUS(${range('value')}, ${range('target')}, ${range('direction')})`,
      },
    ],
  ),
  tab('incidents', { zh: '生产事件', en: 'Incidents', whenMissing: 'warning' }, [
    column('start', '开始时间', 'Start', 'datetime', headerRequired),
    column('detected', '发现方式', 'Detected', 'text'),
    column('summary', '事件', 'Summary', 'text', headerRequired),
    column('impact', '影响', 'Impact', 'text'),
    column('cause', '原因', 'Cause', 'text'),
    column('recovered', '恢复时间', 'Recovered', 'datetime'),
    column('level', '级别', 'Level', 'choice', { dropdown: { choices: INCIDENT_LEVELS } }),
    column('followUp', '后续措施', 'Follow-up', 'text'),
  ]),
  tab('notes', { zh: '总结', en: 'Notes', whenMissing: 'warning' }, [
    column('week', '周', 'Week', 'week', headerRequired),
    column('kind', '类型', 'Kind', 'choice', { headerRequired: true, dropdown: { choices: NOTE_KINDS } }),
    column('no', '序号', 'No', 'integer'),
    column('content', '内容', 'Content', 'text', headerRequired),
  ]),
  tab('daily', { zh: '日报', en: 'Daily', whenMissing: 'warning' }, [
    column('date', '日期', 'Date', 'date', headerRequired),
    column('author', '姓名', 'Author', 'text', headerRequired),
    column('content', '内容', 'Content', 'text', headerRequired),
  ]),
  // Who an Owner is, for reminders (SPEC §11); an Owner that is itself an email needs no row.
  tab('people', { zh: '人员', en: 'People', whenMissing: 'silent' }, [
    column('name', '姓名', 'Name', 'text', headerRequired),
    column('email', '邮箱', 'Email', 'text'),
  ]),
  tab('reports', { zh: '报告', en: 'Reports', whenMissing: 'silent' }, [
    column('week', '周', 'Week', 'week', headerRequired),
    column('doc', '文档', 'Doc', 'text', headerRequired),
    column('generated', '生成时间', 'Generated', 'datetime'),
    column('by', '生成人', 'By', 'text'),
    column('revision', '版本', 'Revision', 'integer'),
  ]),
  // A center's teams (SPEC §13): each team's sheet, read but never written.
  tab('teams', { zh: '团队', en: 'Teams', whenMissing: 'error', usedBy: ['center'] }, [
    column('team', '团队', 'Team', 'text', headerRequired),
    column('sheet', '表格', 'Sheet', 'text', headerRequired),
    column('lead', '负责人', 'Lead', 'text'),
    column('email', '邮箱', 'Email', 'text'),
  ]),
] as const;

type TabsByKey = { readonly [T in (typeof TABS)[number] as T['key']]: T };
export type TabKey = keyof TabsByKey;
/** The declaration of tab `T`, with its column keys as literal types. */
export type TabOf<T extends TabKey> = TabsByKey[T];
/** The column keys of tab `T`: `ColumnKey<'projects'>` = `'week' | 'objective' | …`. */
export type ColumnKey<T extends TabKey> = TabOf<T>['columns'][number]['key'];

/** Settings keys (zh / en). */
export const SETTING_KEYS = {
  team: { zh: '团队', en: 'team' },
  teamName: { zh: '团队名称', en: 'team_name' },
  weekNumbering: { zh: '周编号', en: 'week_numbering' },
  language: { zh: '语言', en: 'language' },
  period: { zh: '报告周期', en: 'period' },
  timeZone: { zh: '时区', en: 'timezone' },
  folder: { zh: '文件夹', en: 'folder' },
  recipients: { zh: '收件人', en: 'recipients' },
  incidentMetric: { zh: '事故指标', en: 'incident_metric' },
  summary: { zh: '概览', en: 'summary' },
  showCompleteness: { zh: '显示完成度', en: 'show_completeness' },
  reminderTime: { zh: '提醒时间', en: 'reminder_time' },
  chartWeeks: { zh: '趋势周数', en: 'chart_weeks' },
  maxMailsPerRun: { zh: '每次最多邮件', en: 'max_mails_per_run' },
} as const;

/** The tabs a kind of sheet has, in TABS order (what Set up and init create, and what a reader looks for). */
export const tabsFor = (kind: SheetKind): readonly TabDef[] =>
  TABS.filter((tab) => tab.usedBy.includes(kind));

export const tabDef = <T extends TabKey>(key: T): TabOf<T> => TABS.find((t) => t.key === key) as TabOf<T>;

/** The tab and column a reference names; a reference to nothing is a programming error in TABS. */
export function referencedColumn(ref: ColumnRef): { readonly tab: TabDef; readonly column: ColumnDef } {
  const tab: TabDef | undefined = TABS.find((t) => t.key === ref.tab);
  const column = tab?.columns.find((c) => c.key === ref.key);
  if (!tab || !column) throw new Error(`TABS: no column ${ref.tab}.${ref.key}`);
  return { tab, column };
}

/** A derived column's row-2 formula for a tab laid out in its own column order (as Set up and init create it). */
export function derivedFormula<C extends string>(
  def: TabDef<string, readonly ColumnDef<C>[]>,
  derived: DerivedColumnDef<C>,
): string {
  return derived.formula((key) => {
    const letter = columnLetters(def.columns.findIndex((c) => c.key === key));
    return `${letter}2:${letter}`;
  });
}

/** Whether a tab name is one of SPEC §2's tabs, in either language. */
export const isKnownTab = (name: string): boolean => TABS.some((tab) => namesMatch(name, tab));

/** Whether a header names one of the tab's derived columns (either language). */
export const isDerivedHeader = (def: TabDef, header: unknown): boolean =>
  def.derived.some((derived) => namesMatch(header, derived));
