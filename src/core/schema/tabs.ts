// The workbook layout of SPEC §2: every tab and column, by its Chinese and English name. The one place it is written.
import { columnLetters } from '../issues';

export type TabKey =
  | 'settings'
  | 'highlights'
  | 'objectives'
  | 'projects'
  | 'metrics'
  | 'incidents'
  | 'notes'
  | 'daily'
  | 'reports';

/** How a column's cells are read; the shells also use it for number formats and dropdowns. */
export type ColumnKind = 'text' | 'week' | 'date' | 'datetime' | 'percent' | 'number' | 'choice' | 'integer';

export interface Choice {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
}

export interface ColumnDef {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  /** Allowed values (either language) for `choice` columns; Objective codes come from the Objectives tab. */
  readonly choices?: readonly Choice[];
}

/**
 * A column Set up adds for the team to read, after the tab's own columns: one custom-function formula in row 2
 * fills the whole column. It is never parsed, and Start new week leaves it blank so the formula keeps filling it.
 */
export interface DerivedColumnDef {
  readonly zh: string;
  readonly en: string;
  /** The row-2 formula, given the whole-column range (`F2:F`) of each of the tab's own columns by key. */
  readonly formula: (range: (key: string) => string) => string;
  readonly numberFormat?: string;
}

export interface TabDef {
  readonly key: TabKey;
  readonly zh: string;
  readonly en: string;
  readonly columns: readonly ColumnDef[];
  readonly derived?: readonly DerivedColumnDef[];
}

const col = (
  key: string,
  zh: string,
  en: string,
  kind: ColumnKind,
  required = false,
  choices?: readonly Choice[],
) => ({ key, zh, en, kind, required, ...(choices ? { choices } : {}) }) as ColumnDef;

export const PROJECT_STATES: readonly Choice[] = [
  { key: 'active', zh: '进行中', en: 'active' },
  { key: 'done', zh: '已完成', en: 'done' },
  { key: 'delayed', zh: '延期', en: 'delayed' },
  { key: 'at-risk', zh: '风险', en: 'at-risk' },
  { key: 'paused', zh: '暂停', en: 'paused' },
];

export const INCIDENT_LEVELS: readonly Choice[] = ['A', 'B', 'C', 'D'].map((l) => ({ key: l, zh: l, en: l }));

export const NOTE_KINDS: readonly Choice[] = [
  { key: 'reflection', zh: '收获与反思', en: 'reflection' },
  { key: 'next', zh: '下周工作', en: 'next' },
];

export const METRIC_DIRECTIONS: readonly Choice[] = [
  { key: 'higher', zh: '越高越好', en: 'higher' },
  { key: 'lower', zh: '越低越好', en: 'lower' },
];

export const TABS: readonly TabDef[] = [
  {
    key: 'settings',
    zh: '设置',
    en: 'Settings',
    columns: [col('key', '项', 'Key', 'text', true), col('value', '值', 'Value', 'text', true)],
  },
  {
    key: 'highlights',
    zh: '重点工作',
    en: 'Highlights',
    columns: [
      col('week', '周', 'Week', 'week', true),
      col('title', '事项', 'Title', 'text', true),
      col('no', '序号', 'No', 'integer'),
      col('content', '内容', 'Content', 'text', true),
    ],
  },
  {
    key: 'objectives',
    zh: '目标',
    en: 'Objectives',
    columns: [
      col('code', '编号', 'Code', 'text', true),
      col('name', '名称', 'Name', 'text', true),
      col('order', '排序', 'Order', 'number'),
    ],
  },
  {
    key: 'projects',
    zh: '项目',
    en: 'Projects',
    columns: [
      col('week', '周', 'Week', 'week', true),
      col('objective', '目标', 'Objective', 'choice', true),
      col('project', '项目', 'Project', 'text', true),
      col('no', '序号', 'No', 'integer'),
      col('status', '进展', 'Status', 'text'),
      col('progress', '进度', 'Progress', 'percent'),
      col('previous', '上周进度', 'Previous', 'percent'),
      col('due', '计划日期', 'Due', 'date'),
      col('owner', '负责人', 'Owner', 'text'),
      col('state', '状态', 'State', 'choice', false, PROJECT_STATES),
    ],
    derived: [
      {
        zh: '较上周',
        en: 'Change',
        formula: (range) => `=PROGRESS_DELTA(${range('progress')}, ${range('previous')})`,
        numberFormat: '+0%;-0%;0%',
      },
    ],
  },
  {
    key: 'metrics',
    zh: '指标',
    en: 'Metrics',
    columns: [
      col('week', '周', 'Week', 'week', true),
      col('group', '分组', 'Group', 'text'),
      col('metric', '指标', 'Metric', 'text', true),
      col('value', '数值', 'Value', 'number', true),
      col('target', '目标值', 'Target', 'number'),
      col('direction', '方向', 'Direction', 'choice', false, METRIC_DIRECTIONS),
    ],
    derived: [
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
  },
  {
    key: 'incidents',
    zh: '生产事件',
    en: 'Incidents',
    columns: [
      col('start', '开始时间', 'Start', 'datetime', true),
      col('detected', '发现方式', 'Detected', 'text'),
      col('summary', '事件', 'Summary', 'text', true),
      col('impact', '影响', 'Impact', 'text'),
      col('cause', '原因', 'Cause', 'text'),
      col('recovered', '恢复时间', 'Recovered', 'datetime'),
      col('level', '级别', 'Level', 'choice', false, INCIDENT_LEVELS),
      col('followUp', '后续措施', 'Follow-up', 'text'),
    ],
  },
  {
    key: 'notes',
    zh: '总结',
    en: 'Notes',
    columns: [
      col('week', '周', 'Week', 'week', true),
      col('kind', '类型', 'Kind', 'choice', true, NOTE_KINDS),
      col('no', '序号', 'No', 'integer'),
      col('content', '内容', 'Content', 'text', true),
    ],
  },
  {
    key: 'daily',
    zh: '日报',
    en: 'Daily',
    columns: [
      col('date', '日期', 'Date', 'date', true),
      col('author', '姓名', 'Author', 'text', true),
      col('content', '内容', 'Content', 'text', true),
    ],
  },
  {
    key: 'reports',
    zh: '报告',
    en: 'Reports',
    columns: [
      col('week', '周', 'Week', 'week', true),
      col('doc', '文档', 'Doc', 'text', true),
      col('generated', '生成时间', 'Generated', 'datetime'),
      col('by', '生成人', 'By', 'text'),
      col('revision', '版本', 'Revision', 'integer'),
    ],
  },
];

/** Settings keys (zh / en). */
export const SETTING_KEYS = {
  team: { zh: '团队', en: 'team' },
  weekNumbering: { zh: '周编号', en: 'week_numbering' },
  language: { zh: '语言', en: 'language' },
  period: { zh: '报告周期', en: 'period' },
  timeZone: { zh: '时区', en: 'timezone' },
  folder: { zh: '文件夹', en: 'folder' },
  recipients: { zh: '收件人', en: 'recipients' },
  incidentMetric: { zh: '事故指标', en: 'incident_metric' },
} as const;

/** Header and tab names match case- and space-insensitively (full-width spaces too). */
export const normaliseName = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** A derived column's row-2 formula for a tab laid out in its own column order (as Set up and init create it). */
export function derivedFormula(tab: TabDef, derived: DerivedColumnDef): string {
  return derived.formula((key) => {
    const letter = columnLetters(tab.columns.findIndex((c) => c.key === key));
    return `${letter}2:${letter}`;
  });
}

/** Whether a tab name or header names a tab or column, in either language (case- and space-insensitive). */
export const namesMatch = (text: unknown, names: { readonly zh: string; readonly en: string }): boolean =>
  typeof text === 'string' && [names.zh, names.en].some((n) => normaliseName(n) === normaliseName(text));

/** Whether a header names one of the tab's derived columns (either language). */
export const isDerivedHeader = (tab: TabDef, header: unknown): boolean =>
  (tab.derived ?? []).some((derived) => namesMatch(header, derived));

export const tabDef = (key: TabKey): TabDef => {
  const def = TABS.find((t) => t.key === key);
  if (!def) throw new Error(`unknown tab ${key}`);
  return def;
};
