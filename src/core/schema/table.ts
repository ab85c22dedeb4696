// Finds each tab by name and its columns by header text (zh or en, case- and space-insensitive, any order).
import { BLANK, type Cell, type Params } from '../cells/cell';
import { a1, type Severity } from '../issues';
import type { Language } from '../language';
import type { ValidationMessage } from '../messages/validation';
import { namesMatch, normaliseName } from '../names';
import type { SheetInput, WorkbookInput } from '../workbook';
import type { Finding } from './finding';
import {
  type ColumnDef,
  type ColumnKey,
  isDerivedHeader,
  isKnownTab,
  type SheetKind,
  TABS,
  type TabDef,
  type TabKey,
  type TabOf,
} from './tabs';

/** A tab as found: where each known column is and which rows hold data. */
export interface Table<out K extends TabKey = TabKey> {
  readonly def: TabOf<K>;
  readonly sheet: SheetInput;
  /** Column key → 0-based column index. */
  readonly columns: ReadonlyMap<ColumnKey<K>, number>;
  /** Column key → the header as typed, for messages. */
  readonly headers: ReadonlyMap<ColumnKey<K>, string>;
  /** 0-based indexes of the non-blank rows below the header. */
  readonly dataRows: readonly number[];
  /** False when a column whose header is required is missing: its rows are then not read (the error says why). */
  readonly complete: boolean;
}

/** Each tab found, by key. */
export type TableSet = { readonly [K in TabKey]?: Table<K> };

export interface Tables {
  readonly tables: TableSet;
  readonly findings: readonly Finding[];
}

/** A tab's columns with their keys typed, for code that works on any tab. */
export const columnsOf = <K extends TabKey>(def: TabOf<K>): readonly ColumnDef<ColumnKey<K>>[] =>
  // TypeScript cannot see through a union of tuples indexed by a type parameter; TABS guarantees it.
  def.columns as unknown as readonly ColumnDef<ColumnKey<K>>[];

const isBlankValue = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Whether every cell of `row` is blank, the columns in `skipped` aside (read in place: a year has 16,000 rows). */
function isBlankRow(row: readonly unknown[] | undefined, skipped: ReadonlySet<number>): boolean {
  for (let c = 0; c < (row?.length ?? 0); c++) {
    if (!skipped.has(c) && !isBlankValue(row?.[c])) return false;
  }
  return true;
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

/** The cell at 0-based `row` and `column` of `sheet` (a column past the row's end reads as blank). */
function cellOf(sheet: SheetInput, row: number, column: number): Cell {
  const value = sheet.values[row]?.[column] ?? null;
  const display = sheet.displays[row]?.[column] ?? '';
  // Blank cells are most of a sparse tab's: one shared object rather than one each.
  return value === null && display === '' ? BLANK : { value, display };
}

/** The cell of `table` in column `key` and 0-based `row`; an absent column reads as blank. */
export function cellAt<K extends TabKey>(table: Table<K>, key: ColumnKey<K>, row: number): Cell {
  const column = table.columns.get(key);
  return column === undefined ? BLANK : cellOf(table.sheet, row, column);
}

/**
 * A row's cells in the order of the tab's columns (columnsOf; an absent column blank), as cellAt reads them: the
 * columns are looked up once per tab, not once per cell.
 */
export function rowCells<K extends TabKey>(table: Table<K>): (row: number) => Cell[] {
  const columns = columnsOf(table.def).map((c) => table.columns.get(c.key));
  return (row) => columns.map((column) => (column === undefined ? BLANK : cellOf(table.sheet, row, column)));
}

/** A1 of the cell in column `key`, or of the row's first cell when the column is absent. */
export const cellRef = <K extends TabKey>(table: Table<K>, key: ColumnKey<K>, row: number): string =>
  a1(table.columns.get(key) ?? 0, row);

/** A finding at the cell in column `key` and 0-based `row` of `table`; `{column}` names it as typed. */
export const findingAt = <K extends TabKey>(
  table: Table<K>,
  key: ColumnKey<K>,
  row: number,
  severity: Severity,
  message: ValidationMessage,
  params: Params,
): Finding => ({
  tab: table.sheet.name,
  cell: cellRef(table, key, row),
  severity,
  message,
  params: { column: table.headers.get(key) ?? key, ...params },
});

/** The 0-based index of a tab's header row: its first non-blank row (0 when it has none). */
const headerRowOf = (values: SheetInput['values']): number =>
  Math.max(
    values.findIndex((row) => !isBlankRow(row, NO_COLUMNS)),
    0,
  );

function readHeader<K extends TabKey>(def: TabOf<K>, sheet: SheetInput, headerRow: number) {
  const columns = new Map<ColumnKey<K>, number>();
  const headers = new Map<ColumnKey<K>, string>();
  const findings: Finding[] = [];
  (sheet.values[headerRow] ?? []).forEach((text, index) => {
    const column = columnsOf(def).find((c) => namesMatch(text, c));
    if (!column) return;
    if (columns.has(column.key)) {
      const params = { column: String(text).trim() };
      findings.push({
        tab: sheet.name,
        cell: a1(index, headerRow),
        severity: 'error',
        message: 'duplicateColumn',
        params,
      });
      return;
    }
    columns.set(column.key, index);
    headers.set(column.key, String(text).trim());
  });
  return { columns, headers, findings };
}

function readTable<K extends TabKey>(
  def: TabOf<K>,
  sheet: SheetInput,
): { table: Table<K>; findings: Finding[] } {
  const headerRow = headerRowOf(sheet.values);
  const { columns, headers, findings } = readHeader(def, sheet, headerRow);
  // A derived column's formula fills it to the sheet's last row: a row with nothing else in it holds no data.
  const derived = new Set(
    (sheet.values[headerRow] ?? []).flatMap((text, column) => (isDerivedHeader(def, text) ? [column] : [])),
  );
  const dataRows: number[] = [];
  for (let index = headerRow + 1; index < sheet.values.length; index++) {
    if (!isBlankRow(sheet.values[index], derived)) dataRows.push(index);
  }
  const missing = columnsOf(def).filter((c) => c.headerRequired && !columns.has(c.key));
  for (const column of missing) {
    const params = { tab: sheet.name, column: { zh: column.zh, en: column.en } };
    findings.push({ tab: sheet.name, cell: '', severity: 'error', message: 'missingColumn', params });
  }
  return {
    table: { def, sheet, columns, headers, dataRows, complete: missing.length === 0 },
    findings,
  };
}

/**
 * The language the tabs are named in: English when every known tab has its English name (a workbook made by
 * `init --lang en` or Set up in English), else Chinese. Settings 语言 language overrides it.
 */
export function namingLanguage(tables: TableSet): Language {
  const found: Table[] = Object.values(tables);
  const english = (table: Table) => normaliseName(table.sheet.name) === normaliseName(table.def.en);
  return found.length > 0 && found.every(english) ? 'en' : 'zh';
}

/** Every tab of SPEC §2 that a sheet of this kind has; a missing one is what its `whenMissing` says. */
export function findTables(input: WorkbookInput, kind: SheetKind = 'team'): Tables {
  const tables: { [K in TabKey]?: Table<K> } = {};
  const findings: Finding[] = [];
  for (const def of TABS) {
    if (!def.usedBy.includes(kind)) continue;
    const [sheet, ...others] = input.sheets.filter((s) => namesMatch(s.name, def));
    if (sheet) {
      // 项目 and Projects in one workbook: only the first is read, which the team must hear about.
      for (const other of others) {
        const params = { tab: sheet.name, other: other.name };
        findings.push({ tab: other.name, cell: '', severity: 'warning', message: 'duplicateTab', params });
      }
      const found = readTable(def, sheet);
      (tables as Record<TabKey, Table>)[def.key] = found.table;
      findings.push(...found.findings);
    } else if (
      def.whenMissing === 'error' ||
      (def.whenMissing === 'error-beside-others' && input.sheets.length > 0)
    ) {
      findings.push(missingCoreTab(def, input.sheets));
    } else if (def.whenMissing === 'warning') {
      const tab = { zh: def.zh, en: def.en };
      findings.push({ tab, cell: '', severity: 'warning', message: 'missingTab', params: { tab } });
    }
  }
  return { tables, findings };
}

/** Edits (insert, delete, replace one character) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * A tab the report cannot do without (Projects; Settings once the workbook has tabs) is an error, not an empty
 * section: a renamed `项目 (2)` would otherwise give a report without projects. The nearest unknown tab is named.
 */
function missingCoreTab(def: TabDef, sheets: readonly SheetInput[]): Finding {
  const tab = { zh: def.zh, en: def.en };
  const distance = (name: string): number => {
    const typed = normaliseName(name);
    return Math.min(
      ...[def.zh, def.en].map((n) =>
        typed.includes(normaliseName(n)) ? 0 : editDistance(typed, normaliseName(n)),
      ),
    );
  };
  const [closest] = sheets
    .filter((s) => !isKnownTab(s.name) && distance(s.name) <= 2)
    .sort((a, b) => distance(a.name) - distance(b.name));
  return closest
    ? {
        tab,
        cell: '',
        severity: 'error',
        message: 'missingCoreTabNear',
        params: { tab, closest: closest.name },
      }
    : { tab, cell: '', severity: 'error', message: 'missingCoreTab', params: { tab } };
}
