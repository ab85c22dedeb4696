// Synthetic workbooks of a given size (weeks of history × projects), in the §2 layout, for the benchmark.
import {
  addDays,
  type DateCells,
  instantOf,
  type SheetInput,
  TABS,
  type TabKey,
  type WorkbookInput,
} from '../src/core';

export interface WorkbookSize {
  readonly weeks: number;
  readonly projects: number;
}

/** A tab as written: values, what the sheet shows, and each column's number format (for the .xlsx). */
export interface SyntheticSheet extends SheetInput {
  readonly formats: readonly string[];
}

/** A cell before it is materialised: dates stay wall-clock until we know how the shell hands them out. */
type Cell = string | number | null | { readonly day: string; readonly time?: string };

/** The report week is the same at every size (the sample's Monday); larger sizes only add older history. */
export const LAST_MONDAY = '2023-11-13';
/** Wednesday of the report week, 15:30 in Shanghai: a generation moment after every row. */
export const NOW = new Date('2023-11-15T07:30:00Z');
export const TIME_ZONE = 'Asia/Shanghai';

const OBJECTIVES = ['O1', 'O2', 'O3'];
const METRICS_PER_WEEK = 20;
const INCIDENTS_PER_WEEK = 5;
const DAILY_PER_WEEK = 35;
const HIGHLIGHTS_PER_WEEK = 4;
/** Every tenth project carries numbered sub-points, as real rows do. */
const SUB_POINTS_EVERY = 10;

const PERCENT = '0.000%';
const DAY = 'yyyy-mm-dd';
const DAY_TIME = 'yyyy-mm-dd hh:mm';

const tabOf = (key: TabKey) => TABS.find((t) => t.key === key) ?? TABS[0];

/** Number format per column, from the column kinds of the schema. */
function formatsOf(key: TabKey): string[] {
  return tabOf(key).columns.map((c) => {
    if (c.kind === 'percent' || (key === 'metrics' && c.kind === 'number')) return PERCENT;
    if (c.kind === 'week' || c.kind === 'date') return DAY;
    return c.kind === 'datetime' ? DAY_TIME : '';
  });
}

interface Materialise {
  readonly dateCells: DateCells;
  readonly timeZone: string;
}

/** The Date a shell hands out for a wall-clock cell: an instant in the zone, or UTC fields = wall clock. */
function dateValue(day: string, time: string, how: Materialise): Date {
  if (how.dateCells === 'instant') return instantOf(`${day}T${time}`, how.timeZone);
  return new Date(`${day}T${time}:00Z`);
}

function cellValue(cell: Cell, how: Materialise): unknown {
  if (cell === null || typeof cell !== 'object') return cell;
  return dateValue(cell.day, cell.time ?? '00:00', how);
}

function displayOf(cell: Cell, format: string): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.time ? `${cell.day} ${cell.time}` : cell.day;
  if (typeof cell === 'number' && format === PERCENT) return `${(cell * 100).toFixed(3)}%`;
  return String(cell);
}

function sheet(key: TabKey, rows: readonly Cell[][], how: Materialise): SyntheticSheet {
  const formats = formatsOf(key);
  const header = tabOf(key).columns.map((c) => c.zh);
  return {
    name: tabOf(key).zh,
    formats,
    values: [header, ...rows.map((row) => row.map((cell) => cellValue(cell, how)))],
    displays: [header, ...rows.map((row) => row.map((cell, c) => displayOf(cell, formats[c])))],
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

function projectRows(monday: string, w: number, projects: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let p = 0; p < projects; p++) {
    const progress = Math.min(1, ((w + p) % 20) / 20);
    const state = p % 25 === 0 ? '延期' : p % 31 === 0 ? '风险' : '进行中';
    // Previous is left blank on most rows so the core looks up last week's row of the same project.
    const previous = p % 4 === 0 ? Math.max(0, progress - 0.05) : null;
    const due = p % 7 === 0 ? { day: addDays(monday, 14) } : p % 7 === 1 ? '12/1' : null;
    const row = [{ day: monday }, OBJECTIVES[p % 3], `项目${p}`, null];
    rows.push([...row, `第${w}周进展：模块${p}联调`, progress, previous, due, `负责人${p % 17}`, state]);
    if (p % SUB_POINTS_EVERY !== 0) continue;
    for (let no = 1; no <= 2; no++)
      rows.push([{ day: monday }, OBJECTIVES[p % 3], `项目${p}`, no, `子项${no}`]);
  }
  return rows;
}

function metricRows(monday: string, w: number): Cell[][] {
  return Array.from({ length: METRICS_PER_WEEK }, (_, m) => [
    { day: monday },
    `分组${m % 4}`,
    `指标${m}`,
    0.99 + ((w + m) % 10) / 1000,
    0.99,
    'higher',
  ]);
}

function incidentRows(monday: string, w: number): Cell[][] {
  return Array.from({ length: INCIDENTS_PER_WEEK }, (_, i) => {
    const day = addDays(monday, i);
    return [
      { day, time: `10:${two(i)}` },
      '监控发现',
      `事件${w}-${i}`,
      '影响部分交易',
      '配置错误',
      { day, time: `10:${two(i + 30)}` },
      'CD'[i % 2],
      '复盘',
    ];
  });
}

const dailyRows = (monday: string, w: number): Cell[][] =>
  Array.from({ length: DAILY_PER_WEEK }, (_, d) => [
    { day: addDays(monday, d % 7) },
    `成员${d % 5}`,
    `日报${w}-${d}`,
  ]);

const highlightRows = (monday: string, w: number): Cell[][] =>
  Array.from({ length: HIGHLIGHTS_PER_WEEK }, (_, h) => [
    { day: monday },
    `重点${h}`,
    null,
    `第${w}周重点工作${h}`,
  ]);

const noteRows = (monday: string, w: number): Cell[][] => [
  [{ day: monday }, '收获与反思', null, `第${w}周的反思`],
  [{ day: monday }, '下周工作', 1, `第${w + 1}周工作一`],
  [{ day: monday }, '下周工作', 2, `第${w + 1}周工作二`],
];

/**
 * Every tab filled for `weeks` weeks ending on LAST_MONDAY: `projects` projects, metrics, incidents, daily
 * entries, highlights and notes. Dates are materialised as the shell would hand them out (default: .xlsx).
 */
export function syntheticWorkbook(
  size: WorkbookSize,
  how: Materialise = { dateCells: 'wall-clock', timeZone: TIME_ZONE },
): SyntheticSheet[] {
  const rows: Record<'projects' | 'metrics' | 'incidents' | 'daily' | 'highlights' | 'notes', Cell[][]> = {
    projects: [],
    metrics: [],
    incidents: [],
    daily: [],
    highlights: [],
    notes: [],
  };
  for (let w = 0; w < size.weeks; w++) {
    const monday = addDays(LAST_MONDAY, 7 * (w - size.weeks + 1));
    rows.projects.push(...projectRows(monday, w, size.projects));
    rows.metrics.push(...metricRows(monday, w));
    rows.incidents.push(...incidentRows(monday, w));
    rows.daily.push(...dailyRows(monday, w));
    rows.highlights.push(...highlightRows(monday, w));
    rows.notes.push(...noteRows(monday, w));
  }
  const objectives = OBJECTIVES.map((code, i) => [code, `目标${i + 1}`, i + 1]);
  return [
    sheet('settings', [['团队', '基准中心']], how),
    sheet('objectives', objectives, how),
    ...(Object.keys(rows) as (keyof typeof rows)[]).map((key) => sheet(key, rows[key], how)),
  ];
}

/** The synthetic workbook as the core's input, dates as the shell `how` names hands them out. */
export const syntheticInput = (sheets: readonly SyntheticSheet[], how: Materialise): WorkbookInput => ({
  sheets,
  timeZone: how.timeZone,
  dateCells: how.dateCells,
});

/** Data rows (headers excluded) across every tab. */
export const rowCount = (sheets: readonly SheetInput[]): number =>
  sheets.reduce((sum, s) => sum + s.values.length - 1, 0);
