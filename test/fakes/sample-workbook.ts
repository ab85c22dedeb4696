// Seeds a fake spreadsheet from seeds/sample-workbook.json, and reads a fake back as the core's input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantOf } from '../../src/core/dates';
import type { WorkbookInput } from '../../src/core/workbook';
import type { FakeSpreadsheet } from './spreadsheet-app';

type SeedCell =
  | string
  | number
  | null
  | { readonly date: string }
  | { readonly datetime: string }
  | { readonly value: number; readonly format: string };

export interface SeedSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly formats?: Readonly<Record<string, string>>;
  readonly rows: readonly (readonly SeedCell[])[];
}

export const sampleSheets = (): readonly SeedSheet[] =>
  JSON.parse(readFileSync(join(__dirname, '../../seeds/sample-workbook.json'), 'utf8')).sheets;

/** A seed cell as Apps Script holds it: dates are instants at that wall-clock time in the sheet's zone. */
function cellOf(cell: SeedCell, timeZone: string): { value: unknown; format?: string } {
  if (cell === null) return { value: '' };
  if (typeof cell !== 'object') return { value: cell };
  if ('date' in cell) return { value: instantOf(`${cell.date}T00:00`, timeZone) };
  if ('datetime' in cell) return { value: instantOf(cell.datetime, timeZone) };
  return { value: cell.value, format: cell.format };
}

/** Adds the seed's sheets (optionally transformed, e.g. to grow history) to a fake spreadsheet. */
export function seedSpreadsheet(
  spreadsheet: FakeSpreadsheet,
  sheets: readonly SeedSheet[] = sampleSheets(),
): void {
  for (const seed of sheets) {
    const sheet = spreadsheet.addSheet(seed.name);
    seed.header.forEach((name, c) => {
      sheet.cell(1, c + 1).value = name;
      sheet.cell(1, c + 1).display = name;
    });
    seed.rows.forEach((row, r) => {
      row.forEach((seedCell, c) => {
        const { value, format } = cellOf(seedCell, spreadsheet.timeZone);
        const cell = sheet.cell(r + 2, c + 1);
        cell.format = format ?? seed.formats?.[seed.header[c]] ?? '';
        sheet.getRange(r + 2, c + 1).setValues([[value]]);
      });
    });
  }
}

/** What the shell's batched read returns for the fake, to run the core on the same input in the test. */
export const workbookInputOf = (spreadsheet: FakeSpreadsheet): WorkbookInput => ({
  sheets: spreadsheet.sheets.map((sheet) => {
    const range = sheet.getDataRange();
    return { name: sheet.name, values: range.getValues(), displays: range.getDisplayValues() };
  }),
  timeZone: spreadsheet.timeZone,
  dateCells: 'instant',
});
