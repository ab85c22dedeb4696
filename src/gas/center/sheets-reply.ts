// A team's spreadsheet as the Sheets API replies (spreadsheets.get with grid data) → the core's input, read as the
// team's own Generate reads its tabs through SpreadsheetApp: a value and the text shown for every cell.
import type { SheetInput, WorkbookInput } from '../../core';

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** What the first call asks for: every tab's name and id, and the sheet's zone. No cell is read. */
export const TABS_FIELDS = 'properties(timeZone),sheets(properties(sheetId,title))';

/**
 * What the second call asks for, for the tabs it names: each cell's value, the text Sheets shows and its number
 * format's type (a date is a serial number there, told apart only by its format).
 */
export const CELLS_FIELDS =
  'properties(timeZone),sheets(properties(sheetId,title),data(startRow,startColumn,rowData(values(effectiveValue,formattedValue,effectiveFormat/numberFormat/type))))';

/** Number formats whose serial numbers Sheets shows as a day, a time or both. */
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);

/** 1970-01-01 as a Sheets serial (days since 1899-12-30). */
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/**
 * A date cell's serial as a Date whose UTC fields are the wall clock the sheet shows (`dateCells: 'wall-clock'`):
 * the serial is a wall-clock time in the spreadsheet's zone, so no zone is applied. To the second, as Sheets keeps.
 */
export const wallClockDate = (serial: number): Date =>
  new Date(Math.round(((serial - UNIX_EPOCH_SERIAL) * DAY_MS) / 1000) * 1000);

/** A cell's value as SpreadsheetApp's getValues would hand it over, in the wall-clock convention for dates. */
export function cellValue(cell: CellData | undefined): unknown {
  const value = cell?.effectiveValue;
  if (!value) return '';
  if (value.numberValue !== undefined) {
    const type = cell?.effectiveFormat?.numberFormat?.type;
    return type && DATE_TYPES.has(type) ? wallClockDate(value.numberValue) : value.numberValue;
  }
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  // A formula's error: getValues hands over the text the cell shows (`#REF!`), which the core reports at the cell.
  if (value.errorValue) return cell?.formattedValue ?? `#${value.errorValue.type ?? 'ERROR'}!`;
  return '';
}

/** A cell with nothing to read: what getDataRange would not reach (a format alone is not content). */
const blank = (cell: CellData | undefined): boolean =>
  !cell?.effectiveValue && (cell?.formattedValue ?? '') === '';

/**
 * One tab's grid as values and displays of the same rectangular shape, header row first, trailing blank rows and
 * columns dropped (a column formatted down to row 1000 replies with 1000 rows of formats and no values).
 */
export function sheetInputOf(sheet: Sheet): SheetInput {
  const properties = sheet.properties ?? {};
  const name = properties.title ?? '';
  const id = properties.sheetId ?? 0;
  const [grid] = sheet.data ?? [];
  if (!grid) return { name, values: [], displays: [], id };
  const top = grid.startRow ?? 0;
  const left = grid.startColumn ?? 0;
  const rows = (grid.rowData ?? []).map((row) => row.values ?? []);
  let height = rows.length;
  while (height > 0 && rows[height - 1].every(blank)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const cells = rows[r];
    let last = cells.length;
    while (last > 0 && blank(cells[last - 1])) last--;
    width = Math.max(width, last);
  }
  const values: unknown[][] = [];
  const displays: string[][] = [];
  const pad = <T>(fill: T, count: number): T[] => Array.from({ length: count }, () => fill);
  for (let r = 0; r < top + height; r++) {
    const cells = r < top ? [] : rows[r - top];
    const value = pad<unknown>('', left);
    const display = pad('', left);
    for (let c = 0; c < width; c++) {
      value.push(cellValue(cells[c]));
      display.push(cells[c]?.formattedValue ?? '');
    }
    values.push(value);
    displays.push(display);
  }
  return { name, values, displays, id };
}

/**
 * The core's input from the two replies: every tab of the first reply in its order, with the cells of those the
 * second read. A tab not read counts by its name only, as the team's own Generate passes a tab it does not need;
 * one that `skipped` names is left out, as if absent (People, which Generate leaves out too).
 */
export function workbookInputOf(
  tabs: Spreadsheet,
  cells: Spreadsheet,
  options: { readonly fallbackZone: string; readonly skipped: (name: string) => boolean },
): WorkbookInput {
  const read = new Map((cells.sheets ?? []).map((sheet) => [sheet.properties?.sheetId, sheetInputOf(sheet)]));
  const sheets = (tabs.sheets ?? []).flatMap((sheet): SheetInput[] => {
    const { sheetId, title = '' } = sheet.properties ?? {};
    const found = read.get(sheetId);
    if (found) return [found];
    return options.skipped(title) ? [] : [{ name: title, values: [], displays: [], id: sheetId ?? 0 }];
  });
  const fallbackZone = options.fallbackZone;
  const timeZone = cells.properties?.timeZone ?? tabs.properties?.timeZone ?? fallbackZone;
  return { sheets, timeZone, dateCells: 'wall-clock' };
}

/** A tab's title as an A1 range of the whole tab: quoted, a quote doubled. */
export const wholeTab = (title: string): string => `'${title.replace(/'/g, "''")}'`;
