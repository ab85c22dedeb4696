// Chart blocks as Google Sheets draws them (SPEC §9): the data block each chart reads on the tool's hidden Trends tab,
// and the options of its line chart. Pure: the Apps Script shell writes the grid in one setValues and builds one
// EmbeddedChart per spec.
import { chartAxis, seriesColour, targetLines } from '../layout/chart-block';
import type { ChartBlock } from '../layout/document';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';

/** The tool-owned tab the charts read from; hidden, rewritten on every Generate. */
export const TRENDS_TAB = { zh: '趋势', en: 'Trends' } as const;

/** Pixel size of a chart's picture: the Doc's text width (6.5 in at 96 dpi is 624 px) and the mail's (≤ 640 px). */
const CHART_SIZE = { width: 600, height: 300 } as const;

/** Gaps stay blank cells, which a line chart leaves out (interpolateNulls off), never zeros. */
export type TrendCell = string | number;

/** One chart over its block of the grid: 1-based row, column 1, header row first. */
export interface SheetsChartSpec {
  readonly chart: ChartBlock;
  readonly row: number;
  readonly rows: number;
  readonly columns: number;
  /** `EmbeddedChartBuilder.setOption` pairs, in order. */
  readonly options: readonly (readonly [string, unknown])[];
}

export interface TrendsSheet {
  /** Rectangular: every row as wide as the widest block. */
  readonly values: readonly (readonly TrendCell[])[];
  readonly charts: readonly SheetsChartSpec[];
}

/** Targets are drawn dashed, after the metrics, in their metric's colour (dark grey when shared). */
const DASH = [6, 4];

/** A number format with the chart's decimals (`0.000"%"` for 99.997%). */
const axisFormat = (chart: ChartBlock): string =>
  `0${chart.decimals > 0 ? `.${'0'.repeat(chart.decimals)}` : ''}${chart.percent ? '"%"' : ''}`;

/**
 * One block: header row (week, each metric, then each target line), a row per week, gaps as blanks. Targets of
 * equal value are one column, one line (targetLines), as in the Node picture.
 */
function block(chart: ChartBlock, language: 'zh' | 'en'): TrendCell[][] {
  const targets = targetLines(chart);
  const header = [
    t(language, reportMessages.chartWeekColumn),
    ...chart.series.map((s) => s.name),
    ...targets.map((line) => line.label),
  ];
  const rows = chart.xLabels.map((label, w) => [
    label,
    ...chart.series.map((s) => s.values[w] ?? ''),
    ...targets.map((line) => line.value),
  ]);
  return [header, ...rows];
}

/**
 * The chart's options, its reading rules as in Node (SPEC §14): the value axis of chartAxis (a window and its
 * gridlines, not Sheets' own fit that stretches a 0.001 pp wobble to the full height), a point on every known week
 * (a metric known for one week only is a point, which a line of pointSize 0 would hide), each target dashed in its
 * metric's colour. Over a single week a target cannot be a line: it is drawn as a point too.
 */
function options(chart: ChartBlock): SheetsChartSpec['options'] {
  const metrics = chart.series.length;
  const targets = targetLines(chart);
  const lone = chart.xLabels.length === 1;
  const axis = chartAxis(chart);
  const series = Object.fromEntries([
    ...chart.series.map((_, i) => [i, { color: seriesColour(i), lineWidth: 2, pointSize: 5 }]),
    ...targets.map((line, i) => [
      metrics + i,
      { color: line.colour, lineDashStyle: DASH, lineWidth: 1, pointSize: lone ? 7 : 0 },
    ]),
  ]);
  return [
    ['title', chart.title],
    ['width', CHART_SIZE.width],
    ['height', CHART_SIZE.height],
    ['legend', { position: 'bottom' }],
    ['interpolateNulls', false],
    [
      'vAxis',
      {
        format: axisFormat(chart),
        viewWindowMode: 'explicit',
        viewWindow: { min: axis.min, max: axis.max },
        gridlines: { count: Math.round((axis.max - axis.min) / axis.step) + 1 },
      },
    ],
    ['series', series],
  ];
}

/** The Trends grid for `charts`, blocks one under another with a blank row between, and each chart's spec. */
export function trendsSheet(charts: readonly ChartBlock[], language: 'zh' | 'en'): TrendsSheet {
  const blocks = charts.map((chart) => block(chart, language));
  const width = Math.max(0, ...blocks.map((b) => b[0].length));
  const values: TrendCell[][] = [];
  const specs = charts.map((chart, i): SheetsChartSpec => {
    if (i > 0) values.push([]);
    const row = values.length + 1;
    values.push(...blocks[i]);
    return { chart, row, rows: blocks[i].length, columns: blocks[i][0].length, options: options(chart) };
  });
  return { values: values.map((r) => [...r, ...Array<TrendCell>(width - r.length).fill('')]), charts: specs };
}
