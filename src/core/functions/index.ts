// Custom-function logic of SPEC §3, pure and array-aware; src/gas/main.ts wraps each as a Sheets function.
import type { Language } from '../model/report-model';

/** What a custom function needs from its spreadsheet: Dates arrive as instants shown in `timeZone`. */
export interface FunctionContext {
  readonly timeZone: string;
  /** Language of error messages and phrases (from the spreadsheet locale). */
  readonly language: Language;
}

export declare function progressDelta(current: unknown, previous: unknown): unknown;
export declare function prevWeekValue(
  keys: unknown,
  weeks: unknown,
  values: unknown,
  ctx: FunctionContext,
): unknown;
export declare function weekDelta(
  keys: unknown,
  weeks: unknown,
  values: unknown,
  ctx: FunctionContext,
): unknown;
export declare function progressNoteFn(
  current: unknown,
  previous: unknown,
  lang: unknown,
  ctx: FunctionContext,
): unknown;
export declare function weekLabelFn(date: unknown, numbering: unknown, ctx: FunctionContext): unknown;
export declare function weekStart(date: unknown, ctx: FunctionContext): unknown;
export declare function metricStatus(
  value: unknown,
  target: unknown,
  direction: unknown,
  ctx: FunctionContext,
): unknown;
export declare function downtimeBudget(availability: unknown, period: unknown, ctx: FunctionContext): unknown;
