// METRIC_STATUS and DOWNTIME_BUDGET: a metric against its target, and the downtime an availability allows.

import { isBlankValue as isBlank } from '../cells/cell';
import { DOWNTIME_SPANS, type DowntimeSpan, METRIC_DIRECTIONS } from '../choices';
import { functionMessages } from '../messages/functions';
import { t } from '../messages/index';
import { callOf, type FunctionContext } from './context';
import { elementwise } from './ranges';
import { readChoice, readNumber, readPercent, roundNoise } from './readers';

/** Days per period, as availability targets are usually quoted (a 365-day year, a 30-day month). */
const PERIOD_DAYS: Readonly<Record<DowntimeSpan, number>> = { year: 365, month: 30, week: 7 };

/**
 * `达标` / `未达标` (en `met` / `missed`): whether the value reaches the target in its direction (`higher`, the
 * default, or `lower`). Numbers compare as they are, `99.99%` text as the fraction 0.9999.
 */
export function metricStatus(
  value: unknown,
  target: unknown,
  direction: unknown,
  ctx: FunctionContext,
): unknown {
  const args = [
    ['value', value],
    ['target', target],
    ['direction', direction],
  ] as const;
  return elementwise(callOf('METRIC_STATUS', ctx), args, ([actual, goal, way]) => {
    if (isBlank(actual.value) || isBlank(goal.value)) return '';
    const margin = roundNoise(readNumber(actual) - readNumber(goal));
    const better = readChoice(way, METRIC_DIRECTIONS) ?? 'higher';
    const met = better === 'higher' ? margin >= 0 : margin <= 0;
    return t(ctx.language, met ? functionMessages.metricMet : functionMessages.metricMissed);
  });
}

/** Minutes of downtime an availability allows per `year` (default), `month` or `week`: 99.99% → 52.56 a year. */
export function downtimeBudget(availability: unknown, period: unknown, ctx: FunctionContext): unknown {
  const args = [
    ['availability', availability],
    ['period', period],
  ] as const;
  return elementwise(callOf('DOWNTIME_BUDGET', ctx), args, ([share, span]) => {
    if (isBlank(share.value)) return '';
    // 12 significant digits drop the cancellation noise of 1 − 0.9999 before it is multiplied by 525,600.
    const unavailable = Number((1 - readPercent(share)).toPrecision(12));
    return roundNoise(unavailable * PERIOD_DAYS[readChoice(span, DOWNTIME_SPANS) ?? 'year'] * 1440);
  });
}
