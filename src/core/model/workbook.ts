// A workbook parsed once: its tabs found by header text, Settings read, and every finding so far. Every action of
// both shells starts from one of these; nothing reads the tabs or Settings again (STYLE: parse once).
import type { Finding } from '../schema/finding';
import { ROW_READERS } from '../schema/row-readers';
import { parseRows } from '../schema/rows';
import { readSettings, type Settings } from '../schema/settings';
import { findTables, namingLanguage, type TableSet } from '../schema/table';
import type { SheetKind } from '../schema/tabs';
import type { WorkbookInput } from '../workbook';

export interface Workbook {
  /** The cells as the shell read them, and how to read their dates. */
  readonly input: WorkbookInput;
  readonly tables: TableSet;
  /** Settings as read (defaults where absent), so a shell speaks the sheet's language even on errors. */
  readonly settings: Settings;
  /** Problems of the tabs and Settings, each at its tab and cell. */
  readonly findings: readonly Finding[];
}

/** A team's sheet by default; a center's (SPEC §13) has Settings and Teams and none of a team's tabs. */
export function parseWorkbook(input: WorkbookInput, kind: SheetKind = 'team'): Workbook {
  const found = findTables(input, kind);
  const settingRows = parseRows(found.tables.settings, ROW_READERS.settings());
  const read = readSettings(found.tables.settings, settingRows.rows, {
    timeZone: input.timeZone,
    language: namingLanguage(found.tables),
  });
  const findings = [...found.findings, ...settingRows.findings, ...read.findings];
  return { input, tables: found.tables, settings: read.settings, findings };
}
