// Apps Script entry: the only file with globals. Every export becomes a top-level function of dist/Code.js; each is
// a one-line call into an action (src/gas/actions, one file per menu item) with the services handed in.
import {
  downtimeBudget,
  type FunctionContext,
  metricStatus,
  prevWeekValue,
  progressDelta,
  progressNoteFn,
  weekDelta,
  weekLabelFn,
  weekStart,
} from '../core';
import { generateForWeek, generateLatest } from './actions/generate';
import { newWeek } from './actions/new-week';
import { preview } from './actions/preview';
import {
  remind,
  scheduledReminders,
  scheduleReminders as scheduleRemindersOf,
  unscheduleReminders,
} from './actions/reminders';
import { schedule, scheduledRetry, scheduledRun, type TriggerEvent, unschedule } from './actions/schedule';
import { sendReport } from './actions/send-report';
import { setUp } from './actions/set-up';
import { validate } from './actions/validate';
import { addMenu } from './menu';
import { type Services, servicesOf } from './services';

/** Apps Script's services, as its globals name them, for one run at this moment. */
function services_(): Services {
  return servicesOf({
    spreadsheetApp: SpreadsheetApp,
    htmlService: HtmlService,
    documentApp: DocumentApp,
    // An advanced service not enabled in the project is no global at all.
    docs: typeof Docs === 'undefined' ? undefined : Docs,
    drive: typeof Drive === 'undefined' ? undefined : Drive,
    mailApp: MailApp,
    scriptApp: ScriptApp,
    lockService: LockService,
    propertiesService: PropertiesService,
    session: Session,
    logError: (line) => console.error(line),
    now: new Date(),
  });
}

/** Custom functions may read the spreadsheet's zone and locale (no authorisation needed). */
function functionContext_(): FunctionContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    language: spreadsheet.getSpreadsheetLocale().startsWith('zh') ? 'zh' : 'en',
  };
}

/** Adds the 周报 (Weekly report) menu when the spreadsheet opens. */
export function onOpen(): void {
  addMenu(SpreadsheetApp.getUi());
}

/** Adds the menu when the script is installed as an add-on. */
export function onInstall(): void {
  onOpen();
}

/** Menu: validates the sheet and writes the latest week's report Doc, then shows its link. */
export function generateWeeklyReport(): void {
  generateLatest(services_());
}

/** Menu: asks for a week (any day of it, `YYYY-MM-DD`) and writes that week's report Doc. */
export function generateReportForWeek(): void {
  generateForWeek(services_());
}

/**
 * Menu: the report Generate would write for the current rows, as its mail shows it, in a sidebar; nothing is
 * written. Problems in the sheet are listed instead, as Validate lists them.
 */
export function previewReport(): void {
  preview(services_());
}

/**
 * Menu: once the Settings recipients are confirmed, generates the report as Generate does and mails it as the
 * scheduled run does (the report as HTML, the Doc's link and PDF); says whom it was sent to, or why not.
 */
export function sendWeeklyReport(): void {
  sendReport(services_());
}

/**
 * Menu: the same checks as Generate; errors and warnings in a dialog, then how much of the report in progress is
 * updated and whose rows are not (SPEC §11); nothing written.
 */
export function validateSheet(): void {
  validate(services_());
}

/** Menu: appends next week's rows (projects not done, highlights), never touching existing rows. */
export function startNewWeek(): void {
  newWeek(services_());
}

/**
 * Menu: creates the missing tabs with headers, dropdowns and formats, and restores the dropdowns and formats of
 * the existing tabs' own columns; cell values are left alone. Under the document lock, like every writing action.
 */
export function setUpSheet(): void {
  setUp(services_());
}

/**
 * Menu: generates and mails the report every Monday 09:00 (spreadsheet time zone) in the user's name, to the
 * recipients they confirm now; replaces their earlier schedule. One schedule per spreadsheet: another editor's live
 * one is left alone and its owner named; a dead one (its run missed by over a day) is taken over.
 */
export function scheduleReport(): void {
  schedule(services_());
}

/** Menu: removes the weekly schedule, saying whether there was one (and whose it is when not the user's). */
export function removeSchedule(): void {
  unschedule(services_());
}

/**
 * Menu: lists the owners whose rows of the report in progress are not updated and, once confirmed, mails each of
 * them their rows with a link to the sheet, once per week, as far as today's mail quota allows; says who was not
 * mailed and why.
 */
export function remindOwners(): void {
  remind(services_());
}

/**
 * Menu: reminds the owners every week at Settings 提醒时间 (e.g. 周五 15:00, in the sheet's time zone) in the user's
 * name, once they confirm the addresses reminders may go to. One per spreadsheet, owned as the report schedule is.
 */
export function scheduleReminders(): void {
  scheduleRemindersOf(services_());
}

/** Menu: removes the weekly reminder, saying whether there was one (and whose it is when not the user's). */
export function removeReminders(): void {
  unscheduleReminders(services_());
}

/**
 * Trigger handler (see triggers.ts): mails each owner their rows not updated, with no confirmation (no one is
 * looking at the sheet), only at the addresses the schedule's owner confirmed; what could not be sent is logged
 * for the Executions page and mailed to the owner.
 */
export function scheduledReminder(event?: TriggerEvent): void {
  scheduledReminders(services_(), event);
}

/** Trigger handler (see triggers.ts): generates the report due today and mails it to the confirmed recipients. */
export function scheduledWeeklyReport(event?: TriggerEvent): void {
  scheduledRun(services_(), event);
}

/** One-off trigger handler: the retry of a scheduled run that found the sheet busy; it runs once. */
export function scheduledWeeklyReportRetry(): void {
  scheduledRetry(services_());
}

/**
 * Points of progress gained: current minus previous progress (0.85 and 0.70 give 0.15).
 *
 * @param {number|Array<Array<number>>} current Progress this week: a percent cell or a column of them.
 * @param {number|Array<Array<number>>} previous Progress last week, same shape as current.
 * @return The gained points as a fraction, one per row; blank where either input is blank.
 * @customfunction
 */
export function PROGRESS_DELTA(current: unknown, previous: unknown): unknown {
  return progressDelta(current, previous, functionContext_());
}

/**
 * For each row, the value of the same key in the previous week.
 *
 * @param {Array<Array<string>>} keys The key of each row, e.g. the Project or Metric column.
 * @param {Array<Array<Date>>} weeks The Week of each row.
 * @param {Array<Array<number>>} values The value of each row.
 * @return The previous week's value for each row's key; blank when there is none.
 * @customfunction
 */
export function PREV_WEEK_VALUE(keys: unknown, weeks: unknown, values: unknown): unknown {
  return prevWeekValue(keys, weeks, values, functionContext_());
}

/**
 * Value minus the previous week's value for the same key.
 *
 * @param {Array<Array<string>>} keys The key of each row, e.g. the Project or Metric column.
 * @param {Array<Array<Date>>} weeks The Week of each row.
 * @param {Array<Array<number>>} values The value of each row.
 * @return The change since the previous week for each row; blank when there is no previous week.
 * @customfunction
 */
export function WEEK_DELTA(keys: unknown, weeks: unknown, values: unknown): unknown {
  return weekDelta(keys, weeks, values, functionContext_());
}

/**
 * The progress phrase of the report: 总体进度85%，较上周70%新增15%进度 (en: 85% (+15 pts from 70%)).
 *
 * @param {number|Array<Array<number>>} current Progress this week.
 * @param {number|Array<Array<number>>} previous Progress last week (blank: the phrase without a change).
 * @param {string} lang Optional: zh or en (default: the spreadsheet's locale).
 * @return The phrase for each row.
 * @customfunction
 */
export function PROGRESS_NOTE(current: unknown, previous: unknown, lang: unknown): unknown {
  return progressNoteFn(current, previous, lang, functionContext_());
}

/**
 * The report's week label of a date: 第46周 2023-11-13, the week number and its Monday.
 *
 * @param {Date|Array<Array<Date>>} date Any day of the week.
 * @param {string} numbering Optional: iso (ISOWEEKNUM, default) or weeknum (WEEKNUM(date, 2)).
 * @return The label for each date.
 * @customfunction
 */
export function WEEK_LABEL(date: unknown, numbering: unknown): unknown {
  return weekLabelFn(date, numbering, functionContext_());
}

/**
 * The Monday of the week holding a date.
 *
 * @param {Date|Array<Array<Date>>} date Any day of the week.
 * @return The Monday of that week, for each date.
 * @customfunction
 */
export function WEEK_START(date: unknown): unknown {
  return weekStart(date, functionContext_());
}

/**
 * Whether a metric meets its target: 达标 / 未达标 (en: met / missed).
 *
 * @param {number|Array<Array<number>>} value The metric's value.
 * @param {number|Array<Array<number>>} target The metric's target.
 * @param {string} direction Optional: higher (default, higher is better) or lower.
 * @return The status for each row; blank where the value or target is blank.
 * @customfunction
 */
export function METRIC_STATUS(value: unknown, target: unknown, direction: unknown): unknown {
  return metricStatus(value, target, direction, functionContext_());
}

/**
 * Minutes of downtime an availability target allows per year (or per week or month).
 *
 * @param {number|Array<Array<number>>} availability The availability, e.g. 99.99%.
 * @param {string} period Optional: year (default), month or week.
 * @return The allowed downtime in minutes.
 * @customfunction
 */
export function DOWNTIME_BUDGET(availability: unknown, period: unknown): unknown {
  return downtimeBudget(availability, period, functionContext_());
}
