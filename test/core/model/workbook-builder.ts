// Builds small WorkbookInputs for tests from plain arrays; a cell's display defaults to String(value).
import type { SheetInput, WorkbookInput } from '../../../src/core/workbook';

/** A cell whose display differs from String(value), as a formatted sheet cell does (0.85 shown as `85%`). */
export interface Shown {
  readonly shown: true;
  readonly value: unknown;
  readonly display: string;
}

export const shown = (value: unknown, display: string): Shown => ({ shown: true, value, display });

const isShown = (cell: unknown): cell is Shown =>
  typeof cell === 'object' && cell !== null && 'shown' in cell;

const displayOf = (cell: unknown): string => {
  if (isShown(cell)) return cell.display;
  return cell === null || cell === undefined ? '' : String(cell);
};

export function sheet(name: string, rows: readonly (readonly unknown[])[]): SheetInput {
  return {
    name,
    values: rows.map((row) => row.map((cell) => (isShown(cell) ? cell.value : (cell ?? null)))),
    displays: rows.map((row) => row.map(displayOf)),
  };
}

export function workbook(
  sheets: readonly SheetInput[],
  options: Partial<Pick<WorkbookInput, 'timeZone' | 'dateCells'>> = {},
): WorkbookInput {
  return {
    sheets,
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    dateCells: options.dateCells ?? 'wall-clock',
  };
}
