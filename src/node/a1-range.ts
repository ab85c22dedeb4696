// A1 references as the CLI reads them from a package's XML and from issues: cells, blocks of cells, column letters.

/** A block of cells, 1-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const cellCount = (area: Area): number => (area.bottom - area.top + 1) * (area.right - area.left + 1);

/** `A1` or `$B$7` as a 1-based row and column; null for anything else. */
export function cellOf(ref: string): { readonly row: number; readonly column: number } | null {
  const match = /^\$?([A-Za-z]{1,7})\$?(\d{1,10})$/.exec(ref.trim());
  if (!match) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return { row: Number(match[2]), column };
}

/** `A1` or `$A$1:$B$2` as an area; null for anything else (whole columns, formulas). */
export function rangeOf(ref: string): Area | null {
  const [first, last = first] = ref.split(':');
  const from = cellOf(first);
  const to = cellOf(last);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.column, to.column),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.column, to.column),
  };
}

export const contains = (area: Area, row: number, column: number): boolean =>
  row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;

/** Column `n` (1-based) in letters: 16,385 → XFE. */
export function columnName(n: number): string {
  let name = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}
