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
    const series = options.series as Record<number, { lineDashStyle?: number[]; color: string }>;
    expect(Object.keys(series).filter((i) => series[Number(i)].lineDashStyle)).toEqual(['2']);
    expect(series[2]).toMatchObject({ lineDashStyle: [6, 4], lineWidth: 1, pointSize: 0 });
    // The target in its metric's colour; every metric with a point on each known week.
    expect(series[2].color).toBe(series[0].color);
    expect([series[0], series[1]]).toEqual([
      expect.objectContaining({ pointSize: 5 }),
      expect.objectContaining({ pointSize: 5 }),
    ]);
    expect(options.vAxis).toMatchObject({ format: '0.00"%"' });
    expect(options.title).toBe('支付成功率');
    expect(options.interpolateNulls).toBe(false);
  });

  /** The vertical window and tick count Sheets is told: min, max, gridlines. */
  const axisOf = (block: ChartBlock) => {
    const vAxis = Object.fromEntries(trendsSheet([block], 'zh').charts[0].options).vAxis as {
      viewWindowMode: string;
      viewWindow: { min: number; max: number };
      gridlines: { count: number };
    };
    expect(vAxis.viewWindowMode).toBe('explicit');
    return { ...vAxis.viewWindow, ticks: vAxis.gridlines.count };
  };

  it('gives a 0.001 pp wobble a small step, not the full height: the span is ≥ 10× the spread, ≥ 4 ticks', () => {
    const wobble = chart(
      '系统可用性',
      [{ name: '可用性', values: [99.997, 99.998, 99.998], target: null, targetLabel: null }],
      3,
    );
    const axis = axisOf({ ...wobble, decimals: 3 });
    expect(axis.max - axis.min).toBeGreaterThanOrEqual(10 * 0.001 - 1e-9);
    expect(axis.ticks).toBeGreaterThanOrEqual(4);
    expect(axis.max).toBeLessThanOrEqual(100);
    expect(axis.min).toBeLessThan(99.997);
  });

  it('includes every target, never on the x axis, and stops a percent axis at 100%', () => {
    const axis = axisOf(
      chart(
        '支付成功率',
        [{ name: '一次', values: [99.28], target: 99.5, targetLabel: '一次 目标 99.5%' }],
        1,
      ),
    );
    expect(axis.min).toBeLessThan(99.28);
    expect(axis.max).toBeGreaterThan(99.5);
    expect(axis.max).toBeLessThanOrEqual(100);
    expect(axis.ticks).toBeGreaterThanOrEqual(4);
    const low = axisOf(
      chart(
        '支付成功率',
        [{ name: '一次', values: [99.6, 99.7], target: 99.5, targetLabel: '一次 目标 99.5%' }],
        2,
      ),
    );
    expect(low.min).toBeLessThan(99.5);
  });

  it('starts a count at 0 rather than stretching it tenfold', () => {
    const counts = {
      ...chart('事件', [{ name: '事故数', values: [0, 3, 5], target: null, targetLabel: null }]),
    };
    const axis = axisOf({ ...counts, percent: false, decimals: 0 });
    expect(axis).toMatchObject({ min: 0 });
    expect(axis.max).toBeGreaterThanOrEqual(5);
    expect(axis.max).toBeLessThanOrEqual(10);
  });

  it('draws two targets of equal value as one line in a colour of neither metric, named after both', () => {
    const twin = chart('支付成功率', [
      { name: '入金', values: [99.99, 99.995, 99.997], target: 99.99, targetLabel: '入金、出金 目标 99.99%' },
      { name: '出金', values: [99.96, 99.961, 99.962], target: 99.99, targetLabel: '入金、出金 目标 99.99%' },
    ]);
    const { values, charts } = trendsSheet([twin], 'zh');
    expect(values[0]).toEqual(['周', '入金', '出金', '入金、出金 目标 99.99%']);
    const series = Object.fromEntries(charts[0].options).series as Record<number, { color: string }>;
    expect(Object.keys(series)).toEqual(['0', '1', '2']);
    expect(series[2].color).not.toBe(series[0].color);
    expect(series[2].color).not.toBe(series[1].color);
  });

  it('draws a target over a single week as a point, since it cannot be a line', () => {
    const lone = chart('支付成功率', [{ name: '一次', values: [99.28], target: 99.5, targetLabel: 't' }], 1);
    const series = Object.fromEntries(trendsSheet([lone], 'zh').charts[0].options).series as Record<
      number,
      { pointSize: number }
    >;
    expect(series[1].pointSize).toBeGreaterThan(0);
  });

  it('has nothing to write without charts', () => {
    expect(trendsSheet([], 'zh')).toEqual({ values: [], charts: [] });
  });
});
