// The center's own sheet (SPEC §13): its Settings and its Teams tab, read with SpreadsheetApp (this spreadsheet
// only), and the language it speaks.
import {
  buildCenterReport,
  hasErrors,
  type Issue,
  type Language,
  namesMatch,
  parseWorkbook,
  readTeams,
  type Settings,
  type TeamEntry,
  tabDef,
  tabsFor,
  type WeekChoice,
  type Workbook,
} from '../../core';
import { readWorkbook } from '../sheet-reader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CenterSheet {
  readonly workbook: Workbook;
  readonly settings: Settings;
  readonly teams: readonly TeamEntry[];
  /** The center sheet's own problems (Settings, Teams); an error stops the report before any team is read. */
  readonly issues: readonly Issue[];
}

/** The center sheet as the core reads it; its problems are found before a single team is read. */
export function readCenter(spreadsheet: Spreadsheet, week: WeekChoice, now: Date): CenterSheet {
  const workbook = parseWorkbook(readWorkbook(spreadsheet), 'center');
  const { teams } = readTeams(workbook);
  // The report of no team yet: the center's own findings, worded as the report will word them.
  const { issues, settings } = buildCenterReport(workbook, [], { week, now });
  return { workbook, settings, teams, issues };
}

export const blocked = (center: CenterSheet): boolean => hasErrors(center.issues);

/**
 * The language of the menu and dialogs: Settings 语言, else the center tabs' names; a sheet with neither tab yet
 * speaks its locale's language. Reads only tab names and Settings, which onOpen may (no authorisation needed).
 */
export function centerLanguage(spreadsheet: Spreadsheet): Language {
  const names = spreadsheet.getSheets().map((sheet) => sheet.getName());
  const hasCenterTab = tabsFor('center').some((tab) => names.some((name) => namesMatch(name, tab)));
  if (!hasCenterTab) return spreadsheet.getSpreadsheetLocale().startsWith('zh') ? 'zh' : 'en';
  const settingsOnly = (name: string) => namesMatch(name, tabDef('settings'));
  return parseWorkbook(readWorkbook(spreadsheet, [], settingsOnly), 'center').settings.language;
}
