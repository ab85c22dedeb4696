// Percent cells: a fraction (`0.85`, what Sheets stores for 85%), points (`85`) or text (`85%`, `８５％`).
import { asciiText, type Cell, type CellResult, isBlank, ok, problem } from './cell';

const PERCENT_TEXT = /^([+-]?\d+(?:\.\d+)?)\s*%$/;
const NUMBER_TEXT = /^[+-]?\d+(?:\.\d+)?$/;

/** Points to a fraction without float noise (57 → 0.57, not 0.5700000000000001). */
const fromPoints = (points: number): number => Number((points / 100).toPrecision(12));

/**
 * A bare number is a fraction up to 1 and points above it: nobody means 0.85 points, and 1 means 100% in a
 * cell formatted as a plain number. A number the sheet shows with `%` is always the stored fraction.
 */
const fromNumber = (n: number, shownAsPercent: boolean): number =>
  shownAsPercent || Math.abs(n) <= 1 ? n : fromPoints(n);

/** A percent value as a fraction, without range checks; null when it is no percent at all. */
export function percentFraction(value: unknown, shownAsPercent = false): number | null {
  if (typeof value === 'number') return fromNumber(value, shownAsPercent);
  if (typeof value !== 'string') return null;
  const text = asciiText(value);
  const percent = PERCENT_TEXT.exec(text);
  if (percent) return fromPoints(Number(percent[1]));
  return NUMBER_TEXT.test(text) ? fromNumber(Number(text), false) : null;
}

/** A percent as a fraction 0–1; blank reads as null, anything outside 0–100% is an error. */
export function optionalPercent(cell: Cell): CellResult<number | null> {
  if (isBlank(cell)) return ok(null);
  const fraction = percentFraction(cell.value, cell.display.includes('%'));
  if (fraction === null || !Number.isFinite(fraction)) return problem(cell, 'notPercent');
  if (fraction > 1) return problem(cell, 'percentAbove');
  if (fraction < 0) return problem(cell, 'percentBelow');
  return ok(fraction);
}
