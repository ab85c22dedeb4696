// Node's trend charts (SPEC §9) for a quarter's report: time per metric group, SVG by ECharts and PNG by resvg, the
// PNG from the subset CJK font (what the CLI does) and, for comparison, from the whole font file (issue 25).
import { buildReport, type ChartBlock, parseWorkbook } from '../src/core';
import { chartSvg, svgToPng } from '../src/node/chart-renderer';
import { median, timed } from './measure';
import { NOW, syntheticInput, syntheticWorkbook, TIME_ZONE } from './synthetic-workbook';

export interface ChartTimes {
  readonly charts: number;
  /** The first chart of the process: loading ECharts, resvg and the CJK font included. */
  readonly firstMs: number;
  /** Per chart once loaded (median over the report's charts, three rounds). */
  readonly svgMs: number;
  readonly pngMs: number;
  /** The same PNGs drawn from the whole CJK font file, as before issue 25 (median over the report's charts, once). */
  readonly pngWholeFontMs: number;
}

const HOW = { dateCells: 'wall-clock', timeZone: TIME_ZONE } as const;

/** Charts of a report of 13 weeks (12 weeks per chart, the default), one per metric group of the synthetic book. */
export function chartTimes(): ChartTimes {
  const input = syntheticInput(syntheticWorkbook({ weeks: 13, projects: 20 }, HOW), HOW);
  const charts = (buildReport(parseWorkbook(input), { now: NOW }).document?.blocks ?? []).filter(
    (b): b is ChartBlock => b.kind === 'chart',
  );
  if (charts.length === 0) throw new Error('the synthetic workbook gives no chart');
  const first = timed(() => svgToPng(chartSvg(charts[0]))).ms;
  const svg: number[] = [];
  const png: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const chart of charts) {
      const drawn = timed(() => chartSvg(chart));
      svg.push(drawn.ms);
      png.push(timed(() => svgToPng(drawn.result)).ms);
    }
  }
  const whole = charts.map((chart) => {
    const drawn = chartSvg(chart);
    return timed(() => svgToPng(drawn, { wholeFonts: true })).ms;
  });
  return {
    charts: charts.length,
    firstMs: first,
    svgMs: median(svg),
    pngMs: median(png),
    pngWholeFontMs: median(whole),
  };
}
