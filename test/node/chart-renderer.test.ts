// The Node chart renderer: an SVG with the chart's Chinese text as text, one point per known week, a dashed target.
import { CHART_HEIGHT, CHART_WIDTH, chartPng, chartSvg } from '../../src/node/chart-renderer';
import { PAYMENT_CHART } from '../core/render/payment-chart';

const chart = PAYMENT_CHART;

/** The text of every `<text>` element, in order. */
const texts = (svg: string): string[] => [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

/** The `d` of every path stroked in `colour`. */
const strokes = (svg: string, colour: string): string[] =>
  [...svg.matchAll(/<path\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes(`stroke="${colour}"`))
    .map((tag) => /\bd="([^"]*)"/.exec(tag)?.[1] ?? '');

describe('Chart renderer', () => {
  const svg = chartSvg(chart);

  it('writes the title, legend and week labels as Chinese text, in a CJK font family', () => {
    const shown = texts(svg);
    expect(shown).toEqual(
      expect.arrayContaining([
        '支付成功率',
        '入金有效成功率',
        '出金有效成功率',
        '入金有效成功率 目标 99.99%',
        ...chart.xLabels,
      ]),
    );
    expect(svg).toContain("font-family:'Noto Sans CJK SC','Microsoft YaHei'");
    expect(svg.startsWith(`<svg width="${CHART_WIDTH}" height="${CHART_HEIGHT}"`)).toBe(true);
  });

  it('labels the y axis as percents, at no more decimals than the report shows', () => {
    const ticks = texts(svg).filter((t) => /^\d+(\.\d+)?%$/.test(t));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => (t.split('.')[1]?.length ?? 1) <= 4)).toBe(true);
    expect(new Set(ticks).size).toBe(ticks.length);
  });

  it('draws a line per metric through its known weeks, broken at a gap', () => {
    // The first series' colour: its line is two pieces (weeks 43–44 and the lone 46), one segment between points.
    const [complete] = strokes(svg, '#e8710a').filter((d) => d.startsWith('M'));
    expect(complete.match(/[ML]/g)).toHaveLength(4);
    const pieces = strokes(svg, '#1f6fd1').filter((d) => /^M[^M]*L/.test(d) && !/ /.test(d.slice(-1)));
    expect(pieces.some((d) => (d.match(/[ML]/g) ?? []).length === 2)).toBe(true);
  });

  it('draws the target as a dashed line', () => {
    expect(svg).toMatch(/<path\b[^>]*stroke="#1f6fd1"[^>]*stroke-dasharray="[^"]+"/);
  });

  it('gives the same bytes every time, in one process too (no animation, no counted ids)', () => {
    expect(chartSvg(chart)).toBe(svg);
    expect(svg).not.toMatch(/@keyframes|animation/);
    const again = chartPng({ ...chart });
    expect(Buffer.compare(chartPng(chart), again)).toBe(0);
  });

  it('draws with the parts of ECharts it loads what the whole of ECharts draws, and ECharts has nothing to say', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const whole = (require('echarts') as typeof import('echarts')).init;
      const oneWeek = {
        ...chart,
        xLabels: chart.xLabels.slice(-1),
        series: chart.series.map((s) => ({ ...s, values: s.values.slice(-1) })),
      };
      for (const drawn of [chart, oneWeek]) expect(chartSvg(drawn)).toBe(chartSvg(drawn, whole));
      expect([...warn.mock.calls, ...error.mock.calls]).toEqual([]);
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });

  it('rasterises to a PNG at twice the size', () => {
    const png = chartPng(chart);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CHART_WIDTH * 2, CHART_HEIGHT * 2]);
  });
});
