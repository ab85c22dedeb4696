// Reads an .xlsx export (or a folder of CSVs named after the tabs) into the core's WorkbookInput.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { format as formatNumber } from 'numfmt';
import type { SheetInput, WorkbookInput } from '../core';
import { parseCsv } from './csv-parser';
import { UsageError } from './usage-error';

export interface ReadOptions {
  /** IANA zone the sheet's times are in (Settings 时区 overrides it in the core). */
  readonly timeZone: string;
}

type Cell = ExcelJS.Cell;
type Scalar = number | string | boolean | Date | null;

const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/** Every tab of the workbook at `path` (an .xlsx file, or a folder of `Tab.csv` files), values and displays. */
export async function readWorkbookFile(path: string, options: ReadOptions): Promise<WorkbookInput> {
  const isFolder = await unreadable(path, async () => (await stat(path)).isDirectory());
  if (!isFolder) return workbookInput(await loadXlsxFile(path), options);
  const sheets = await unreadable(path, () => readCsvFolder(path));
  return { sheets, timeZone: options.timeZone, dateCells: 'wall-clock' };
}

/** The .xlsx at `path` as an exceljs workbook, for commands that also write it back. */
export function loadXlsxFile(path: string): Promise<ExcelJS.Workbook> {
  return unreadable(path, async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return workbook;
  });
}

/** Every worksheet of a loaded workbook as the core reads it. */
export const workbookInput = (workbook: ExcelJS.Workbook, options: ReadOptions): WorkbookInput => ({
  sheets: workbook.worksheets.map(readWorksheet),
  timeZone: options.timeZone,
  dateCells: 'wall-clock',
});

/** Runs `read`, turning any failure into the one-line usage error that names the file. */
async function unreadable<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw new UsageError('unreadableWorkbook', { path, reason: reasonOf(error) }, { cause: error });
  }
}

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
};

async function readCsvFolder(folder: string): Promise<SheetInput[]> {
  const names = (await readdir(folder)).filter((name) => extname(name).toLowerCase() === '.csv').sort();
  return Promise.all(
    names.map(async (name) => {
      const rows = parseCsv(await readFile(join(folder, name), 'utf8'));
      return { name: basename(name, extname(name)), values: rows, displays: rows };
    }),
  );
}

function readWorksheet(sheet: ExcelJS.Worksheet): SheetInput {
  const values: Scalar[][] = [];
  const displays: string[][] = [];
  // exceljs computes columnCount by walking every row: read it once, or the read is quadratic in rows.
  const { rowCount, columnCount } = sheet;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const rowValues: Scalar[] = [];
    const rowDisplays: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      const value = cellValue(cell);
      rowValues.push(value);
      rowDisplays.push(displayOf(value, cell.numFmt));
    }
    values.push(rowValues);
    displays.push(rowDisplays);
  }
  return { name: sheet.name, values, displays };
}

/** The value Sheets' getValues would give: formulas by their cached result, rich text and links by their text. */
export function cellValue(cell: Cell): Scalar {
  // A merged cell's other parts read as the master's value in exceljs, but are blank in Sheets.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  return scalarOf(cell.value);
}

function scalarOf(value: unknown): Scalar {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  const object = value as Record<string, unknown>;
  if ('richText' in object) return (object.richText as { text: string }[]).map((run) => run.text).join('');
  if ('formula' in object || 'sharedFormula' in object) return scalarOf(object.result);
  if ('hyperlink' in object) return scalarOf(object.text);
  if ('error' in object) return String(object.error);
  return null;
}

/** The text the sheet shows for `value` under the number format `numFmt` (General when unset). */
export function displayOf(value: Scalar, numFmt: string | undefined): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatted(numFmt || 'General', value);
  const serial = value.getTime() / DAY_MS + EXCEL_EPOCH_DAYS;
  const dateFormat = numFmt && numFmt !== 'General' ? numFmt : defaultDateFormat(value);
  return formatted(dateFormat, serial);
}

// exceljs Dates carry the cell's wall-clock in their UTC fields, so a time of 00:00 means a plain date.
const defaultDateFormat = (date: Date): string =>
  date.getTime() % DAY_MS === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';

function formatted(numFmt: string, value: number): string {
  try {
    return formatNumber(numFmt, value);
  } catch {
    // A format numfmt cannot parse: show the number plainly rather than fail the whole read.
    return formatNumber('General', value);
  }
}
