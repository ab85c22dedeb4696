// Draws a chart block in Node: Apache ECharts' server-side SVG renderer (no browser, no DOM), rasterised by resvg.
import { existsSync } from 'node:fs';
import {
  CHART_COLOURS,
  type ChartAxis,
  type ChartBlock,
  chartAxis,
  seriesColour,
  targetLines,
} from '../core';
import { FontSubsetter, svgCodePoints, withFontFiles } from './font-subset';

type ECharts = typeof import('./echarts-lines');
type Resvg = typeof import('@resvg/resvg-js');

// Loaded on first use: ECharts takes ~0.05–0.2 s to load, which `validate`, `init` and a report without charts
// need not pay.
let echartsModule: ECharts | undefined;
let resvgModule: Resvg | undefined;
const echarts = (): ECharts => {
  echartsModule ??= require('./echarts-lines') as ECharts;
  return echartsModule;
};
const resvg = (): Resvg => {
  resvgModule ??= require('@resvg/resvg-js') as Resvg;
  return resvgModule;
};

/**
 * The SVG's size in CSS pixels: the HTML report's picture width (640 px page less its padding), so there the text
 * is shown at the size it is drawn, 13 px (12 px at a 600 px-wide screen, SPEC §14). 2:1 reads well at a page's width
 * too: the .docx prints it 15 cm wide, its labels at ~9 pt.
 */
export const CHART_WIDTH = 608;
export const CHART_HEIGHT = 304;
/** The PNG is rasterised at twice the SVG's size: sharp on a high-density screen and printed at 15 cm (~205 dpi). */
export const PNG_SCALE = 2;

/** Text sizes in the SVG (CSS px): axis labels and legend, title. */
export const LABEL_FONT = 13;
const TITLE_FONT = 16;

/**
 * Single quotes: ECharts writes the family into a double-quoted `style` attribute without escaping. The first that
 * exists wins: Noto Sans CJK (Linux, and what the PNG is rasterised with), then Microsoft YaHei and PingFang for an
 * SVG opened on Windows or macOS.
 */
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif";

/**
 * CJK font files resvg is given, where they exist (Debian/Ubuntu's fonts-noto-cjk, Fedora's, Arch's, macOS,
 * Windows). Without one, Chinese would rasterise as empty boxes; then resvg falls back to every system font.
 */
const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
];

/** An axis tick: no more decimals than the report shows, trailing zeros dropped (`99.8%`, not `99.8000%`). */
const tickLabel = (chart: ChartBlock, value: number): string =>
  `${Number(value.toFixed(chart.decimals))}${chart.percent ? '%' : ''}`;

/** The legend's sign for a target: three dashes, as the line is drawn (the default sign is a solid line and dot). */
const DASHES = 'path://M0,0H6V2H0ZM9,0H15V2H9ZM18,0H24V2H18Z';

const TITLE_TOP = 8;
const LEGEND_TOP = TITLE_TOP + TITLE_FONT + 12;
const LEGEND_ROW = LABEL_FONT + 9;

/** Width of a text at the labels' size: CJK and other wide characters one em, the rest a little over half. */
const textWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e7f ? LABEL_FONT : LABEL_FONT * 0.6), 0);

/**
 * How many rows the legend wraps into. ECharts lays the legend and the plot out independently, so the plot is
 * pushed down by this much or a wrapped legend would sit on its top line.
 */
function legendRows(names: readonly string[]): number {
  // Each item: its sign (24), the gap to its text (5), the text, the gap to the next item (10).
  const available = CHART_WIDTH - 2 * 5;
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const item = 24 + 5 + textWidth(name) + 10;
    if (used > 0 && used + item > available) {
      rows++;
      used = 0;
    }
    used += item;
  }
  return rows;
}

/** The grid's side margins; the y labels take the left one's room beside it (containLabel). */
const GRID_SIDES = { left: 20, right: 30 };

/**
 * Every week labelled when the labels fit side by side under the plot (a label and a gap per week), else ECharts
 * shows every n-th. The plot's width is estimated from the widest y label.
 */
function allWeekLabelsFit(chart: ChartBlock, axis: ChartAxis): boolean {
  const yLabel = Math.max(textWidth(tickLabel(chart, axis.min)), textWidth(tickLabel(chart, axis.max)));
  const plot = CHART_WIDTH - GRID_SIDES.left - GRID_SIDES.right - yLabel - 8;
  const widest = chart.xLabels.reduce((w, label) => Math.max(w, textWidth(label)), 0);
  return chart.xLabels.length * (widest + 6) <= plot;
}

/**
 * The ECharts option of a chart (SPEC §9, §14): one line per metric over the weeks that have data, a lone week a
 * point in the middle; each target a dashed line across the plot in its metric's colour (one dark line for targets
 * of equal value, its legend naming each metric); the value axis of chartAxis (the same as in Sheets).
 */
function chartOption(chart: ChartBlock) {
  const axis = chartAxis(chart);
  const lone = chart.xLabels.length === 1;
  const lines = chart.series.map((s, i) => {
    const points = s.values.filter((v) => v !== null).length;
    return {
      name: s.name,
      type: 'line' as const,
      data: [...s.values],
      // A week without a value is a gap in the line, never a dip to zero.
      connectNulls: false,
      // Every value is inside the axis: no clip-path (each costs resvg a full-size layer and mask).
      clip: false,
      symbol: 'circle',
      // A metric known for one week only is a point: larger, so it is not taken for a speck.
      symbolSize: points === 1 ? 10 : 6,
      showSymbol: true,
      lineStyle: { width: 2, color: seriesColour(i) },
      itemStyle: { color: seriesColour(i) },
      z: 3,
    };
  });
  // A markLine at the target's value: it spans the plot whatever the weeks (one week too), and chartAxis has put
  // it inside the axis. Drawn under the metrics' lines.
  const targets = targetLines(chart).map(({ label, value, colour }) => {
    return {
      name: label,
      type: 'line' as const,
      data: [] as number[],
      itemStyle: { color: colour },
      lineStyle: { color: colour },
      markLine: {
        silent: true,
        symbol: 'none',
        label: { show: false },
        lineStyle: { width: 1.5, type: 'dashed' as const, color: colour },
        data: [{ yAxis: value }],
      },
      z: 2,
    };
  });
  const rows = legendRows([...lines, ...targets].map((series) => series.name));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: [...CHART_COLOURS],
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: {
      text: chart.title,
      left: 'center',
      top: TITLE_TOP,
      textStyle: { fontSize: TITLE_FONT, fontWeight: 'bold' },
    },
    legend: {
      top: LEGEND_TOP,
      left: 'center',
      itemWidth: 24,
      itemGap: 10,
      textStyle: { fontSize: LABEL_FONT },
      data: [
        ...lines.map((line) => ({ name: line.name })),
        ...targets.map((target) => ({ name: target.name, icon: DASHES })),
      ],
    },
    grid: { top: LEGEND_TOP + rows * LEGEND_ROW + 14, bottom: 10, ...GRID_SIDES, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...chart.xLabels],
      boundaryGap: lone,
      axisLabel: { interval: allWeekLabelsFit(chart, axis) ? 0 : 'auto', fontSize: LABEL_FONT },
    },
    yAxis: {
      type: 'value',
      min: axis.min,
      max: axis.max,
      interval: axis.step,
      axisLabel: { fontSize: LABEL_FONT, formatter: (value: number) => tickLabel(chart, value) },
    },
    series: [...lines, ...targets],
  };
}

/**
 * The renderer's ids and class names (`zr3-cls-17`, `zr3-c0`) come from counters that run for the whole process:
 * renumbered in order of first appearance, the same chart gives the same bytes whatever was drawn before it.
 */
function renumberIds(svg: string): string {
  const names = new Map<string, string>();
  const counts = new Map<string, number>();
  return svg.replace(/\bzr\d+-([a-z]+-?)\d+\b/g, (id, kind: string) => {
    let name = names.get(id);
    if (name === undefined) {
      const n = counts.get(kind) ?? 0;
      counts.set(kind, n + 1);
      name = `zr0-${kind}${n}`;
      names.set(id, name);
    }
    return name;
  });
}

/**
 * The chart as an SVG document, the same bytes for the same block: no animation, ids renumbered. `init` is the
 * ECharts that draws it (the tests hand in the whole of ECharts to compare).
 */
export function chartSvg(chart: ChartBlock, init: ECharts['init'] = echarts().init): string {
  const instance = init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    instance.setOption(chartOption(chart));
    return renumberIds(instance.renderToSVGString());
  } finally {
    instance.dispose();
  }
}

let fontFiles: string[] | undefined;
const cjkFontFiles = (): string[] => {
  fontFiles ??= CJK_FONT_FILES.filter((path) => existsSync(path));
  return fontFiles;
};

/** The families of CHART_FONT_FAMILY, in order, without the generic one. */
const CHART_FAMILIES = CHART_FONT_FAMILY.split(',')
  .map((family) => family.trim().replace(/^'|'$/g, ''))
  .filter((family) => family !== 'sans-serif');

// One per process: the CJK file is read once, and its subsets grow with the characters the charts ask for.
let subsetter: FontSubsetter | undefined;

/** The fonts an SVG is drawn with: files to load, or subsets to hand resvg as files while it draws. */
export interface ChartFonts {
  readonly fontFiles: readonly string[];
  readonly subsets: readonly Uint8Array[];
  readonly loadSystemFonts: boolean;
  readonly defaultFontFamily: string;
}

/**
 * The fonts an SVG is rasterised with: the CJK face cut to the SVG's characters (font-subset.ts), so resvg reads a few
 * kilobytes per glyph instead of the whole 19.5 MB collection; the whole CJK files when they cannot be cut or `whole`
 * asks for them (the bench compares the two); every system font when no CJK file exists.
 */
export function chartFonts(svg: string, whole = false): ChartFonts {
  return fontsFor(svgCodePoints(svg), whole);
}

function fontsFor(codePoints: Iterable<number>, whole: boolean): ChartFonts {
  const files = cjkFontFiles();
  if (files.length === 0) return { fontFiles: [], subsets: [], loadSystemFonts: true, defaultFontFamily: '' };
  const wholeFiles = {
    fontFiles: files,
    subsets: [],
    loadSystemFonts: false,
    defaultFontFamily: 'Noto Sans CJK SC',
  };
  if (whole) return wholeFiles;
  subsetter ??= new FontSubsetter(files, CHART_FAMILIES);
  try {
    const cut = subsetter.subsetsFor(codePoints);
    if (cut)
      return { fontFiles: [], subsets: cut.fonts, loadSystemFonts: false, defaultFontFamily: cut.family };
  } catch {
    // A font HarfBuzz cannot cut: drawn from the whole files as before, only slower.
  }
  return wholeFiles;
}

/** How many times this process read a CJK font file to cut it (at most once each, whatever the charts). */
export const cjkFontFileReads = (): number => subsetter?.fileReads ?? 0;
/** How many times this process cut the CJK font (once per set of characters not cut before). */
export const cjkFontCuts = (): number => subsetter?.cuts ?? 0;

/** An SVG rasterised as PNG at twice its size, Chinese in the CJK font found (see CJK_FONT_FILES, chartFonts). */
export function svgToPng(svg: string, options: { wholeFonts?: boolean } = {}): Buffer {
  const fonts = chartFonts(svg, options.wholeFonts);
  return withFontFiles(fonts.subsets, (subsetFiles) => {
    const renderer = new (resvg().Resvg)(svg, {
      font: {
        fontFiles: [...fonts.fontFiles, ...subsetFiles],
        loadSystemFonts: fonts.loadSystemFonts,
        defaultFontFamily: fonts.defaultFontFamily,
      },
      fitTo: { mode: 'zoom', value: PNG_SCALE },
    });
    return renderer.render().asPng();
  });
}

// One picture per block, however many writers (the .docx, the Markdown's files) ask for it in one run.
const pngs = new WeakMap<ChartBlock, Buffer>();

/** The chart as a PNG of CHART_WIDTH × CHART_HEIGHT at twice the resolution. */
export function chartPng(chart: ChartBlock): Buffer {
  const cached = pngs.get(chart);
  if (cached) return cached;
  const png = svgToPng(chartSvg(chart));
  pngs.set(chart, png);
  return png;
}

/**
 * Every chart of a document drawn before any writer asks for one: the font is cut once for all their characters,
 * where chart by chart it would be cut again for each new title. The pictures are the same bytes either way.
 */
export function drawCharts(charts: readonly ChartBlock[]): void {
  const svgs = charts.filter((chart) => !pngs.has(chart)).map((chart) => ({ chart, svg: chartSvg(chart) }));
  if (svgs.length > 1) fontsFor(svgCodePoints(svgs.map(({ svg }) => svg).join('')), false);
  for (const { chart, svg } of svgs) pngs.set(chart, svgToPng(svg));
}
