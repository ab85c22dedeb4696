// 【系统运行数据】: one paragraph per metric group, a bullet per metric, and the derived incident count.

import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { MetricGroup, MetricLine, ReportModel } from '../model/report-model';
import { normaliseName } from '../names';
import { item, list, paragraph, section } from './blocks';
import { chartBlock, chartFileNames } from './chart-block';
import type { Block, ListItem } from './document';
import { targetText } from './target-text';

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
    const chart = trend ? [chartBlock(trend, group.metrics, language, fileName)] : [];
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
