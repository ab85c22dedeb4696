// Reads every tab of the spreadsheet in one batch per tab (values + display strings) into the core's input.
import {
  isKnownTab,
  namesMatch,
  parseWorkbook,
  type Settings,
  type SheetInput,
  TABS,
  type TabKey,
  tabDef,
  type WorkbookInput,
} from '../core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The core's input, and the sheets it was read from, by name, for writing back without looking them up again. */
export interface SheetsRead extends WorkbookInput {
  readonly handles: ReadonlyMap<string, Sheet>;
}

/**
 * One `getDataRange()`, one `getValues()` and one `getDisplayValues()` per tab of SPEC §2 that `withValues` asks for,
 * never a call per cell. Other tabs (a team's own notes, or tabs not needed) are passed by name only: they cost one
 * call, whatever they hold.
 */
function readSheet(sheet: Sheet, name: string, withValues: (name: string) => boolean): SheetInput {
  if (!isKnownTab(name) || !withValues(name)) return { name, values: [], displays: [] };
  const range = sheet.getDataRange();
  return { name, values: range.getValues(), displays: range.getDisplayValues() };
}

/**
 * Apps Script Dates are instants that the sheet shows in its own time zone. The tabs in `skip` are left out, as if
 * absent: an action that has no use for a tab does not pay for reading it (only for its name).
 */
export function readWorkbook(
  spreadsheet: Spreadsheet,
  skip: readonly TabKey[] = [],
  withValues: (name: string) => boolean = () => true,
): SheetsRead {
  const handles = new Map<string, Sheet>();
  const skipped = TABS.filter((tab) => skip.includes(tab.key));
  const sheets = spreadsheet.getSheets().flatMap((sheet) => {
    const name = sheet.getName();
    if (skipped.some((tab) => namesMatch(name, tab))) return [];
    const read = readSheet(sheet, name, withValues);
    handles.set(read.name, sheet);
    return [read];
  });
  return { sheets, handles, timeZone: spreadsheet.getSpreadsheetTimeZone(), dateCells: 'instant' };
}

const SETTINGS = tabDef('settings');

/**
 * The Settings as the core reads them (defaults where absent), to speak the sheet's language. Only the Settings tab's
 * values are read: the other tabs count by their names alone (which name the sheet's language).
 */
export const readSettings = (spreadsheet: Spreadsheet): Settings =>
  parseWorkbook(readWorkbook(spreadsheet, [], (name) => namesMatch(name, SETTINGS))).settings;
