// Finds each tab by name and its columns by header text (zh or en, case- and space-insensitive, any order).
import { BLANK, type Cell, type Params } from '../cells/cell';
import { a1, type Severity } from '../issues';
import type { ValidationMessage } from '../messages/validation';
import type { Language } from '../model/report-model';
import type { SheetInput, WorkbookInput } from '../workbook';
import type { Finding } from './finding';
import { namesMatch, normaliseName, TABS, type TabDef, type TabKey } from './tabs';

/** A tab as found: where each known column is and which rows hold data. */
export interface Table {
  readonly def: TabDef;
  readonly sheet: SheetInput;
  /** Column key → 0-based column index. */
  readonly columns: ReadonlyMap<string, number>;
  /** Column key → the header as typed, for messages. */
  readonly headers: ReadonlyMap<string, string>;
  /** 0-based indexes of the non-blank rows below the header. */
  readonly dataRows: readonly number[];
  /** False when a required column is missing: its rows are then not read (the error says why). */
  readonly complete: boolean;
}

export interface Tables {
  readonly tables: Partial<Record<TabKey, Table>>;
  readonly findings: readonly Finding[];
}

/** Settings may be absent (all defaults) and Reports is written by the tool, so neither is worth a warning. */
const SILENT_WHEN_MISSING: ReadonlySet<TabKey> = new Set(['settings', 'reports']);

const isBlankRow = (row: readonly unknown[]): boolean =>
  row.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''));

/** The cell of `table` in column `key` and 0-based `row`; an absent column reads as blank. */
export function cellAt(table: Table, key: string, row: number): Cell {
  const column = table.columns.get(key);
  if (column === undefined) return BLANK;
  return {
    value: table.sheet.values[row]?.[column] ?? null,
    display: table.sheet.displays[row]?.[column] ?? '',
  };
}

/** A1 of the cell in column `key`, or of the row's first cell when the column is absent. */
export const cellRef = (table: Table, key: string, row: number): string =>
  a1(table.columns.get(key) ?? 0, row);

/** A finding at the cell in column `key` and 0-based `row` of `table`; `{column}` names it as typed. */
export const findingAt = (
  table: Table,
  key: string,
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

function readHeader(def: TabDef, sheet: SheetInput, headerRow: number) {
  const columns = new Map<string, number>();
  const headers = new Map<string, string>();
  const findings: Finding[] = [];
  (sheet.values[headerRow] ?? []).forEach((text, index) => {
    const column = def.columns.find((c) => namesMatch(text, c));
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

function readTable(def: TabDef, sheet: SheetInput): { table: Table; findings: Finding[] } {
  const rows = sheet.values.map((_, index) => index).filter((index) => !isBlankRow(sheet.values[index]));
  const headerRow = rows[0] ?? 0;
  const { columns, headers, findings } = readHeader(def, sheet, headerRow);
  const missing = def.columns.filter((c) => c.required && !columns.has(c.key));
  for (const column of missing) {
    const params = { tab: sheet.name, column: { zh: column.zh, en: column.en } };
    findings.push({ tab: sheet.name, cell: '', severity: 'error', message: 'missingColumn', params });
  }
  return {
    table: { def, sheet, columns, headers, dataRows: rows.slice(1), complete: missing.length === 0 },
    findings,
  };
}

/**
 * The language the tabs are named in: English when every known tab has its English name (a workbook made by
 * `init --lang en` or Set up in English), else Chinese. Settings 语言 language overrides it.
 */
export function namingLanguage(tables: Tables['tables']): Language {
  const found = Object.values(tables);
  const english = (table: Table) => normaliseName(table.sheet.name) === normaliseName(table.def.en);
  return found.length > 0 && found.every(english) ? 'en' : 'zh';
}

/** Every tab of SPEC §2 that the workbook has; a missing one is a warning and an empty section. */
export function findTables(input: WorkbookInput): Tables {
  const tables: Partial<Record<TabKey, Table>> = {};
  const findings: Finding[] = [];
  for (const def of TABS) {
    const sheet = input.sheets.find((s) => namesMatch(s.name, def));
    if (sheet) {
      const found = readTable(def, sheet);
      tables[def.key] = found.table;
      findings.push(...found.findings);
    } else if (!SILENT_WHEN_MISSING.has(def.key)) {
      const tab = { zh: def.zh, en: def.en };
      findings.push({ tab, cell: '', severity: 'warning', message: 'missingTab', params: { tab } });
    }
  }
  return { tables, findings };
}
