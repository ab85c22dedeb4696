// The one table of status-cell colours every writer that can shade a table cell uses (.docx, Google Doc).
import type { CellStatus } from '../layout/document';

/**
 * Cell fills for status cells, as `RRGGBB` hex: the light red/amber/green (and grey for done) of a spreadsheet
 * palette, so black text stays readable on them.
 */
export const STATUS_FILLS: Readonly<Record<CellStatus, string>> = {
  red: 'F4CCCC',
  amber: 'FFF2CC',
  green: 'D9EAD3',
  done: 'D9D9D9',
};
