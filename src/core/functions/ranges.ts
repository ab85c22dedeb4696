// Array-awareness: Sheets passes a single cell as a scalar and a range as rows of cells; a range in, a column out.
import { functionMessages } from '../messages/functions';
import type { Call } from './context';
import { type ArgCell, argumentError } from './readers';

/** An argument as Sheets passes it, with its parameter name. */
export type Arg = readonly [name: string, value: unknown];

export interface Size {
  readonly rows: number;
  readonly columns: number;
}

/** The size of a range argument; null for a single cell. A flat array is read as a column. */
export function sizeOf(value: unknown): Size | null {
  if (!Array.isArray(value)) return null;
  const first: unknown = value[0];
  return { rows: value.length, columns: Array.isArray(first) ? first.length : 1 };
}

/** The cell at (row, column) of an argument; a scalar, or a range of one row or column, repeats along it. */
export function cellAt(value: unknown, size: Size | null, row: number, column: number): unknown {
  if (size === null) return value;
  const cells: unknown = (value as unknown[])[size.rows === 1 ? 0 : row];
  return Array.isArray(cells) ? cells[size.columns === 1 ? 0 : column] : cells;
}

/**
 * The cells of one column of an argument, row by row, the shape decided once: a custom function over 10,000 rows
 * reads each cell with one array access. Sheets passes ranges as rectangles of rows, so the first row tells.
 */
export function columnOf(value: unknown, size: Size | null, column: number): (row: number) => unknown {
  if (size === null || size.rows === 1) {
    const only = cellAt(value, size, 0, column);
    return () => only;
  }
  const rows = value as unknown[];
  if (!Array.isArray(rows[0])) return (row) => rows[row];
  const at = size.columns === 1 ? 0 : column;
  return (row) => (rows[row] as unknown[])[at];
}

/** The argument's cell at (row, column) with what an error must say about where it sits. */
export function argCell(
  call: Call,
  [arg, value]: Arg,
  size: Size | null,
  row: number,
  column: number,
): ArgCell {
  const cell = { ...call, arg, value: cellAt(value, size, row, column) };
  if (size === null) return cell;
  const at = { row: size.rows === 1 ? 1 : row + 1 };
  return size.columns > 1 ? { ...cell, ...at, column: column + 1 } : { ...cell, ...at };
}

const sizeText = ({ rows, columns }: Size): string => `${rows}×${columns}`;

function mismatch(call: Call, arg: Arg, size: Size, expected: Size, other: string): Error {
  const cell = { ...call, arg: arg[0], value: '' };
  return argumentError(cell, functionMessages.sizeMismatch, {
    size: sizeText(size),
    expected: sizeText(expected),
    other,
  });
}

/**
 * The result without its trailing rows of blanks (at least one row stays). A formula over `F2:F` receives every
 * row of the sheet, and blanks returned for the empty rows below the data would fill the column to the sheet's
 * end, so that the sheet seems to hold data there (its last row, where new rows are appended).
 */
export function withoutBlankTail(rows: unknown[][]): unknown[][] {
  let used = rows.length;
  while (used > 1 && rows[used - 1].every((cell) => cell === '')) used--;
  // The rows are the caller's fresh arrays: handed on as they are, not copied once more per row.
  return used === rows.length ? rows : rows.slice(0, used);
}

/**
 * Applies `compute` cell by cell, like ARRAYFORMULA: the result has the largest rows and columns of the range
 * arguments, single cells (and ranges one row tall or one column wide) repeat, and with no range the result is a
 * single value.
 */
export function elementwise(
  call: Call,
  args: readonly Arg[],
  compute: (cells: ArgCell[]) => unknown,
): unknown {
  const sizes = args.map(([, value]) => sizeOf(value));
  const ranges = sizes.filter((size): size is Size => size !== null);
  if (ranges.length === 0) return compute(args.map((arg) => argCell(call, arg, null, 0, 0)));
  const out = {
    rows: Math.max(...ranges.map((s) => s.rows)),
    columns: Math.max(...ranges.map((s) => s.columns)),
  };
  sizes.forEach((size, i) => {
    if (size === null) return;
    const rowsFit = size.rows === 1 || size.rows === out.rows;
    if (rowsFit && (size.columns === 1 || size.columns === out.columns)) return;
    const other =
      args[
        sizes.findIndex((s) => s !== null && (rowsFit ? s.columns === out.columns : s.rows === out.rows))
      ][0];
    throw mismatch(call, args[i], size, out, other);
  });
  return withoutBlankTail(
    Array.from({ length: out.rows }, (_, row) =>
      Array.from({ length: out.columns }, (_, column) =>
        compute(args.map((arg, i) => argCell(call, arg, sizes[i], row, column))),
      ),
    ),
  );
}

/** The common height of arguments read row by row (a single cell is one row tall); unequal heights throw. */
export function commonHeight(call: Call, args: readonly Arg[]): number {
  const sizes = args.map(([, value]) => sizeOf(value) ?? { rows: 1, columns: 1 });
  const tallest = sizes.reduce((best, size, i) => (size.rows > sizes[best].rows ? i : best), 0);
  const wrong = sizes.findIndex((size) => size.rows !== sizes[tallest].rows);
  if (wrong >= 0) {
    const expected = { rows: sizes[tallest].rows, columns: sizes[wrong].columns };
    throw mismatch(call, args[wrong], sizes[wrong], expected, args[tallest][0]);
  }
  return sizes[tallest].rows;
}
