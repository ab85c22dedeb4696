// Grouping and ordering of parsed rows, linear in the number of rows (a year of history is ~10,000 rows).

/** Rows grouped by key, groups in order of first appearance. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** Sorted by a number, rows without one last; ties keep sheet order (Array.prototype.sort is stable). */
export const byNumber = <T>(rows: readonly T[], number: (row: T) => number | null): T[] =>
  [...rows].sort((a, b) => (number(a) ?? Number.POSITIVE_INFINITY) - (number(b) ?? Number.POSITIVE_INFINITY));
