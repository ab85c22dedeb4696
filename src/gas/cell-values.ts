// Values the shell writes into cells: planned cells as `setValues` must receive them to stay what they were.
import { instantOf, type LocalDate, type PlannedCell } from '../core';

/** A Date written to a cell is shown in the spreadsheet's zone, so a calendar day is its midnight there. */
export const midnightIn = (date: LocalDate, timeZone: string): Date => instantOf(`${date}T00:00`, timeZone);

/**
 * Text as `setValues` must receive it to stay as typed. `setValues` parses strings like typed input (`=…` becomes
 * a formula, `11/16` a date, `85%` a number), so text gets Sheets' literal-text prefix `'`.
 */
export const literalText = (text: string): string => (text === '' ? '' : `'${text}`);

/**
 * A planned cell as `setValues` must receive it: text literal (see literalText), days real dates (midnight in the
 * sheet's zone) so they keep sorting, filtering and the column's format.
 */
export function toSheetValue(cell: PlannedCell, timeZone: string): unknown {
  if (cell === null) return '';
  if (typeof cell === 'string') return literalText(cell);
  if (typeof cell === 'number') return cell;
  return midnightIn(cell.date, timeZone);
}
