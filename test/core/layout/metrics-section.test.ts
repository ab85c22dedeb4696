// 【系统运行数据】: metric groups, week-over-week deltas, missed targets and the derived incident count.
import { layoutReport } from '../../../src/core/layout/report-document';
import type { MetricGroup, ReportModel } from '../../../src/core/model/report-model';
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

  it('writes a fall with a minus sign and no change without a sign', () => {
    const fell = percentMetric('出金有效成功率', '99.962%', { previousValue: 0.9998 });
    const same = percentMetric('入金有效成功率', '99.997%', { previousValue: 0.99997 });
    expect(metricLines({ metricGroups: [{ name: '支付成功率', metrics: [fell, same] }] })).toEqual([
      '支付成功率：',
      '- 出金有效成功率：99.962%（较上周 -0.018pp）',
      '- 入金有效成功率：99.997%（较上周 0.000pp）',
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

  it('flags a metric that misses its target with the target as displayed', () => {
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
      '- 出金有效成功率：99.962%（未达标，目标 99.99%）',
      '- 入金有效成功率：99.997%',
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
      '- Payout success: 99.962% (+0.012pp vs last week) (missed, target 99.99%)',
      '- Incidents: 0 at level A/B, 1 at level C/D',
    ]);
  });
});
