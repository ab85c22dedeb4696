// Metric values: shown exactly as the sheet displays them, with the number kept for deltas and targets.
import { asciiText, type Cell, type CellResult, isBlank, ok, problem, shownText } from './cell';

export interface MetricValue {
  /** Exactly what the sheet shows (`99.2826%`), never re-rendered from the float. */
  readonly display: string;
  /** A percent as its fraction (99.2826% → 0.992826), anything else as shown. */
  readonly value: number;
  readonly isPercent: boolean;
  /** Decimal places shown (in points for percents). */
  readonly decimals: number;
}

// A leading number, optionally a percent; a unit may follow (`664分`, `120 ms`).
const SHOWN_NUMBER = /^([+-]?\d+(?:\.(\d+))?)\s*(%?)/;

/** A metric value; blank or without a number is an error. */
export function requiredMetricValue(cell: Cell): CellResult<MetricValue> {
  if (isBlank(cell)) return problem(cell, 'requiredValue');
  const display = shownText(cell);
  const shown = SHOWN_NUMBER.exec(asciiText(display).replace(/,/g, ''));
  if (!shown) return problem(cell, 'notNumber');
  const isPercent = shown[3] === '%';
  // The raw number is exact where the display may be rounded; text has only its display to go by.
  const fromDisplay = isPercent ? Number((Number(shown[1]) / 100).toPrecision(12)) : Number(shown[1]);
  const value = typeof cell.value === 'number' ? cell.value : fromDisplay;
  return ok({ display, value, isPercent, decimals: shown[2]?.length ?? 0 });
}

/** A metric target; blank reads as null. */
export const optionalMetricValue = (cell: Cell): CellResult<MetricValue | null> =>
  isBlank(cell) ? ok(null) : requiredMetricValue(cell);
