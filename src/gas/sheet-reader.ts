// Reads every tab of the spreadsheet in one batch per tab (values + display strings) into the core's input.
import { analyseWorkbook, type Settings, type SheetInput, type WorkbookInput } from '../core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One `getDataRange()`, one `getValues()` and one `getDisplayValues()` per tab, never a call per cell. */
export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): SheetInput {
  const range = sheet.getDataRange();
  return { name: sheet.getName(), values: range.getValues(), displays: range.getDisplayValues() };
}

/** Apps Script Dates are instants that the sheet shows in its own time zone. */
export function readWorkbook(spreadsheet: Spreadsheet): WorkbookInput {
  return {
    sheets: spreadsheet.getSheets().map(readSheet),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    dateCells: 'instant',
  };
}

/** The Settings as the core reads them (defaults where absent), to speak the sheet's language. */
export const readSettings = (spreadsheet: Spreadsheet, now: Date): Settings =>
  analyseWorkbook(readWorkbook(spreadsheet), { now }).settings;
