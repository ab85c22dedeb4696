// A metric group's trend as a chart block of the document: labels in the report's words, a file name for its picture.
import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { MetricTrend } from '../model/report-model';
import type { ChartBlock } from './document';

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

/** A percent target in points (`99.99` typed for 99.99%) still reads as a percent; others as the sheet shows them. */
const targetText = (trend: MetricTrend, series: MetricTrend['series'][number]): string =>
  trend.isPercent ? `${series.target}%` : (series.targetDisplay ?? String(series.target));

/** The chart block of `trend`, its file named by `fileName`. */
export function chartBlock(
  trend: MetricTrend,
  language: Language,
  fileName: (title: string) => string,
): ChartBlock {
  const title = trend.group === '' ? t(language, reportMessages.chartUntitled) : trend.group;
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
          : t(language, reportMessages.chartTarget, { metric: s.name, target: targetText(trend, s) }),
    })),
  };
}
