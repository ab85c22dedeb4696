// Each metric group's last weeks of values (SPEC §9): the data every writer draws a trend chart from.
import { addDays, type LocalDate, weekNumber } from '../dates';
import type { MetricRow } from '../schema/metrics';
import type { Located } from '../schema/rows';
import type { Settings } from '../schema/settings';
import { groupBy } from './grouping';
import { inUnitOf, targetStatus } from './metric-groups';
import type { MetricTrend, TrendSeries } from './report-model';

type Metric = Located<MetricRow>;

/**
 * A line needs two points; one point is the number the report already states, except when it misses its Target:
 * then the chart shows it (a point beside the target line), so what is off target is never missing from the picture.
 */
const MIN_POINTS = 2;

/** The value as the report shows it: a percent in points, at the display's decimals (no float noise on an axis). */
const shown = (value: number, isPercent: boolean, decimals: number): number =>
  Number((isPercent ? value * 100 : value).toFixed(decimals));

/** The `count` Mondays up to and including `monday`, oldest first. */
const lastMondays = (monday: LocalDate, count: number): LocalDate[] =>
  Array.from({ length: count }, (_, i) => addDays(monday, -7 * (count - 1 - i)));

function series(current: Metric, byWeek: ReadonlyMap<LocalDate, Metric>, weeks: readonly LocalDate[]) {
  const { isPercent, decimals } = current.value;
  // A week without a row is a gap, never a zero: a zero would read as an outage.
  const values = weeks.map((week) => {
    const row = byWeek.get(week);
    return row ? shown(inUnitOf(current.value, row.value), isPercent, decimals) : null;
  });
  const target = current.target === null ? null : inUnitOf(current.value, current.target);
  const line: TrendSeries = {
    name: current.metric,
    values,
    target: target === null ? null : shown(target, isPercent, current.target?.decimals ?? decimals),
    targetDisplay: current.target?.display ?? null,
  };
  const offTarget = targetStatus(current.value.value, target, current.direction) === 'missed';
  return { line, isPercent, decimals, offTarget, points: values.filter((v) => v !== null).length };
}

/** The series and weeks from the first week any series has a value: no empty frame with the points crammed right. */
function fromFirstData(weeks: readonly LocalDate[], lines: readonly TrendSeries[]) {
  // A fold, not Math.min(...): a group may hold 200,000 metrics.
  const from = lines.reduce((min, l) => {
    const at = l.values.findIndex((v) => v !== null);
    return at >= 0 && at < min ? at : min;
  }, weeks.length - 1);
  return {
    weeks: weeks.slice(from),
    series: lines.map((l) => ({ ...l, values: l.values.slice(from) })),
  };
}

/**
 * One trend per metric group of the report week that has a metric with at least two known weeks among the last
 * `settings.chartWeeks` (none when that is 0), or one known week that misses its Target. The weeks run from the first
 * one with a value to the report week (at most `chartWeeks`). A chart has one unit: a metric in another unit than
 * the group's first charted one is left out, since one axis would flatten either scale. Earlier rows are found by
 * Metric name, as the report's `较上周` finds last week's value, whatever their Group was then.
 */
export function metricTrends(
  rows: readonly Metric[],
  monday: LocalDate,
  settings: Pick<Settings, 'chartWeeks' | 'weekNumbering'>,
): MetricTrend[] {
  if (settings.chartWeeks <= 0) return [];
  const mondays = lastMondays(monday, settings.chartWeeks);
  const inRange = new Set(mondays);
  const history = new Map<string, Map<LocalDate, Metric>>();
  for (const row of rows) {
    if (!inRange.has(row.week)) continue;
    const weeks = history.get(row.metric) ?? new Map<LocalDate, Metric>();
    // A repeated row of one week keeps the first, as the report's line does.
    if (!weeks.has(row.week)) weeks.set(row.week, row);
    history.set(row.metric, weeks);
  }
  const thisWeek = rows.filter((r) => r.week === monday);
  return [...groupBy(thisWeek, (r) => r.group)].flatMap(([group, metrics]): MetricTrend[] => {
    const charted = metrics
      .map((m) => series(m, history.get(m.metric) ?? new Map(), mondays))
      .filter((s) => s.points >= MIN_POINTS || (s.points === 1 && s.offTarget));
    const unit = charted[0]?.isPercent;
    const sameUnit = charted.filter((s) => s.isPercent === unit);
    if (sameUnit.length === 0) return [];
    const span = fromFirstData(
      mondays,
      sameUnit.map((s) => s.line),
    );
    return [
      {
        group,
        weeks: span.weeks.map((m) => ({ monday: m, number: weekNumber(m, settings.weekNumbering) })),
        isPercent: unit === true,
        // A fold, not Math.max(...): a group may hold 200,000 metrics, too many arguments for the stack.
        decimals: sameUnit.reduce((max, s) => Math.max(max, s.decimals), Number.NEGATIVE_INFINITY),
        series: span.series,
      },
    ];
  });
}
