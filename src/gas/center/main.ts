// Apps Script entry of the center project (SPEC §13): the only file of center/dist/Code.js with globals. Every
// export becomes a top-level function; each is a one-line call into an action with the services handed in. A
// center is its own project: reading other spreadsheets needs spreadsheets.readonly, which a team's never asks for.
import type { TriggerEvent } from '../actions/schedule';
import { buildFromMenu, continueRun, scheduledCenterRetry, scheduledCenterRun } from './build';
import { centerLanguage } from './center-sheet';
import { addCenterMenu } from './menu';
import { previewCenter } from './preview';
import { scheduleCenter, unscheduleCenter } from './schedule';
import { type CenterServices, centerServicesOf } from './services';
import { setUpCenterSheet } from './set-up';

/** Apps Script's services, as its globals name them, for one run starting now. */
function services_(): CenterServices {
  return centerServicesOf({
    spreadsheetApp: SpreadsheetApp,
    htmlService: HtmlService,
    documentApp: DocumentApp,
    // An advanced service not enabled in the project is no global at all.
    docs: typeof Docs === 'undefined' ? undefined : Docs,
    drive: typeof Drive === 'undefined' ? undefined : Drive,
    sheets: typeof Sheets === 'undefined' ? undefined : Sheets,
    mailApp: MailApp,
    scriptApp: ScriptApp,
    lockService: LockService,
    propertiesService: PropertiesService,
    session: Session,
    utilities: Utilities,
    logError: (line) => console.error(line),
    now: new Date(),
    clock: () => Date.now(),
  });
}

/** Adds the 汇总 (Center) menu when the spreadsheet opens, in the sheet's language. */
export function onOpen(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let language: 'zh' | 'en' = 'zh';
  try {
    language = centerLanguage(spreadsheet);
  } catch {
    // Without authorisation yet: the Chinese menu, which carries the English words too.
  }
  addCenterMenu(SpreadsheetApp.getUi(), language);
}

/** Menu: reads every team's sheet and writes the center's Doc of the latest week, then shows its link. */
export function buildCenterReport(): void {
  buildFromMenu(services_());
}

/** Menu: the center report the menu would write, in a sidebar; nothing is written. */
export function previewCenterReport(): void {
  previewCenter(services_());
}

/**
 * Menu: builds the center report every Monday 10:00 (spreadsheet time zone) in the user's name and mails it to the
 * recipients they confirm now. One schedule per spreadsheet, owned as a team's report schedule is.
 */
export function scheduleCenterReport(): void {
  scheduleCenter(services_());
}

/** Menu: removes the center's weekly schedule, saying whether there was one (and whose it is when not the user's). */
export function removeCenterSchedule(): void {
  unscheduleCenter(services_());
}

/** Menu: creates the Settings and Teams tabs of a center sheet. */
export function setUpCenter(): void {
  setUpCenterSheet(services_());
}

/** One-off trigger handler: the next slice of a center report being read. */
export function continueCenterReport(): void {
  continueRun(services_());
}

/** Trigger handler: the center report due today, mailed to the confirmed recipients. */
export function scheduledCenterReport(event?: TriggerEvent): void {
  scheduledCenterRun(services_(), event);
}

/** One-off trigger handler: the retry of a Monday run that found another run in progress. */
export function scheduledCenterReportRetry(): void {
  scheduledCenterRetry(services_());
}
