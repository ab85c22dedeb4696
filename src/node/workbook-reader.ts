// Reads an .xlsx export (or a folder of CSVs named after the tabs) into the core's WorkbookInput, and says in
// plain words why a file that is not such a workbook cannot be read.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { format as formatNumber } from 'numfmt';
import {
  type Message,
  messages,
  namesMatch,
  type SheetInput,
  TABS,
  type TabDef,
  UNCALCULATED,
  type WorkbookInput,
} from '../core';
import { type Area, cellOf, columnName, contains, rangeOf } from './a1-range';
import { CsvTooLarge, parseCsv } from './csv-parser';
import { systemReason, UsageError } from './usage-error';
import { countText, isTabName, MAX_COLUMNS, MAX_ROWS, megabytes, safePackage } from './xlsx-package';
import { DamagedZip, UNPACKED_LIMIT, zipEntries } from './zip-limits';

export interface ReadOptions {
  /** IANA zone the sheet's times are in (Settings 时区 overrides it in the core). */
  readonly timeZone: string;
}

/** The encodings a CSV is read in: what Excel writes as "CSV UTF-8" and as "CSV" on Chinese Windows. */
export type CsvEncoding = 'UTF-8' | 'GB18030';

/** Cells merged in a sheet: `range` as A1 (`A2:A5`), `first` its top-left cell, `area` all of them. */
export interface MergedRange {
  readonly sheet: string;
  readonly range: string;
  readonly first: string;
  readonly area: Area;
}

/** Cells the reader hands the core, up to the last filled cell of each row, over all the tabs it reads. */
export const WALKED_CELLS_LIMIT = 10_000_000;

/** A workbook as read, with what the CLI tells the user about how it was read. */
export interface WorkbookRead {
  readonly input: WorkbookInput;
  /** A folder of CSVs: the files read in each encoding. */
  readonly encodings: readonly { readonly encoding: CsvEncoding; readonly files: readonly string[] }[];
  readonly merges: readonly MergedRange[];
}

type Cell = ExcelJS.Cell;
type Scalar = number | string | boolean | Date | null | typeof UNCALCULATED;

const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/** Every tab of the workbook at `path` (an .xlsx file, or a folder of `Tab.csv` files), values and displays. */
export async function readWorkbook(path: string, options: ReadOptions): Promise<WorkbookRead> {
  const info = await unreadable(path, () => stat(path));
  if (info.isDirectory()) return readCsvFolder(path, options);
  const workbook = await loadXlsxFile(path, { keepEverything: false });
  return { input: workbookInput(workbook, options), encodings: [], merges: mergedRanges(workbook) };
}

/** The core's input of the workbook at `path` (see readWorkbook). */
export const readWorkbookFile = async (path: string, options: ReadOptions): Promise<WorkbookInput> =>
  (await readWorkbook(path, options)).input;

/**
 * The .xlsx at `path` as an exceljs workbook: whole for commands that write it back, else with the tabs the tool does
 * not read left empty. What would exhaust the machine is refused first (SPEC §12).
 */
export async function loadXlsxFile(
  path: string,
  options: { readonly keepEverything: boolean } = { keepEverything: true },
): Promise<ExcelJS.Workbook> {
  const bytes = await unreadable(path, () => readFile(path));
  const problem = notAWorkbook(path, bytes);
  if (problem) throw new UsageError('unreadableWorkbook', { path, reason: problem });
  const safe = safePackage(path, bytes, options);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(safe as unknown as ArrayBuffer);
  } catch (error) {
    // exceljs's own words (`Cannot set properties of undefined (setting 'sheetNo')`) say nothing to a user.
    const reason = messages.cli.reasonDamaged;
    throw new UsageError('unreadableWorkbook', { path, reason }, { cause: error });
  }
  if (workbook.worksheets.length === 0) {
    throw new UsageError('unreadableWorkbook', { path, reason: messages.cli.reasonNoTabs });
  }
  checkCellsToWalk(path, workbook);
  return workbook;
}

/**
 * Refuses a workbook whose tabs the reader walks hold a cell beyond a sheet's limits, or more cells up to the last
 * filled one of each row than it walks. Looks at each row's length only, never at its cells.
 */
function checkCellsToWalk(path: string, workbook: ExcelJS.Workbook): void {
  let walked = 0;
  for (const sheet of workbook.worksheets.filter((s) => isTabName(s.name))) {
    const rows = sheet.lastRow?.number ?? 0;
    if (rows > MAX_ROWS) {
      throw new UsageError('unreadableWorkbook', {
        path,
        reason: messages.cli.reasonBeyondGrid,
        tab: sheet.name,
        ref: `A${rows}`,
      });
    }
    for (let r = 1; r <= rows; r++) {
      const width = sheet.findRow(r)?.cellCount ?? 0;
      if (width > MAX_COLUMNS) {
        const ref = `${columnName(width)}${r}`;
        throw new UsageError('unreadableWorkbook', {
          path,
          reason: messages.cli.reasonBeyondGrid,
          tab: sheet.name,
          ref,
        });
      }
      walked += width;
      if (walked > WALKED_CELLS_LIMIT) throw tooManyCells(path, sheet.name, walked);
    }
  }
}

const tooManyCells = (path: string, tab: string, cells: number): UsageError =>
  new UsageError('unreadableWorkbook', {
    path,
    reason: messages.cli.reasonTooManyCells,
    tab,
    count: countText(cells),
    limit: countText(WALKED_CELLS_LIMIT),
  });

/** Every worksheet of a loaded workbook as the core reads it: a tab it does not read has its name and no cells. */
export function workbookInput(workbook: ExcelJS.Workbook, options: ReadOptions): WorkbookInput {
  const formats = new DisplayFormats();
  return {
    sheets: workbook.worksheets.map((sheet) =>
      isTabName(sheet.name) ? readWorksheet(sheet, formats) : { name: sheet.name, values: [], displays: [] },
    ),
    timeZone: options.timeZone,
    dateCells: 'wall-clock',
  };
}

/** Runs `read`, turning a system error into the one-line usage error that names the file. */
async function unreadable<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('unreadableWorkbook', { path, reason: systemReason(error) }, { cause: error });
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an Excel 97-2003 .xls, or an .xlsx saved with a password (its package is encrypted). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, i) => bytes[i] === byte);

/** Why `bytes` cannot be an .xlsx, in words a user can act on; null when it looks like one. */
function notAWorkbook(path: string, bytes: Buffer): Message | null {
  if (bytes.length === 0) return messages.cli.reasonEmptyFile;
  if (startsWith(bytes, OLE)) {
    const encrypted = bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    return encrypted ? messages.cli.reasonEncrypted : messages.cli.reasonOldXls;
  }
  if (!startsWith(bytes, ZIP)) {
    if (extname(path).toLowerCase() === '.csv') return messages.cli.reasonSingleCsv;
    return decodeText(bytes) ? messages.cli.reasonText : messages.cli.reasonNotWorkbook;
  }
  let entries: string[];
  try {
    // Lists the entries without inflating any.
    entries = zipEntries(bytes).map((entry) => entry.name);
  } catch (error) {
    if (error instanceof DamagedZip) return messages.cli.reasonDamaged;
    throw error;
  }
  if (entries.includes('xl/workbook.xml')) return null;
  return entries.includes('content.xml') ? messages.cli.reasonOds : messages.cli.reasonNotWorkbook;
}

/** The text of `bytes` and the encoding it was read in: UTF-8 (a BOM or not) unless it is not, then GB18030. */
function decodeText(bytes: Uint8Array): { text: string; encoding: CsvEncoding } | null {
  for (const encoding of ['UTF-8', 'GB18030'] as const) {
    try {
      // TextDecoder drops a UTF-8 BOM by itself.
      const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return text.includes('\u0000') ? null : { text, encoding };
    } catch {
      // not this encoding: try the next
    }
  }
  return null;
}

const isUtf16 = (bytes: Uint8Array): boolean =>
  startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

async function readCsvFolder(folder: string, options: ReadOptions): Promise<WorkbookRead> {
  const files = (await unreadable(folder, () => readdir(folder)))
    .filter((name) => extname(name).toLowerCase() === '.csv')
    .sort();
  const tabOf = (file: string): string => basename(file, extname(file));
  if (files.length === 0) {
    throw new UsageError('unreadableWorkbook', { path: folder, reason: messages.cli.reasonNoCsv });
  }
  if (!files.some((file) => isTabName(tabOf(file)))) {
    const found = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '');
    throw new UsageError('unreadableWorkbook', { path: folder, reason: messages.cli.reasonNoTabCsv, found });
  }
  const sizes = await Promise.all(
    files.map((file) => unreadable(join(folder, file), () => stat(join(folder, file)))),
  );
  const total = sizes.reduce((sum, info) => sum + info.size, 0);
  if (total > UNPACKED_LIMIT) {
    const size = countText(megabytes(total));
    const limit = megabytes(UNPACKED_LIMIT);
    throw new UsageError('unreadableWorkbook', {
      path: folder,
      reason: messages.cli.reasonCsvTooLarge,
      size,
      limit,
    });
  }
  // One budget for the whole folder, as for the tabs of an .xlsx.
  let cellsLeft = WALKED_CELLS_LIMIT;
  const read = await Promise.all(
    files.map(async (file) => {
      const bytes = await unreadable(join(folder, file), () => readFile(join(folder, file)));
      const decoded = isUtf16(bytes) ? null : decodeText(bytes);
      if (decoded === null) {
        const reason = isUtf16(bytes) ? messages.cli.reasonCsvUtf16 : messages.cli.reasonCsvEncoding;
        throw new UsageError('unreadableWorkbook', { path: folder, reason, file });
      }
      let rows: string[][];
      try {
        rows = parseCsv(decoded.text, cellsLeft);
      } catch (error) {
        if (error instanceof CsvTooLarge) throw tooManyCells(folder, tabOf(file), WALKED_CELLS_LIMIT + 1);
        throw error;
      }
      cellsLeft -= rows.reduce((sum, row) => sum + row.length, 0);
      return { sheet: { name: tabOf(file), values: rows, displays: rows }, file, encoding: decoded.encoding };
    }),
  );
  const encodings = (['UTF-8', 'GB18030'] as const)
    .map((encoding) => ({ encoding, files: read.filter((r) => r.encoding === encoding).map((r) => r.file) }))
    .filter((group) => group.files.length > 0);
  return {
    input: { sheets: read.map((r) => r.sheet), timeZone: options.timeZone, dateCells: 'wall-clock' },
    encodings,
    merges: [],
  };
}

/**
 * Merged ranges of the tabs the tool reads: Sheets and exceljs give a value only to the first cell of each. Held as
 * areas, never as lists of cells, so a range of a million cells costs no more than one of two.
 */
export function mergedRanges(workbook: ExcelJS.Workbook): MergedRange[] {
  // hasMerges first: `model` copies every row of the tab.
  return workbook.worksheets
    .filter((sheet) => isTabName(sheet.name) && sheet.hasMerges)
    .flatMap((sheet) =>
      sheet.model.merges.flatMap((range) => {
        const area = rangeOf(range);
        return area ? [{ sheet: sheet.name, range, first: range.split(':')[0], area }] : [];
      }),
    );
}

/** The merged range of tab `sheet` that holds `cell` (A1) as one of its cells other than the first, if any. */
export function mergeHiding(
  merges: readonly MergedRange[],
  sheet: string,
  cell: string,
): MergedRange | undefined {
  const at = cellOf(cell);
  if (!at) return undefined;
  return merges.find(
    (m) =>
      m.sheet === sheet &&
      contains(m.area, at.row, at.column) &&
      (at.row !== m.area.top || at.column !== m.area.left),
  );
}

/** Shared by every row without cells: the core never changes its input. */
const NO_CELLS: readonly never[] = Object.freeze([]);

/**
 * A tab as the core reads it, walking only the rows and cells that exist: a row is as long as its last cell, a row
 * without cells is empty, so a stray cell far below or to the right costs one row, not rows × columns.
 */
function readWorksheet(sheet: ExcelJS.Worksheet, formats: DisplayFormats): SheetInput {
  const values: (readonly Scalar[])[] = [];
  const displays: (readonly string[])[] = [];
  const tab = TABS.find((def) => namesMatch(sheet.name, def));
  // Known once the header row is met: rows above it are blank, so they hold nothing to format.
  let known: ReadonlySet<number> | null = null;
  const rows = sheet.lastRow?.number ?? 0;
  for (let r = 1; r <= rows; r++) {
    const row = sheet.findRow(r);
    const width = row?.cellCount ?? 0;
    if (!row || width === 0) {
      values.push(NO_CELLS);
      displays.push(NO_CELLS);
      continue;
    }
    const rowValues: Scalar[] = new Array(width);
    for (let c = 0; c < width; c++) {
      // findCell, not getCell: getCell would create the cells it is asked for.
      const cell = row.findCell(c + 1);
      rowValues[c] = cell ? cellValue(cell) : null;
    }
    known ??= rowValues.some(isFilled) ? knownColumns(tab, rowValues) : null;
    values.push(rowValues);
    displays.push(rowDisplays(row, rowValues, known ?? NO_COLUMNS, formats));
  }
  return { name: sheet.name, values, displays };
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

/** What the core counts as a non-blank cell: the first row with one is the tab's header row. */
const isFilled = (value: Scalar): boolean =>
  value !== null && !(typeof value === 'string' && value.trim() === '');

/**
 * The columns under a header naming one of the tab's columns: those the core reads. Only a guess of where to spend
 * numfmt at once, never what a display is: any other column's numbers are still shown exactly, when asked.
 */
function knownColumns(tab: TabDef | undefined, header: readonly Scalar[]): ReadonlySet<number> {
  const known = new Set<number>();
  header.forEach((text, column) => {
    if (tab?.columns.some((def) => namesMatch(text, def))) known.add(column);
  });
  return known;
}

/**
 * A row's displays: text is its own display; a number's or a date's is formatted now in a known column, and only if
 * read in any other (see lazyDisplays), so an extra column of numbers costs no formatting.
 */
function rowDisplays(
  row: ExcelJS.Row,
  values: readonly Scalar[],
  known: ReadonlySet<number>,
  formats: DisplayFormats,
): readonly string[] {
  const shown: (string | DisplayFormat)[] = new Array(values.length);
  let later = false;
  for (let c = 0; c < values.length; c++) {
    const plain = plainDisplay(values[c]);
    if (plain !== null) {
      shown[c] = plain;
      continue;
    }
    // A number or a date comes from a cell, with its number format.
    const format = formats.of(row.findCell(c + 1)?.numFmt);
    shown[c] = known.has(c) ? format.show(values[c] as number | Date) : format;
    later ||= !known.has(c);
  }
  return later ? lazyDisplays(shown, values) : (shown as string[]);
}

/** The display of a value that needs no number format (text, a boolean, a blank); null for a number or a date. */
function plainDisplay(value: Scalar): string | null {
  if (value === null || value === UNCALCULATED) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return null;
}

/**
 * One number format, and what it has shown so far: a year of weekly rows holds ~50 distinct Week dates in 16,000
 * cells, and the same few progress values, so each is formatted once. A row's display array holds the format itself
 * where a number or a date is still to be shown.
 */
class DisplayFormat {
  private readonly numbers = new Map<number, string>();
  private readonly dates = new Map<number, string>();

  constructor(private readonly numFmt: string | undefined) {}

  show(value: number | Date): string {
    const key = typeof value === 'number' ? value : value.getTime();
    const memo = typeof value === 'number' ? this.numbers : this.dates;
    let shown = memo.get(key);
    if (shown === undefined) {
      shown = displayOf(value, this.numFmt);
      // A sheet of distinct numbers would keep one string per cell: past this, format without keeping.
      if (memo.size < MEMO_LIMIT) memo.set(key, shown);
    }
    return shown;
  }
}

/** Distinct values one format remembers. */
const MEMO_LIMIT = 100_000;

/** The DisplayFormat of each number format met in one workbook. */
class DisplayFormats {
  private readonly formats = new Map<string | undefined, DisplayFormat>();

  of(numFmt: string | undefined): DisplayFormat {
    let format = this.formats.get(numFmt);
    if (format === undefined) {
      format = new DisplayFormat(numFmt);
      this.formats.set(numFmt, format);
    }
    return format;
  }
}

/**
 * A row whose unknown columns hold numbers or dates: each is formatted the first time it is read, and kept. Reads as a
 * plain array of strings (index, length, iteration, Jest's toEqual); new-week reads every column of a row it copies.
 */
function lazyDisplays(shown: (string | DisplayFormat)[], values: readonly Scalar[]): readonly string[] {
  const resolve = (key: string | symbol): void => {
    if (typeof key !== 'string') return;
    const at = shown[key as unknown as number];
    if (at instanceof DisplayFormat) {
      const column = Number(key);
      shown[column] = at.show(values[column] as number | Date);
    }
  };
  return new Proxy(shown as string[], {
    get(target, key, receiver) {
      resolve(key);
      return Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      resolve(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
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
  if ('formula' in object || 'sharedFormula' in object) {
    // A program that writes .xlsx without calculating leaves no result: not blank, but unknown.
    return object.result === undefined ? UNCALCULATED : scalarOf(object.result);
  }
  if ('hyperlink' in object) return scalarOf(object.text);
  if ('error' in object) return String(object.error);
  return null;
}

/** The text the sheet shows for `value` under the number format `numFmt` (General when unset). */
export function displayOf(value: Scalar, numFmt: string | undefined): string {
  const plain = plainDisplay(value);
  if (plain !== null) return plain;
  if (typeof value === 'number') return formatted(numFmt || 'General', value);
  // plainDisplay took every other kind of value.
  const date = value as Date;
  const serial = date.getTime() / DAY_MS + EXCEL_EPOCH_DAYS;
  const dateFormat = numFmt && numFmt !== 'General' ? numFmt : defaultDateFormat(date);
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
