import type { ChartBlock } from '../../../src/core/layout/document';
import { trendsSheet } from '../../../src/core/render/sheets-chart';

const chart = (title: string, series: ChartBlock['series'], weeks = 3): ChartBlock => ({
  kind: 'chart',
  title,
  file: `${title}.png`,
  xLabels: Array.from({ length: weeks }, (_, i) => `第${44 + i}周`),
  percent: true,
  decimals: 2,
  series,
});

const success = chart('支付成功率', [
  { name: '入金', values: [99.9, null, 99.95], target: 99.9, targetLabel: '入金 目标 99.9%' },
  { name: '出金', values: [99.5, 99.6, 99.7], target: null, targetLabel: null },
]);
const uptime = chart('可用性', [{ name: 'API', values: [99.99, 99.98], target: null, targetLabel: null }], 2);

describe('trendsSheet', () => {
  it('writes a block per chart: week column, a column per metric, then its targets; gaps blank, not zero', () => {
    const { values, charts } = trendsSheet([success], 'zh');
    expect(values).toEqual([
      ['周', '入金', '出金', '入金 目标 99.9%'],
      ['第44周', 99.9, 99.5, 99.9],
      ['第45周', '', 99.6, 99.9],
      ['第46周', 99.95, 99.7, 99.9],
    ]);
    expect(charts[0]).toMatchObject({ row: 1, rows: 4, columns: 4 });
  });

  it('stacks blocks with a blank row between them in a rectangular grid, each chart over its own block', () => {
    const { values, charts } = trendsSheet([success, uptime], 'en');
    expect(values.every((row) => row.length === 4)).toBe(true);
    expect(values[4]).toEqual(['', '', '', '']);
    expect(values[5]).toEqual(['Week', 'API', '', '']);
    expect(charts.map((c) => [c.row, c.rows, c.columns])).toEqual([
      [1, 4, 4],
      [6, 3, 2],
    ]);
  });

  it('dashes exactly the target lines, which follow the metrics, and formats the axis at the chart decimals', () => {
    const options = Object.fromEntries(trendsSheet([success], 'zh').charts[0].options);
    expect(options.series).toEqual({ 2: { lineDashStyle: [6, 4], lineWidth: 1 } });
    expect(options.vAxis).toEqual({ format: '0.00"%"' });
    expect(options.title).toBe('支付成功率');
    expect(options.interpolateNulls).toBe(false);
  });

  it('has nothing to write without charts', () => {
    expect(trendsSheet([], 'zh')).toEqual({ values: [], charts: [] });
  });
});
