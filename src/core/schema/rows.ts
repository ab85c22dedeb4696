// Reads a tab's data rows through its zod row schema (zod/mini: a third of full zod's size in the bundle), collecting every cell problem as a finding.
import * as z from 'zod/mini';
import { type Cell, type CellResult, shownText, unreadableCell } from '../cells/cell';
import type { Choice, ChoiceKey } from '../choices';
import type { ValidationMessage } from '../messages/validation';
import type { Finding } from './finding';
import { cellAt, columnsOf, findingAt, type Table } from './table';
import type { ColumnKey, TabKey, TabOf } from './tabs';

/**
 * The reader a column needs: a column of fixed choices must read to one of their keys (a reader of free text fails
 * the type-check); any other column, whatever its reader gives.
 */
type FieldOf<C> = C extends { readonly dropdown: { readonly choices: infer L extends readonly Choice[] } }
  ? z.ZodMiniType<ChoiceKey<L> | null>
  : z.ZodMiniType;

/**
 * A row schema's fields: exactly one per column of tab `T`, each of the type its column declares, so a renamed
 * column key, or a choice column read as text, fails the type-check.
 */
export type RowShape<T extends TabKey> = {
  readonly [C in TabOf<T>['columns'][number] as C['key']]: FieldOf<C>;
};

/** A parsed row that remembers where it came from (0-based row index), for messages about its cells. */
export type Located<T> = T & { readonly row: number };

export interface ParsedRows<T> {
  readonly rows: readonly Located<T>[];
  readonly findings: readonly Finding[];
}

/** A zod field that reads one cell with a cell reader; a failed read becomes a custom issue at that field. */
export const fromCell = <T>(read: (cell: Cell) => CellResult<T>) =>
  z.pipe(
    z.custom<Cell>(),
    z.transform((cell: Cell, ctx): T => {
      const result = read(cell);
      if (result.ok) return result.value;
      ctx.issues.push({
        code: 'custom',
        input: cell,
        message: result.problem.message,
        params: result.problem.params,
      });
      return z.NEVER;
    }),
  );

/** Every data row of `table` through `schema`; rows with problems are left out and reported. */
export function parseRows<K extends TabKey, T>(
  table: Table<K> | undefined,
  schema: z.ZodMiniType<T>,
): ParsedRows<T> {
  if (!table?.complete) return { rows: [], findings: [] };
  const rows: Located<T>[] = [];
  const findings: Finding[] = [];
  for (const row of table.dataRows) {
    const cells = columnsOf(table.def).map((c) => [c.key, cellAt(table, c.key, row)] as const);
    const unreadable = cells.flatMap(([key, cell]) => {
      const problem = unreadableCell(cell);
      return problem ? [findingAt(table, key, row, 'error', problem, { found: shownText(cell) })] : [];
    });
    if (unreadable.length > 0) {
      findings.push(...unreadable);
      continue;
    }
    const parsed = schema.safeParse(Object.fromEntries(cells));
    if (parsed.success) rows.push({ ...parsed.data, row });
    else findings.push(...parsed.error.issues.map((issue) => toFinding(table, row, issue)));
  }
  return { rows, findings };
}

function toFinding<K extends TabKey>(table: Table<K>, row: number, issue: z.core.$ZodIssue): Finding {
  const key = String(issue.path[0]) as ColumnKey<K>;
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  return findingAt(table, key, row, 'error', issue.message as ValidationMessage, params);
}
