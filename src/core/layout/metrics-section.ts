// 【系统运行数据】: one paragraph per metric group, a bullet per metric, and the derived incident count.

import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { MetricGroup, MetricLine, ReportModel } from '../model/report-model';
import { normaliseName } from '../names';
import { item, list, paragraph, section } from './blocks';
import { chartBlock, chartFileNames } from './chart-block';
import type { Block, ListItem } from './document';

/** A difference with its sign and the display's decimals; a zero difference carries no sign. */
function signed(difference: number, decimals: number): string {
  const fixed = difference.toFixed(decimals);
  if (Number(fixed) === 0) return (0).toFixed(decimals);
  return difference > 0 ? `+${fixed}` : fixed;
}

/** `+0.001pp` for percents (in points, at the display's decimals), a plain difference otherwise. */
export function metricDelta(metric: MetricLine): string | null {
  if (metric.value === null || metric.previousValue === null) return null;
  return metric.isPercent
    ? `${signed((metric.value - metric.previousValue) * 100, metric.decimals)}pp`
    : signed(metric.value - metric.previousValue, metric.decimals);
}

/** `较上周 +0.001pp`, `较上周持平` when the difference is zero at the display's decimals; null without last week. */
export function metricDeltaText(metric: MetricLine, language: Language): string | null {
  const delta = metricDelta(metric);
  if (delta === null) return null;
  return Number(delta.replace(/pp$/, '')) === 0
    ? t(language, reportMessages.metricUnchanged)
    : t(language, reportMessages.metricDelta, { delta });
}

/** The fewest decimals (up to 10) that write `value` without losing anything but float noise. */
function decimalsOf(value: number): number {
  let decimals = 0;
  while (
    decimals < 10 &&
    Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9 * Math.max(1, Math.abs(value))
  )
    decimals++;
  return decimals;
}

/** `1234567.5` → `1,234,567.5`. */
const grouped = (fixed: string): string =>
  fixed.replace(/^([+-]?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

/** A displayed number and what follows it: `220 ms` → ['220', ' ms'], `1,234分` → ['1,234', '分']. */
const SHOWN = /^([+-]?\d[\d,]*(?:\.\d+)?)(\D.*)?$/s;

/**
 * The Target as the metric is shown: at the value's decimals (more only where the Target has them), with its unit:
 * `99.9600%` beside `99.9500%`, `200 ms` beside `220 ms`. A Target unlike its value (a percent beside a count) is
 * shown as typed.
 */
export function targetText(metric: MetricLine): string {
  const typed = metric.targetDisplay ?? (metric.target === null ? '' : String(metric.target));
  if (metric.target === null || (!metric.isPercent && typed.trim().endsWith('%'))) return typed;
  const shown = metric.isPercent ? Number((metric.target * 100).toPrecision(12)) : metric.target;
  const fixed = shown.toFixed(Math.max(metric.decimals, decimalsOf(shown)));
  if (metric.isPercent) return `${fixed}%`;
  const parts = SHOWN.exec(metric.display.trim());
  if (!parts) return fixed;
  return `${parts[1].includes(',') ? grouped(fixed) : fixed}${parts[2] ?? ''}`;
}

/** `入金有效成功率：99.997%（较上周 +0.001pp；未达标，目标 99.990%）`: the value as displayed, then one note. */
function metricText(metric: MetricLine, language: Language): string {
  const notes = [
    metricDeltaText(metric, language) ?? '',
    metric.status === 'missed'
      ? t(language, reportMessages.metricMissed, { target: targetText(metric) })
      : '',
  ].filter((note) => note !== '');
  const line = t(language, reportMessages.metricLine, { metric: metric.name, value: metric.display });
  if (notes.length === 0) return line;
  const text = notes.join(t(language, reportMessages.noteSeparator));
  return `${line}${t(language, reportMessages.parenthetical, { text })}`;
}

const isAvailabilityGroup = (name: string): boolean =>
  [reportMessages.availabilityGroup.zh, reportMessages.availabilityGroup.en]
    .map(normaliseName)
    .includes(normaliseName(name));

/** The group's `支付成功率：` paragraph (none for an unnamed group) and its bullets. */
function groupBlocks(name: string, items: readonly ListItem[], language: Language): Block[] {
  if (items.length === 0) return [];
  const label =
    name === '' ? [] : [paragraph({ text: t(language, reportMessages.metricGroup, { group: name }) })];
  return [...label, list(false, items)];
}

export function metricsSection(model: ReportModel): Block[] {
  const language = model.settings.language;
  const counts = model.incidentCounts;
  const countItem =
    counts && item(t(language, reportMessages.incidentCount, { ab: counts.ab, cd: counts.cd }));
  const hostsCount = (group: MetricGroup): boolean => countItem !== null && isAvailabilityGroup(group.name);
  const hosted = model.metricGroups.some(hostsCount);

  const fileName = chartFileNames();
  const body = model.metricGroups.flatMap((group) => {
    const items = group.metrics.map((metric) => item(metricText(metric, language)));
    const trend = model.trends.find((tr) => tr.group === group.name);
    // The chart goes under its group's bullets, where a reader compares this week's number with the usual.
    const chart = trend ? [chartBlock(trend, language, fileName)] : [];
    return [
      ...groupBlocks(group.name, countItem && hostsCount(group) ? [...items, countItem] : items, language),
      ...chart,
    ];
  });
  const ownGroup =
    countItem && !hosted
      ? groupBlocks(t(language, reportMessages.availabilityGroup), [countItem], language)
      : [];
  return section(t(language, reportMessages.metricsHeading), [...body, ...ownGroup]);
}
