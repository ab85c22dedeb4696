// Synthetic workbooks of a given size (weeks of history × projects), in the §2 layout, for the benchmark.
import { addDays } from '../src/core/dates';
import { TABS, type TabKey } from '../src/core/schema/tabs';

export interface WorkbookSize {
  readonly weeks: number;
  readonly projects: number;
}

export interface SyntheticSheet {
  readonly name: string;
  readonly values: unknown[][];
  readonly displays: string[][];
}

const FIRST_MONDAY = '2023-01-02';
const OBJECTIVES = ['O1', 'O2', 'O3'];
const METRICS_PER_WEEK = 20;
const INCIDENTS_PER_WEEK = 5;
const DAILY_PER_WEEK = 35;

const headers = (key: TabKey): string[] => (TABS.find((t) => t.key === key)?.columns ?? []).map((c) => c.zh);
const tabName = (key: TabKey): string => TABS.find((t) => t.key === key)?.zh ?? key;

/** A Date whose UTC fields are the wall-clock time, as exceljs hands out .xlsx dates. */
const wallDate = (day: string, hour = 0, minute = 0): Date =>
  new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10), hour, minute));

function sheet(
  key: TabKey,
  rows: unknown[][],
  display: (value: unknown, column: number) => string,
): SyntheticSheet {
  const values = [headers(key), ...rows];
  return { name: tabName(key), values, displays: values.map((row) => row.map((v, c) => display(v, c))) };
}

const plain = (value: unknown): string =>
  Object.prototype.toString.call(value) === '[object Date]'
    ? (value as Date).toISOString().slice(0, 16).replace('T', ' ').replace(' 00:00', '')
    : value === null || value === undefined
      ? ''
      : String(value);

const percent = (value: unknown): string =>
  typeof value === 'number' ? `${(value * 100).toFixed(3)}%` : plain(value);

/** Every tab filled for `weeks` weeks of `projects` projects, with metrics, incidents and daily entries. */
export function syntheticWorkbook(size: WorkbookSize): SyntheticSheet[] {
  const mondays = Array.from({ length: size.weeks }, (_, w) => addDays(FIRST_MONDAY, 7 * w));
  const projects: unknown[][] = [];
  const metrics: unknown[][] = [];
  const incidents: unknown[][] = [];
  const daily: unknown[][] = [];
  const highlights: unknown[][] = [];
  mondays.forEach((monday, w) => {
    const week = wallDate(monday);
    for (let p = 0; p < size.projects; p++) {
      const progress = Math.min(1, ((w + p) % 20) / 20);
      projects.push([
        week,
        OBJECTIVES[p % 3],
        `项目${p}`,
        null,
        `第${w}周进展：模块${p}联调`,
        progress,
        null,
        null,
        `负责人${p % 17}`,
        '进行中',
      ]);
    }
    for (let m = 0; m < METRICS_PER_WEEK; m++) {
      metrics.push([week, `分组${m % 4}`, `指标${m}`, 0.99 + ((w + m) % 10) / 1000, 0.99, 'higher']);
    }
    for (let i = 0; i < INCIDENTS_PER_WEEK; i++) {
      const day = addDays(monday, i);
      incidents.push([
        wallDate(day, 10, i),
        '监控发现',
        `事件${w}-${i}`,
        '影响部分交易',
        '配置错误',
        wallDate(day, 10, i + 30),
        'CD'[i % 2],
        '复盘',
      ]);
    }
    for (let d = 0; d < DAILY_PER_WEEK; d++)
      daily.push([wallDate(addDays(monday, d % 7)), `成员${d % 5}`, `日报${w}-${d}`]);
    for (let h = 0; h < 4; h++) highlights.push([week, `重点${h}`, null, `第${w}周重点工作${h}`]);
  });
  return [
    sheet('settings', [['团队', '基准中心']], plain),
    sheet(
      'objectives',
      OBJECTIVES.map((code, i) => [code, `目标${i + 1}`, i + 1]),
      plain,
    ),
    sheet('highlights', highlights, plain),
    sheet('projects', projects, (v, c) => (c === 5 || c === 6 ? percent(v) : plain(v))),
    sheet('metrics', metrics, (v, c) => (c === 3 || c === 4 ? percent(v) : plain(v))),
    sheet('incidents', incidents, plain),
    sheet('daily', daily, plain),
  ];
}

export const rowCount = (sheets: readonly SyntheticSheet[]): number =>
  sheets.reduce((sum, s) => sum + s.values.length - 1, 0);
