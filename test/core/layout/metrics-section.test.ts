// 【系统运行数据】: metric groups, week-over-week deltas, missed targets and the derived incident count.

import { chartFileNames } from '../../../src/core/layout/chart-block';
import type { ChartBlock } from '../../../src/core/layout/document';
import { layoutReport } from '../../../src/core/layout/report-document';
import type { MetricGroup, MetricTrend, ReportModel } from '../../../src/core/model/report-model';
import { percentMetric, reportModel } from './model-builder';
import { sectionLines } from './outline';

const successRates: MetricGroup = {
  name: '支付成功率',
  metrics: [percentMetric('入金有效成功率', '99.997%'), percentMetric('一次支付成功率', '99.2826%')],
};
const availability: MetricGroup = {
  name: '系统可用性',
  metrics: [percentMetric('支付系统年度可用性', '99.998%')],
};

const metricLines = (parts: Partial<ReportModel>, language: 'zh' | 'en' = 'zh'): string[] =>
  sectionLines(
    layoutReport(reportModel(parts, language)),
    language === 'zh' ? '【系统运行数据】' : 'System metrics',
  );

describe('System metrics section', () => {
  it('writes a `{Group}：` line per group, then a bullet per metric with its value as displayed', () => {
    expect(metricLines({ metricGroups: [successRates] })).toEqual([
      '支付成功率：',
      '- 入金有效成功率：99.997%',
      '- 一次支付成功率：99.2826%',
    ]);
  });

  it('adds the week-over-week change in points at the display’s decimals', () => {
    const metric = percentMetric('入金有效成功率', '99.997%', { previousValue: 0.99996 });
    expect(metricLines({ metricGroups: [{ name: '支付成功率', metrics: [metric] }] })).toContain(
      '- 入金有效成功率：99.997%（较上周 +0.001pp）',
    );
  });

  it('writes a fall with a minus sign and no change as 持平, never 0.000pp', () => {
    const fell = percentMetric('出金有效成功率', '99.962%', { previousValue: 0.9998 });
    const same = percentMetric('入金有效成功率', '99.997%', { previousValue: 0.99997 });
    expect(metricLines({ metricGroups: [{ name: '支付成功率', metrics: [fell, same] }] })).toEqual([
      '支付成功率：',
      '- 出金有效成功率：99.962%（较上周 -0.018pp）',
      '- 入金有效成功率：99.997%（较上周持平）',
    ]);
  });

  it('writes a plain difference for a metric that is not a percent', () => {
    const score = {
      ...percentMetric('健康分', '664'),
      value: 664,
      isPercent: false,
      decimals: 0,
      previousValue: 654,
    };
    expect(metricLines({ metricGroups: [{ name: '稳定性', metrics: [score] }] })).toContain(
      '- 健康分：664（较上周 +10）',
    );
  });

  it('flags a metric that misses its target with the target at the value’s decimals', () => {
    const missed = percentMetric('出金有效成功率', '99.962%', {
      target: 0.9999,
      targetDisplay: '99.99%',
      status: 'missed',
    });
    const met = percentMetric('入金有效成功率', '99.997%', {
      target: 0.9999,
      targetDisplay: '99.99%',
      status: 'met',
    });
    expect(metricLines({ metricGroups: [{ name: '支付成功率', metrics: [missed, met] }] })).toEqual([
      '支付成功率：',
      '- 出金有效成功率：99.962%（未达标，目标 99.990%）',
      '- 入金有效成功率：99.997%',
    ]);
  });

  it('says a change of zero as unchanged in English, never 0.000pp', () => {
    const same = percentMetric('Payin success', '99.997%', { previousValue: 0.99997 });
    const score = {
      ...percentMetric('Health score', '664'),
      value: 664,
      isPercent: false,
      decimals: 0,
      previousValue: 664,
    };
    expect(metricLines({ metricGroups: [{ name: '', metrics: [same, score] }] }, 'en')).toEqual([
      '- Payin success: 99.997% (unchanged from last week)',
      '- Health score: 664 (unchanged from last week)',
    ]);
    expect(metricLines({ metricGroups: [{ name: '', metrics: [score] }] })).toEqual([
      '- Health score：664（较上周持平）',
    ]);
  });

  it('puts the change and the missed target in one bracket, never two in a row', () => {
    const missed = percentMetric('一次支付成功率', '99.9500%', {
      previousValue: 0.99995,
      target: 0.9996,
      targetDisplay: '99.96%',
      status: 'missed',
    });
    const lines = metricLines({ metricGroups: [{ name: '', metrics: [missed] }] });
    expect(lines).toEqual(['- 一次支付成功率：99.9500%（较上周 -0.0450pp；未达标，目标 99.9600%）']);
    expect(lines.join('')).not.toMatch(/）（|\) \(/);
  });

  it('writes a Target at its metric’s decimals and unit, keeping digits the Target has beyond them', () => {
    const target = (display: string, value: number, targetDisplay: string, decimals: number) => ({
      ...percentMetric('m', display),
      value,
      isPercent: display.endsWith('%'),
      decimals,
      target: display.endsWith('%') ? value : 200,
      targetDisplay,
      status: 'missed' as const,
    });
    const lines = metricLines({
      metricGroups: [
        {
          name: '',
          metrics: [
            { ...target('99.9500%', 0.9995, '99.96%', 4), target: 0.9996 },
            { ...target('99.99%', 0.9999, '99.995%', 2), target: 0.99995 },
            { ...target('220 ms', 220, '200', 0) },
            { ...target('1,220.5 ms', 1220.5, '1000', 1), target: 1000 },
          ],
        },
      ],
    });
    expect(lines).toEqual([
      '- m：99.9500%（未达标，目标 99.9600%）',
      '- m：99.99%（未达标，目标 99.995%）',
      '- m：220 ms（未达标，目标 200 ms）',
      '- m：1,220.5 ms（未达标，目标 1,000.0 ms）',
    ]);
  });

  it('puts the derived incident count under the 系统可用性 group', () => {
    expect(
      metricLines({ metricGroups: [availability, successRates], incidentCounts: { ab: 0, cd: 1 } }),
    ).toEqual([
      '系统可用性：',
      '- 支付系统年度可用性：99.998%',
      '- 事故数AB级0次，CD级1次',
      '支付成功率：',
      '- 入金有效成功率：99.997%',
      '- 一次支付成功率：99.2826%',
    ]);
  });

  it('gives the incident count its own 系统可用性 group when the sheet has none', () => {
    expect(metricLines({ metricGroups: [successRates], incidentCounts: { ab: 2, cd: 0 } }).slice(-2)).toEqual(
      ['系统可用性：', '- 事故数AB级2次，CD级0次'],
    );
  });

  it('shows the section for the incident count alone, and omits it when there is nothing at all', () => {
    expect(metricLines({ incidentCounts: { ab: 0, cd: 0 } })).toEqual([
      '系统可用性：',
      '- 事故数AB级0次，CD级0次',
    ]);
    expect(metricLines({ metricGroups: [] })).toEqual([]);
  });

  it('translates the fixed words in en and recognises an `Availability` group', () => {
    const missed = percentMetric('Payout success', '99.962%', {
      previousValue: 0.9995,
      target: 0.9999,
      targetDisplay: '99.99%',
      status: 'missed',
    });
    const groups = [{ name: 'availability', metrics: [missed] }];
    expect(metricLines({ metricGroups: groups, incidentCounts: { ab: 0, cd: 1 } }, 'en')).toEqual([
      'availability:',
      '- Payout success: 99.962% (+0.012pp vs last week; missed, target 99.990%)',
      '- Incidents: 0 at level A/B, 1 at level C/D',
    ]);
  });
});

describe('Trend charts in the system metrics section', () => {
  const trend = (group: string, parts: Partial<MetricTrend> = {}): MetricTrend => ({
    group,
    weeks: [
      { monday: '2023-10-30', number: 44 },
      { monday: '2023-11-06', number: 45 },
      { monday: '2023-11-13', number: 46 },
    ],
    isPercent: true,
    decimals: 3,
    series: [
      { name: '入金有效成功率', values: [99.995, null, 99.997], target: 99.99, targetDisplay: '99.99%' },
      { name: '出金有效成功率', values: [99.96, 99.961, 99.962], target: null, targetDisplay: null },
    ],
    ...parts,
  });
  const chartsOf = (parts: Partial<ReportModel>, language: 'zh' | 'en' = 'zh'): ChartBlock[] =>
    layoutReport(reportModel(parts, language)).blocks.filter((b): b is ChartBlock => b.kind === 'chart');

  it('puts each group’s chart under its bullets, the incident count included', () => {
    const lines = metricLines({
      metricGroups: [successRates, availability],
      trends: [trend('支付成功率'), trend('系统可用性')],
      incidentCounts: { ab: 0, cd: 1 },
    });
    expect(lines).toEqual([
      '支付成功率：',
      '- 入金有效成功率：99.997%',
      '- 一次支付成功率：99.2826%',
      '[chart 支付成功率: 入金有效成功率, 出金有效成功率]',
      '系统可用性：',
      '- 支付系统年度可用性：99.998%',
      '- 事故数AB级0次，CD级1次',
      '[chart 系统可用性: 入金有效成功率, 出金有效成功率]',
    ]);
  });

  // The group as the report has it when its trend's 入金有效成功率 has a Target of 99.99%.
  const targeted: MetricGroup = {
    name: '支付成功率',
    metrics: [
      percentMetric('入金有效成功率', '99.997%', { target: 0.9999, targetDisplay: '99.99%', status: 'met' }),
      successRates.metrics[1],
    ],
  };

  it('carries the data: week labels as the report numbers weeks, gaps, percent flag, target with its label', () => {
    expect(chartsOf({ metricGroups: [targeted], trends: [trend('支付成功率')] })).toEqual([
      {
        kind: 'chart',
        title: '支付成功率',
        file: '支付成功率.png',
        xLabels: ['第44周', '第45周', '第46周'],
        percent: true,
        decimals: 3,
        series: [
          {
            name: '入金有效成功率',
            values: [99.995, null, 99.997],
            target: 99.99,
            // The Target as the metric's line words it (at the value's three decimals), not as typed.
            targetLabel: '入金有效成功率 目标 99.990%',
          },
          { name: '出金有效成功率', values: [99.96, 99.961, 99.962], target: null, targetLabel: null },
        ],
      },
    ]);
  });

  it('translates labels in en and names an unnamed group’s chart', () => {
    const [chart] = chartsOf(
      { metricGroups: [{ name: '', metrics: targeted.metrics }], trends: [trend('')] },
      'en',
    );
    expect([chart.title, chart.file, chart.xLabels[0], chart.series[0].targetLabel]).toEqual([
      'Metric trends',
      'Metric trends.png',
      'W44',
      '入金有效成功率 target 99.990%',
    ]);
  });

  it('has no chart for a group without a trend', () => {
    expect(chartsOf({ metricGroups: [successRates, availability], trends: [] })).toEqual([]);
  });
});

describe('Chart file names', () => {
  it('are safe on every file system and unique within a report, whatever the group is called', () => {
    const name = chartFileNames();
    expect(['支付成功率', 'a/b', 'a-b', 'A-B', '../..', ' .x. ', 'CON?'].map(name)).toEqual([
      '支付成功率.png',
      'a-b.png',
      'a-b-2.png',
      'A-B-3.png',
      '-.png',
      'x.png',
      'CON-.png',
    ]);
    expect(name('')).toBe('chart.png');
  });
});
