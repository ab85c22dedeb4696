// Row schema of 指标 / Metrics: one row per metric per week, its value as the sheet displays it.
import * as z from 'zod/mini';
import { type DateContext, requiredWeek } from '../cells/date';
import { optionalMetricValue, requiredMetricValue } from '../cells/metric-value';
import { choiceCell, optionalText, requiredText } from '../cells/text';
import type { Direction } from '../model/report-model';
import { fromCell } from './rows';
import { METRIC_DIRECTIONS } from './tabs';

export const metricRow = (ctx: DateContext) =>
  z.object({
    week: fromCell((c) => requiredWeek(c, ctx)),
    group: fromCell(optionalText),
    metric: fromCell(requiredText),
    value: fromCell(requiredMetricValue),
    target: fromCell(optionalMetricValue),
    direction: fromCell((c) => choiceCell<Direction>(c, METRIC_DIRECTIONS, 'higher')),
  });

export type MetricRow = z.output<ReturnType<typeof metricRow>>;
