// A metric group's trend as a chart block of the document: labels in the report's words, a file name for its picture.
import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { MetricLine, MetricTrend } from '../model/report-model';
import type { ChartBlock } from './document';
import { targetText } from './target-text';

/** The picture format writers that keep a chart in a file save it in. */
const IMAGE_EXTENSION = '.png';

/**
 * A file name from a chart title: what Windows, macOS and Linux all refuse (`/ \ : * ? " < > |`, controls) becomes
 * `-`, `..` cannot climb out of the folder, and edge dots and spaces go (Windows drops them silently).
 */
export function chartFileStem(title: string): string {
  return (
    title
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
      .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-')
      .replace(/\.{2,}/g, '.')
      .replace(/^[\s.]+|[\s.]+$/g, '')
  );
}

/**
 * Unique file names for charts laid out one after another: two titles may sanitise alike (`a/b`, `a-b`), and a
 * title may sanitise to nothing; the later one gets a number (`a-b-2.png`, `chart-3.png`).
 */
export function chartFileNames(): (title: string) => string {
  const taken = new Set<string>();
  return (title) => {
    const stem = chartFileStem(title) || 'chart';
    let name = stem;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}`;
    // Case-insensitive file systems (Windows, macOS) would overwrite `A.png` with `a.png`.
    taken.add(name.toLowerCase());
    return `${name}${IMAGE_EXTENSION}`;
  };
}

/**
 * The legend's words for a Target: the report's own for that metric (`99.990%`, as its line and the summary write
 * it), so that one Target never reads two ways; as typed for a metric the report has no line for.
 */
function legendTarget(series: MetricTrend['series'][number], metrics: readonly MetricLine[]): string {
  const line = metrics.find((metric) => metric.name === series.name);
  return line ? targetText(line) : (series.targetDisplay ?? String(series.target));
}

/** Metric names sharing one target line: `入金有效成功率、出金有效成功率`. */
const METRIC_LIST = { zh: '、', en: ', ' } as const;

/** The chart block of `trend` (its group's report-week `metrics` name the Targets), its file named by `fileName`. */
export function chartBlock(
  trend: MetricTrend,
  metrics: readonly MetricLine[],
  language: Language,
  fileName: (title: string) => string,
): ChartBlock {
  const title = trend.group === '' ? t(language, reportMessages.chartUntitled) : trend.group;
  // Targets of equal value are one line: two dashed lines on one another would show only the one drawn last. Its
  // label names every metric it is the target of, and each of them carries that label (writers draw it once).
  const sharing = new Map<number, string[]>();
  for (const s of trend.series) {
    if (s.target !== null) sharing.set(s.target, [...(sharing.get(s.target) ?? []), s.name]);
  }
  return {
    kind: 'chart',
    title,
    file: fileName(title),
    xLabels: trend.weeks.map((w) => t(language, reportMessages.chartWeek, { week: w.number })),
    percent: trend.isPercent,
    decimals: trend.decimals,
    series: trend.series.map((s) => ({
      name: s.name,
      values: s.values,
      target: s.target,
      targetLabel:
        s.target === null
          ? null
          : t(language, reportMessages.chartTarget, {
              metric: (sharing.get(s.target) ?? [s.name]).join(METRIC_LIST[language]),
              target: legendTarget(s, metrics),
            }),
    })),
  };
}

/** The metrics' colours in every writer, distinct on white and in grey print: the n-th metric takes the n-th. */
export const CHART_COLOURS = [
  '#1f6fd1',
  '#e8710a',
  '#188038',
  '#a142f4',
  '#d93025',
  '#12a4af',
  '#795548',
  '#5f6368',
] as const;

export const seriesColour = (index: number): string => CHART_COLOURS[index % CHART_COLOURS.length];

/** A target line shared by several metrics takes none of their colours. */
const SHARED_TARGET_COLOUR = '#3c4043';

/** A chart's target lines: one per distinct Target value, with the metrics (series indexes) it is the target of. */
export interface TargetLine {
  readonly value: number;
  readonly label: string;
  readonly of: readonly number[];
  /** Its metric's colour, or a dark grey when it is several metrics' target. */
  readonly colour: string;
}

export function targetLines(chart: ChartBlock): TargetLine[] {
  const lines = new Map<number, { label: string; of: number[] }>();
  chart.series.forEach((s, i) => {
    if (s.target === null) return;
    const line = lines.get(s.target);
    if (line) line.of.push(i);
    else lines.set(s.target, { label: s.targetLabel ?? s.name, of: [i] });
  });
  return [...lines].map(([value, line]) => ({
    value,
    ...line,
    colour: line.of.length === 1 ? seriesColour(line.of[0]) : SHARED_TARGET_COLOUR,
  }));
}

/** A chart's value axis: from `min` to `max`, a tick every `step`. */
export interface ChartAxis {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/** Float noise off a computed tick (`99.99000000000001`). */
const clean = (value: number): number => Number(value.toFixed(10));

/** A tick step of 1, 2 or 5 × 10ⁿ, never finer than the chart's last decimal (ticks would repeat a label). */
function niceSteps(decimals: number, span: number): number[] {
  const steps: number[] = [];
  for (let power = -decimals; steps.length === 0 || steps[steps.length - 1] < span; power++) {
    for (const m of [1, 2, 5]) steps.push(clean(m * 10 ** power));
  }
  return steps;
}

/**
 * The value axis every writer draws (SPEC §14), so a leader reads the chart in ten seconds:
 * - it includes every value and every target, and a target or the lowest value never lies on the x axis (a
 *   quarter of a tick above it at least, unless it is 0 of non-negative data);
 * - its span is at least 10× the largest spread of one metric's values, so a 0.001 pp wobble (99.997% → 99.998%)
 *   is a small step, not a cliff the height of the chart — unless a target outside the values sets the scale, or
 *   the axis can start at 0 (a count's axis from 0 exaggerates nothing);
 * - it shows at least 4 ticks (5 where they fit) at 1, 2 or 5 × 10ⁿ, never finer than the chart's decimals;
 * - a percent axis stops at 100% and a count at 0 when the values do.
 */
export function chartAxis(chart: ChartBlock): ChartAxis {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const targets = chart.series.flatMap((s) => (s.target === null ? [] : [s.target]));
  const all = values.length > 0 ? [...values, ...targets] : targets.length > 0 ? targets : [0];
  const fold = (list: readonly number[], pick: (a: number, b: number) => number) =>
    list.reduce((a, b) => pick(a, b));
  const [low, high] = [fold(all, Math.min), fold(all, Math.max)];
  const [dataLow, dataHigh] =
    values.length > 0 ? [fold(values, Math.min), fold(values, Math.max)] : [low, high];
  const unit = 10 ** -chart.decimals;
  const ceiling = chart.percent && high <= 100 ? 100 : Number.POSITIVE_INFINITY;
  const floor = low >= 0 ? 0 : Number.NEGATIVE_INFINITY;
  const targetOutside = targets.some((v) => v < dataLow || v > dataHigh);
  const wobble = chart.series.reduce((most, s) => {
    const known = s.values.filter((v): v is number => v !== null);
    return known.length === 0 ? most : Math.max(most, fold(known, Math.max) - fold(known, Math.min));
  }, 0);
  const span = Math.max(high - low, targetOutside ? 0 : Math.min(10 * wobble, high - floor), 3 * unit);
  // The wanted window, centred on what is drawn, moved inside [floor, ceiling] (a 0–100% axis at most).
  let from = (low + high) / 2 - span / 2;
  let to = from + span;
  if (to > ceiling) [from, to] = [from - (to - ceiling), ceiling];
  if (from < floor) [from, to] = [floor, Math.min(to + (floor - from), ceiling)];
  const axes = niceSteps(chart.decimals, to - from).map((step): ChartAxis & { intervals: number } => {
    let min = clean(Math.floor(clean(from / step)) * step);
    if (low - min < step / 4 && min - step >= floor) min = clean(min - step);
    let max = clean(Math.ceil(clean(to / step)) * step);
    if (max - high < step / 4 && max + step <= ceiling) max = clean(max + step);
    return { min, max, step, intervals: Math.round((max - min) / step) };
  });
  // The coarsest step that still gives 5 ticks, else 4, else the finest.
  const chosen =
    [...axes].reverse().find((a) => a.intervals >= 4) ??
    [...axes].reverse().find((a) => a.intervals >= 3) ??
    axes[0];
  return { min: chosen.min, max: chosen.max, step: chosen.step };
}
