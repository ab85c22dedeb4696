// Metrics of the report week by Group, with last week's value and status against Target.
import type { MetricValue } from '../cells/metric-value';
import type { Direction } from '../choices';
import { addDays, type LocalDate } from '../dates';
import type { Finding } from '../schema/finding';
import type { MetricRow } from '../schema/metrics';
import type { Located } from '../schema/rows';
import { findingAt, type Table } from '../schema/table';
import { groupBy } from './grouping';
import type { MetricGroup, MetricLine } from './report-model';

type Metric = Located<MetricRow>;

/**
 * `other` in the unit of `value`: a number typed as points (`99.99`) for a percent metric means 99.99%, as the team
 * reads it — a Target, or an earlier week's value.
 */
export const inUnitOf = (value: MetricValue, other: MetricValue): number =>
  value.isPercent && !other.isPercent && Math.abs(other.value) > 1
    ? Number((other.value / 100).toPrecision(12))
    : other.value;

/** Whether a value meets its Target in its direction (null without a Target): the report's 达标 and the charts'. */
export const targetStatus = (
  value: number,
  target: number | null,
  direction: Direction,
): MetricLine['status'] => {
  if (target === null) return null;
  return (direction === 'higher' ? value >= target : value <= target) ? 'met' : 'missed';
};

function metricLine(row: Metric, previousValue: number | null): MetricLine {
  const target = row.target === null ? null : inUnitOf(row.value, row.target);
  return {
    name: row.metric,
    display: row.value.display,
    value: row.value.value,
    isPercent: row.value.isPercent,
    decimals: row.value.decimals,
    previousValue,
    target,
    targetDisplay: row.target?.display ?? null,
    direction: row.direction,
    status: targetStatus(row.value.value, target, row.direction),
  };
}

/** The report week's metrics grouped by Group in sheet order; a metric without Target is a warning. */
export function metricGroups(
  table: Table<'metrics'> | undefined,
  rows: readonly Metric[],
  monday: LocalDate,
) {
  const lastWeek = addDays(monday, -7);
  const previous = new Map(rows.filter((r) => r.week === lastWeek).map((r) => [r.metric, r.value.value]));
  const thisWeek = rows.filter((r) => r.week === monday);
  const groups: MetricGroup[] = [...groupBy(thisWeek, (r) => r.group)].map(([name, metrics]) => ({
    name,
    metrics: metrics.map((r) => metricLine(r, previous.get(r.metric) ?? null)),
  }));
  const findings: Finding[] = table
    ? thisWeek
        .filter((r) => r.target === null)
        .map((r) => findingAt(table, 'target', r.row, 'warning', 'metricWithoutTarget', { found: r.metric }))
    : [];
  return { groups, findings };
}
