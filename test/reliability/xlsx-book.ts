// Small workbooks for the reliability suites: tabs of plain rows, written as a real .xlsx with exceljs and read
// back through the CLI's own reader, and the CLI run as a process on them.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookInput } from '../../src/core/workbook';
import { DEFAULT_TIME_ZONE } from '../../src/node/commands/context';
import { workbookInput } from '../../src/node/workbook-reader';

/** A cell as typed: text, a number, a day (`{ day }`, midnight wall-clock), a formatted number, or blank. */
export type BookCell =
  | string
  | number
  | null
  | { readonly day: string }
  | { readonly n: number; readonly fmt: string }
  /** A formula as a program that does not calculate saves it (no result), or an error value such as `#N/A`. */
  | { readonly formula: string }
  | { readonly error: string };

/** Tab name → rows, header first. */
export type Book = Record<string, BookCell[][]>;

export const day = (iso: string): BookCell => ({ day: iso });
export const pct = (n: number, fmt = '0%'): BookCell => ({ n, fmt });

/** A deep copy, so a case can edit its book freely. */
export const copyBook = (book: Book): Book =>
  Object.fromEntries(Object.entries(book).map(([tab, rows]) => [tab, rows.map((row) => [...row])]));

function setCell(cell: ExcelJS.Cell, value: BookCell): void {
  if (value === null || typeof value !== 'object') {
    cell.value = value;
  } else if ('formula' in value) {
    cell.value = { formula: value.formula } as ExcelJS.CellFormulaValue;
  } else if ('error' in value) {
    cell.value = { error: value.error } as ExcelJS.CellErrorValue;
  } else if ('day' in value) {
    // exceljs writes a Date's UTC fields as the cell's wall-clock.
    cell.value = new Date(`${value.day}T00:00:00Z`);
    cell.numFmt = 'yyyy-mm-dd';
  } else {
    cell.value = value.n;
    cell.numFmt = value.fmt;
  }
}

export function toExcel(book: Book): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const [tab, rows] of Object.entries(book)) {
    const sheet = workbook.addWorksheet(tab);
    rows.forEach((row, r) => {
      row.forEach((value, c) => {
        setCell(sheet.getCell(r + 1, c + 1), value);
      });
    });
  }
  return workbook;
}

export const writeBook = (book: Book, file: string): Promise<void> => toExcel(book).xlsx.writeFile(file);

/** What the CLI's reader makes of the book once saved as .xlsx: the same path as `--workbook book.xlsx`. */
export async function readBook(book: Book): Promise<WorkbookInput> {
  const buffer = await toExcel(book).xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  return workbookInput(loaded, { timeZone: DEFAULT_TIME_ZONE });
}

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const root = join(__dirname, '..', '..');
const cli = join(root, 'build', 'cli.cjs');

/** build/cli.cjs as a process (built by `pretest`), in English, in zone `TZ` (UTC unless told), as `user`. */
export function runCli(
  args: readonly string[],
  env: Record<string, string> = {},
  user: { readonly uid?: number; readonly gid?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC', ...env },
    ...user,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
