// Charts a leader reads in ten seconds (SPEC §14), checked on the PNG's pixels: the line spans the plot whatever the
// weeks of data, a 0.001 pp wobble is a small step, targets are visible and off the x axis, two equal targets are one
// line named after both, a metric known for one week that misses its Target is a point.
import type { MetricValue } from '../../src/core/cells/metric-value';
import { chartBlock } from '../../src/core/layout/chart-block';
import type { ChartBlock } from '../../src/core/layout/document';
import { metricGroups } from '../../src/core/model/metric-groups';
import { metricTrends } from '../../src/core/model/metric-trends';
import type { MetricRow } from '../../src/core/schema/metrics';
import type { Located } from '../../src/core/schema/rows';
import { chartPng, chartSvg, LABEL_FONT } from '../../src/node/chart-renderer';
import { type Box, colourBox, decodePng, hexColour, type Pixels } from './chart-png';

const MONDAY = '2023-11-13';
const BLUE = hexColour('#1f6fd1');
const ORANGE = hexColour('#e8710a');
const GRID = hexColour('#dbdee4');
const AXIS = hexColour('#54555a');
const SHARED = hexColour('#3c4043');

/** `99.997%` → a percent of 3 decimals; `664` → a plain number. */
function value(display: string): MetricValue {
  const isPercent = display.endsWith('%');
  const number = Number(display.replace('%', ''));
  const decimals = display.replace('%', '').split('.')[1]?.length ?? 0;
  return { display, value: isPercent ? Number((number / 100).toPrecision(12)) : number, isPercent, decimals };
}

let row = 1;
/** One metric's rows, the last on the report week, one week apart; `null` leaves a week out. */
const history = (
  name: string,
  shown: (string | null)[],
  target: string | null = null,
): Located<MetricRow>[] =>
  shown.flatMap((v, i) => {
    if (v === null) return [];
    const week = new Date(Date.parse(`${MONDAY}T00:00:00Z`) - 7 * 86_400_000 * (shown.length - 1 - i));
    return [
      {
        row: ++row,
        week: week.toISOString().slice(0, 10),
        group: '支付成功率',
        metric: name,
        value: value(v),
        target: target === null ? null : value(target),
        direction: 'higher' as const,
      },
    ];
  });

/** The chart the report would draw of these rows (Settings 趋势周数 12). */
function chartOf(rows: Located<MetricRow>[]): ChartBlock {
  const [trend] = metricTrends(rows, MONDAY, { chartWeeks: 12, weekNumbering: 'iso' });
  if (!trend) throw new Error('no chart for these rows');
  const { groups } = metricGroups(undefined, rows, MONDAY);
  return chartBlock(trend, groups[0].metrics, 'zh', (title) => `${title}.png`);
}

/** The longest run of a row's pixels within 8 per channel of a colour (gaps of 2 px bridged), and its count. */
function rowRun(image: Pixels, y: number, colour: readonly [number, number, number]) {
  let best = { count: 0, first: -1, last: -1 };
  let run = { count: 0, first: -1, last: -1 };
  for (let x = 0; x < image.width; x++) {
    const i = (y * image.width + x) * 4;
    const near =
      Math.abs(image.rgba[i] - colour[0]) <= 8 &&
      Math.abs(image.rgba[i + 1] - colour[1]) <= 8 &&
      Math.abs(image.rgba[i + 2] - colour[2]) <= 8;
    if (!near) continue;
    run =
      run.count > 0 && x - run.last <= 3
        ? { ...run, count: run.count + 1, last: x }
        : { count: 1, first: x, last: x };
    if (run.count > best.count) best = run;
  }
  return best;
}

/**
 * The plot: its gridlines are the rows mostly of the grid's grey (the top one is its top, and its ends are the
 * plot's sides); the x axis is the lowest row mostly of the axis colour.
 */
function plotOf(image: Pixels): Box {
  let plot: Box | undefined;
  for (let y = 0; y < image.height; y++) {
    const grid = rowRun(image, y, GRID);
    if (grid.count > image.width / 2 && !plot)
      plot = { x0: grid.first, x1: grid.last, y0: y, y1: y, count: 0 };
    if (plot && rowRun(image, y, AXIS).count > image.width / 2) plot.y1 = y;
  }
  if (!plot || plot.y1 === plot.y0) throw new Error('no plot found');
  return plot;
}

/** Where a colour is drawn inside the plot (the legend's signs above it left out). */
function drawn(image: Pixels, colour: readonly [number, number, number]): Box | undefined {
  const plot = plotOf(image);
  return colourBox(image, colour, { ...plot, x0: plot.x0 - 12, x1: plot.x1 + 12, y0: plot.y0 - 12 });
}

const picture = (chart: ChartBlock) => decodePng(chartPng(chart));

describe('A chart’s x axis', () => {
  const weeks = (n: number) => Array.from({ length: n }, (_, i) => `99.${90 + (i % 7)}%`);

  it.each([2, 3, 12])('spans the plot with %i weeks of data, however many weeks 趋势周数 allows', (n) => {
    const chart = chartOf(history('入金有效成功率', weeks(n)));
    expect(chart.xLabels).toHaveLength(n);
    const image = picture(chart);
    const plot = plotOf(image);
    const line = drawn(image, BLUE);
    expect(line).toBeDefined();
    expect(((line?.x1 ?? 0) - (line?.x0 ?? 0)) / (plot.x1 - plot.x0)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('A chart’s y axis', () => {
  it('draws a 0.001 pp wobble (99.997% → 99.998%) as a small step, not the full height', () => {
    const image = picture(
      chartOf(history('支付系统年度可用性', ['99.997%', '99.997%', ...Array(10).fill('99.998%')])),
    );
    const plot = plotOf(image);
    const line = drawn(image, BLUE);
    expect(line).toBeDefined();
    // The line's own height (its 4 px stroke and 12 px points included) is a small part of the plot's.
    expect(((line?.y1 ?? 0) - (line?.y0 ?? 0)) / (plot.y1 - plot.y0)).toBeLessThan(0.25);
  });

  it('shows at least 4 ticks', () => {
    const svg = chartSvg(chartOf(history('支付系统年度可用性', ['99.997%', '99.998%'])));
    const ticks = [...svg.matchAll(/<text\b[^>]*>(\d+(?:\.\d+)?%)<\/text>/g)].map((m) => m[1]);
    expect(new Set(ticks).size).toBeGreaterThanOrEqual(4);
  });

  it('puts a target below the values inside the plot, never on the x axis', () => {
    const image = picture(chartOf(history('入金有效成功率', ['99.6%', '99.7%', '99.65%'], '99.5%')));
    const plot = plotOf(image);
    const target = drawn(image, BLUE);
    // The lowest blue is the dashed target, well above the axis.
    expect(target).toBeDefined();
    expect(plot.y1 - (target?.y1 ?? plot.y1)).toBeGreaterThan(8);
  });
});

describe('Two targets of equal value', () => {
  const chart = chartOf([
    ...history('入金有效成功率', ['99.990%', '99.995%', '99.997%'], '99.99%'),
    ...history('出金有效成功率', ['99.960%', '99.961%', '99.962%'], '99.99%'),
  ]);

  it('are one dashed line in a colour of neither metric, its legend naming both', () => {
    expect(chart.series.map((s) => s.targetLabel)).toEqual([
      '入金有效成功率、出金有效成功率 目标 99.990%',
      '入金有效成功率、出金有效成功率 目标 99.990%',
    ]);
    const svg = chartSvg(chart);
    expect(svg.split('入金有效成功率、出金有效成功率 目标 99.990%')).toHaveLength(2);
    const image = picture(chart);
    const plot = plotOf(image);
    // Inside the plot (the axis labels' dark grey is near it), within a few levels of its colour.
    const line = colourBox(image, SHARED, { ...plot, y1: plot.y1 - 4 }, 6);
    expect(line).toBeDefined();
    expect(((line?.x1 ?? 0) - (line?.x0 ?? 0)) / (plot.x1 - plot.x0)).toBeGreaterThan(0.9);
    // One line: a few pixels tall, not two apart.
    expect((line?.y1 ?? 0) - (line?.y0 ?? 0)).toBeLessThan(8);
  });
});

describe('A metric known for one week only', () => {
  it('is shown as a point when it misses its Target, beside its target line', () => {
    const chart = chartOf(history('一次支付成功率', ['99.28%'], '99.5%'));
    expect(chart.xLabels).toHaveLength(1);
    const image = picture(chart);
    const plot = plotOf(image);
    const drawnBlue = drawn(image, BLUE);
    expect(drawnBlue).toBeDefined();
    // The target spans the plot; the point sits in its middle, below it.
    expect(((drawnBlue?.x1 ?? 0) - (drawnBlue?.x0 ?? 0)) / (plot.x1 - plot.x0)).toBeGreaterThan(0.9);
    const middle = Math.round((plot.x0 + plot.x1) / 2);
    const point = colourBox(image, BLUE, { x0: middle - 12, x1: middle + 12, y0: plot.y0, y1: plot.y1 });
    expect(point).toBeDefined();
    expect((point?.y1 ?? 0) - (point?.y0 ?? 0)).toBeGreaterThan(12);
  });

  it('shown with another metric’s history, is a point on the report week', () => {
    const chart = chartOf([
      ...history('入金有效成功率', ['99.990%', '99.995%', '99.997%'], '99.99%'),
      ...history('一次支付成功率', [null, null, '99.28%'], '99.5%'),
    ]);
    const image = picture(chart);
    const plot = plotOf(image);
    const point = drawn(image, ORANGE);
    expect(point).toBeDefined();
    // Its dashed target spans the plot; the point is the orange below it, at the right end.
    const below = colourBox(image, ORANGE, {
      ...plot,
      x0: plot.x1 - 16,
      x1: plot.x1 + 16,
      y0: (point?.y1 ?? 0) - 20,
    });
    expect(below).toBeDefined();
  });
});

describe('Labels', () => {
  it('are drawn at the size the HTML shows them: the label font of the SVG, in every text of the axes', () => {
    const svg = chartSvg(chartOf(history('入金有效成功率', ['99.990%', '99.995%', '99.997%'])));
    const sizes = [...svg.matchAll(/font-size:(\d+)px/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBe(LABEL_FONT);
  });
});
