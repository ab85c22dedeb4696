// A metric's Target in words, the same wherever the report names it: its line, the summary, the chart's legend.
import type { MetricLine } from '../model/report-model';

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
