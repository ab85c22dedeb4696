// Hand-built ReportModels for layout tests: sensible defaults for the week of 2023-11-13, overridable per part.

import type { Language } from '../../../src/core/language';
import type {
  IncidentLine,
  MetricLine,
  ProjectLine,
  ReportModel,
} from '../../../src/core/model/report-model';
import type { Settings } from '../../../src/core/schema/settings';

const SETTINGS: Settings = {
  team: '支付中心',
  teamName: '支付中心',
  weekNumbering: 'iso',
  language: 'zh',
  period: 'previous-week',
  timeZone: 'Asia/Shanghai',
  folder: '支付中心 周报',
  recipients: [],
  incidentMetric: true,
  summary: true,
  chartWeeks: 12,
  showCompleteness: false,
  reminderTime: null,
  maxMailsPerRun: 50,
};

/** An empty report (no section has content) for `language`, with `parts` laid over it. */
export function reportModel(parts: Partial<ReportModel> = {}, language: Language = 'zh'): ReportModel {
  return {
    settings: { ...SETTINGS, language },
    week: { monday: '2023-11-13', number: 46, start: '2023-11-06', end: '2023-11-12' },
    summary: null,
    generatedAt: '2026-11-25T15:30',
    highlights: [],
    metricGroups: [],
    trends: [],
    incidentCounts: null,
    objectives: [],
    incidents: [],
    reflections: [],
    nextWeek: [],
    daily: [],
    ...parts,
  };
}

export const project = (name: string, parts: Partial<ProjectLine> = {}): ProjectLine => ({
  project: name,
  status: '',
  progress: null,
  previous: null,
  due: null,
  owner: '',
  state: 'active',
  points: [],
  ...parts,
});

/** A percent metric shown with the decimals of `display` (`99.997%` → 3). */
export const percentMetric = (
  name: string,
  display: string,
  parts: Partial<MetricLine> = {},
): MetricLine => ({
  name,
  display,
  value: Number(display.replace('%', '')) / 100,
  isPercent: true,
  decimals: (display.replace('%', '').split('.')[1] ?? '').length,
  previousValue: null,
  target: null,
  targetDisplay: null,
  direction: 'higher',
  status: null,
  ...parts,
});

export const incident = (parts: Partial<IncidentLine> = {}): IncidentLine => ({
  start: '2023-11-12T18:42',
  detected: '',
  summary: '履约合同生成异常',
  impact: '',
  cause: '',
  recovered: null,
  level: null,
  durationMinutes: null,
  followUp: '',
  ...parts,
});
