// Draws a chart block in Node: Apache ECharts' server-side SVG renderer (no browser, no DOM), rasterised by resvg.
import { existsSync } from 'node:fs';
import type { ChartBlock } from '../core';
import { FontSubsetter, svgCodePoints } from './font-subset';

type ECharts = typeof import('echarts');
type Resvg = typeof import('@resvg/resvg-js');

// Loaded on first use: ECharts alone takes ~0.2 s to load, which `validate`, `init` and a report without charts
// need not pay.
let echartsModule: ECharts | undefined;
let resvgModule: Resvg | undefined;
const echarts = (): ECharts => {
  echartsModule ??= require('echarts') as ECharts;
  return echartsModule;
};
const resvg = (): Resvg => {
  resvgModule ??= require('@resvg/resvg-js') as Resvg;
  return resvgModule;
};

/** The SVG's size in CSS pixels: 2:1 reads well at a page's width (~15 cm) and in a Markdown viewer. */
export const CHART_WIDTH = 680;
export const CHART_HEIGHT = 340;
/** The PNG is rasterised at twice the SVG's size, so it stays sharp when printed at 15 cm (~270 dpi). */
const PNG_SCALE = 2;

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

/** Distinct on white and in grey print; the dashed target takes its metric's colour. */
const PALETTE = ['#1f6fd1', '#e8710a', '#188038', '#a142f4', '#d93025', '#12a4af', '#795548', '#5f6368'];

/** Beyond this many weeks the x labels would overlap: ECharts then shows every n-th. */
const ALL_LABELS_UP_TO = 16;

/** An axis tick: no more decimals than the report shows, trailing zeros dropped (`99.8%`, not `99.8000%`). */
const tickLabel = (chart: ChartBlock, value: number): string =>
  `${Number(value.toFixed(chart.decimals))}${chart.percent ? '%' : ''}`;

/** The legend's sign for a target: three dashes, as the line is drawn (the default sign is a solid line and dot). */
const DASHES = 'path://M0,0H6V2H0ZM9,0H15V2H9ZM18,0H24V2H18Z';

const LEGEND_TOP = 40;
const LEGEND_ROW = 22;
const LEGEND_FONT = 12;

/** Width of a text at the legend's size: CJK and other wide characters one em, the rest a little over half. */
const textWidth = (text: string): number =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0x2e7f ? LEGEND_FONT : LEGEND_FONT * 0.6), 0);

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

/** The ECharts option of a chart: one line per metric, its target as a dashed line of the same colour. */
function chartOption(chart: ChartBlock) {
  const lines = chart.series.map((s, i) => ({
    name: s.name,
    type: 'line' as const,
    data: [...s.values],
    // A week without a value is a gap in the line, never a dip to zero.
    connectNulls: false,
    symbol: 'circle',
    symbolSize: 6,
    lineStyle: { width: 2, color: PALETTE[i % PALETTE.length] },
    itemStyle: { color: PALETTE[i % PALETTE.length] },
  }));
  // A series rather than a markLine: a markLine does not widen the y axis, so a target off the values' range
  // would not show.
  const targets = chart.series.flatMap((s, i) =>
    s.target === null
      ? []
      : [
          {
            name: s.targetLabel ?? '',
            type: 'line' as const,
            data: chart.xLabels.map(() => s.target),
            symbol: 'none',
            lineStyle: { width: 1.5, type: 'dashed' as const, color: PALETTE[i % PALETTE.length] },
            itemStyle: { color: PALETTE[i % PALETTE.length] },
          },
        ],
  );
  const rows = legendRows([...lines, ...targets].map((series) => series.name));
  return {
    animation: false,
    backgroundColor: '#ffffff',
    color: PALETTE,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: { text: chart.title, left: 'center', top: 10, textStyle: { fontSize: 16, fontWeight: 'bold' } },
    legend: {
      top: LEGEND_TOP,
      left: 'center',
      itemWidth: 24,
      itemGap: 10,
      textStyle: { fontSize: LEGEND_FONT },
      data: [
        ...lines.map((line) => ({ name: line.name })),
        ...targets.map((target) => ({ name: target.name, icon: DASHES })),
      ],
    },
    grid: { top: LEGEND_TOP + rows * LEGEND_ROW + 18, left: 20, right: 30, bottom: 16, containLabel: true },
    xAxis: {
      type: 'category',
      data: [...chart.xLabels],
      boundaryGap: false,
      axisLabel: { interval: chart.xLabels.length <= ALL_LABELS_UP_TO ? 0 : 'auto', fontSize: 12 },
    },
    yAxis: {
      type: 'value',
      // Success rates sit near 100%: an axis from 0 would draw every week on one flat line.
      scale: true,
      // Ticks closer than the display's last decimal would repeat one label (99.998%, 99.998%, …).
      minInterval: 10 ** -chart.decimals,
      axisLabel: { fontSize: 12, formatter: (value: number) => tickLabel(chart, value) },
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

/** The chart as an SVG document, the same bytes for the same block: no animation, ids renumbered. */
export function chartSvg(chart: ChartBlock): string {
  const instance = echarts().init(null, null, {
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

/** What resvg's `font` option is for an SVG (see svgToPng). */
export interface ChartFontOptions {
  readonly fontFiles: string[];
  readonly loadSystemFonts: boolean;
  readonly defaultFontFamily: string;
}

/**
 * The fonts an SVG is rasterised with: the CJK face cut to the SVG's characters (font-subset.ts), so resvg reads a few
 * kilobytes per glyph instead of the whole 19.5 MB collection; the whole CJK files when they cannot be cut or `whole`
 * asks for them (the bench compares the two); every system font when no CJK file exists.
 */
export function chartFonts(svg: string, whole = false): ChartFontOptions {
  const files = cjkFontFiles();
  if (files.length === 0) return { fontFiles: [], loadSystemFonts: true, defaultFontFamily: '' };
  const wholeFiles = { fontFiles: files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans CJK SC' };
  if (whole) return wholeFiles;
  subsetter ??= new FontSubsetter(files, CHART_FAMILIES);
  try {
    const fonts = subsetter.fontsFor(svgCodePoints(svg));
    if (fonts)
      return { fontFiles: [...fonts.files], loadSystemFonts: false, defaultFontFamily: fonts.family ?? '' };
  } catch {
    // A font HarfBuzz cannot cut: drawn from the whole files as before, only slower.
  }
  return wholeFiles;
}

/** How many times this process read a CJK font file to cut it (at most once each, whatever the charts). */
export const cjkFontFileReads = (): number => subsetter?.fileReads ?? 0;

/** An SVG rasterised as PNG at twice its size, Chinese in the CJK font found (see CJK_FONT_FILES, chartFonts). */
export function svgToPng(svg: string, options: { wholeFonts?: boolean } = {}): Buffer {
  const renderer = new (resvg().Resvg)(svg, {
    font: chartFonts(svg, options.wholeFonts),
    fitTo: { mode: 'zoom', value: PNG_SCALE },
  });
  return renderer.render().asPng();
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
