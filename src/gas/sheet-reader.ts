// Reads every tab of the spreadsheet in one batch per tab (values + display strings) into the core's input.
import { analyseWorkbook, isKnownTab, type Settings, type SheetInput, type WorkbookInput } from '../core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The core's input, and the sheets it was read from, by name, for writing back without looking them up again. */
export interface SheetsRead extends WorkbookInput {
  readonly handles: ReadonlyMap<string, Sheet>;
}

/**
 * One `getDataRange()`, one `getValues()` and one `getDisplayValues()` per tab of SPEC §2, never a call per cell.
 * Other tabs (a team's own notes) are passed by name only: they cost one call, whatever they hold.
 */
function readSheet(sheet: Sheet): SheetInput {
  const name = sheet.getName();
  if (!isKnownTab(name)) return { name, values: [], displays: [] };
  const range = sheet.getDataRange();
  return { name, values: range.getValues(), displays: range.getDisplayValues() };
}

/** Apps Script Dates are instants that the sheet shows in its own time zone. */
export function readWorkbook(spreadsheet: Spreadsheet): SheetsRead {
  const handles = new Map<string, Sheet>();
  const sheets = spreadsheet.getSheets().map((sheet) => {
    const read = readSheet(sheet);
    handles.set(read.name, sheet);
    return read;
  });
  return { sheets, handles, timeZone: spreadsheet.getSpreadsheetTimeZone(), dateCells: 'instant' };
}

/** The Settings as the core reads them (defaults where absent), to speak the sheet's language. */
export const readSettings = (spreadsheet: Spreadsheet, now: Date): Settings =>
  analyseWorkbook(readWorkbook(spreadsheet), { now }).settings;
