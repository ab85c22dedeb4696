// Row schema of 指标 / Metrics: one row per metric per week, its value as the sheet displays it.
import * as z from 'zod/mini';
import { type DateContext, requiredWeek } from '../cells/date';
import { optionalMetricValue, requiredMetricValue } from '../cells/metric-value';
import { choiceCell, optionalText, requiredText } from '../cells/text';
import { METRIC_DIRECTIONS } from '../choices';
import { fromCell, type RowShape } from './rows';

export const metricRow = (ctx: DateContext) =>
  z.object({
    week: fromCell((c) => requiredWeek(c, ctx)),
    group: fromCell(optionalText),
    metric: fromCell(requiredText),
    value: fromCell(requiredMetricValue),
    target: fromCell(optionalMetricValue),
    direction: fromCell((c) => choiceCell(c, METRIC_DIRECTIONS, 'higher')),
  } satisfies RowShape<'metrics'>);

export type MetricRow = z.output<ReturnType<typeof metricRow>>;
