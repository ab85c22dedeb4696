// Reads a tab's data rows through its zod row schema (zod/mini: a third of full zod's size in the bundle), collecting
// every cell problem as a finding.
import * as z from 'zod/mini';
import { type Cell, type CellResult, type Params, shownText, unreadableCell } from '../cells/cell';
import type { Choice, ChoiceKey } from '../choices';
import type { ValidationMessage } from '../messages/validation';
import type { Finding } from './finding';
import { columnsOf, findingAt, rowCells, type Table } from './table';
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

type CellReader = (cell: Cell) => CellResult<unknown>;

/** The cell reader behind each field fromCell made, so parseRows can call it without zod's machinery per cell. */
const CELL_READERS = new WeakMap<z.core.$ZodType, CellReader>();

/** A zod field that reads one cell with a cell reader; a failed read becomes a custom issue at that field. */
export const fromCell = <T>(read: (cell: Cell) => CellResult<T>) => {
  const field = z.pipe(
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
  CELL_READERS.set(field, read);
  return field;
};

/** A row of cells read into `T`, or the problems of its cells in the schema's field order. */
type RowRead<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly RowIssue[] };

interface RowIssue {
  readonly key: string;
  readonly message: ValidationMessage;
  readonly params: Params;
}

/** Reads a row's cells, given in the order of its tab's columns (`keys`). */
type RowReader<T> = (cells: readonly Cell[]) => RowRead<T>;

/**
 * How a schema reads a row of cells. A schema whose every field is a fromCell reader is read by calling those readers
 * directly: what zod would do, field by field in the schema's order, without a pipe, a transform and a context per
 * cell. Any other schema (Settings' raw Value cell) is one zod parse of the whole row.
 */
function rowReader<T>(schema: z.ZodMiniType<T>, keys: readonly string[]): RowReader<T> {
  const shape: Readonly<Record<string, z.core.$ZodType>> =
    schema instanceof z.ZodMiniObject ? schema.shape : {};
  const fields = Object.entries(shape).map(([key, field]) => ({
    key,
    at: keys.indexOf(key),
    read: CELL_READERS.get(field),
  }));
  const direct = fields.length > 0 && fields.every((field) => field.read !== undefined && field.at !== -1);
  return direct ? readCells(fields as CellField[]) : (cells) => zodRead(schema, keys, cells);
}

interface CellField {
  readonly key: string;
  /** The field's cell in the row's cells. */
  readonly at: number;
  readonly read: CellReader;
}

const readCells =
  <T>(fields: readonly CellField[]): RowReader<T> =>
  (cells) => {
    const value: Record<string, unknown> = {};
    let issues: RowIssue[] | undefined;
    for (const { key, at, read } of fields) {
      const result = read(cells[at]);
      if (result.ok) {
        value[key] = result.value;
      } else {
        issues ??= [];
        issues.push({ key, ...result.problem });
      }
    }
    return issues ? { ok: false, issues } : { ok: true, value: value as T };
  };

function zodRead<T>(schema: z.ZodMiniType<T>, keys: readonly string[], cells: readonly Cell[]): RowRead<T> {
  const parsed = schema.safeParse(Object.fromEntries(keys.map((key, i) => [key, cells[i]])));
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map(issueOf) };
}

const issueOf = (issue: z.core.$ZodIssue): RowIssue => ({
  key: String(issue.path[0]),
  message: issue.message as ValidationMessage,
  // A cell reader's issue carries its message's placeholders (CellProblem's Params).
  params: issue.code === 'custom' ? ((issue.params as Params | undefined) ?? {}) : {},
});

/** Every data row of `table` through `schema`; rows with problems are left out and reported. */
export function parseRows<K extends TabKey, T>(
  table: Table<K> | undefined,
  schema: z.ZodMiniType<T>,
): ParsedRows<T> {
  if (!table?.complete) return { rows: [], findings: [] };
  const rows: Located<T>[] = [];
  const findings: Finding[] = [];
  const keys = columnsOf(table.def).map((c) => c.key);
  const read = rowReader(schema, keys);
  const cellsOf = rowCells(table);
  for (const row of table.dataRows) {
    const cells = cellsOf(row);
    if (pushUnreadable(table, row, keys, cells, findings)) continue;
    const result = read(cells);
    // The value is the row's own new object: it takes its row number in place rather than being copied.
    if (result.ok) rows.push(Object.assign(result.value as T & object, { row }));
    else for (const issue of result.issues) findings.push(toFinding(table, row, issue));
  }
  return { rows, findings };
}

/** Adds a finding for each cell of the row with no value to read (`#REF!`, uncalculated); says whether any had none. */
function pushUnreadable<K extends TabKey>(
  table: Table<K>,
  row: number,
  keys: readonly ColumnKey<K>[],
  cells: readonly Cell[],
  findings: Finding[],
): boolean {
  let any = false;
  cells.forEach((cell, i) => {
    const problem = unreadableCell(cell);
    if (problem === null) return;
    findings.push(findingAt(table, keys[i], row, 'error', problem, { found: shownText(cell) }));
    any = true;
  });
  return any;
}

const toFinding = <K extends TabKey>(table: Table<K>, row: number, issue: RowIssue): Finding =>
  findingAt(table, issue.key as ColumnKey<K>, row, 'error', issue.message, issue.params);
