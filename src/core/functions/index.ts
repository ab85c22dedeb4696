// Custom-function logic of SPEC §3, pure and array-aware; src/gas/main.ts wraps each as a Sheets function.
export type { FunctionContext } from './context';
export { downtimeBudget, metricStatus } from './metrics';
export { prevWeekValue, weekDelta } from './previous-week';
export { progressDelta, progressNoteFn } from './progress';
export { weekLabelFn, weekStart } from './weeks';
