// Apps Script entry: the only file with globals. Every export becomes a top-level function of dist/Code.js;
// each is a thin call into a module, with the services it needs passed in.
import {
  analyseWorkbook,
  checkCompleteness,
  downtimeBudget,
  type FunctionContext,
  formatIssue,
  gasMessages,
  metricStatus,
  parseLocalDate,
  prevWeekValue,
  progressDelta,
  progressNoteFn,
  reminderMessages,
  type Settings,
  t,
  validationMessages,
  weekDelta,
  weekLabelFn,
  weekStart,
  workbookSettings,
} from '../core';
import { alert, type DialogServices, showBlocked, showGenerated, showIssues } from './dialogs';
import { failureText, type GenerateOutcome, type GenerateServices, generateReport } from './generate';
import { withLock } from './lock';
import { addMenu } from './menu';
import { startNewWeek as appendNextWeek } from './new-week';
import { reportPreview } from './preview';
import {
  blockingIssues,
  confirmationText,
  nothingToSend,
  outcomeText,
  readCompleteness,
  remindFromTrigger,
  sendReminders,
  weeklyTimeText,
} from './reminders';
import { type MailServices, mailOutcome, type ScheduledOutcome } from './report-mail';
import { confirmAndInstall, REMINDER_WORDS, REPORT_WORDS, removeAndSay } from './schedule-menu';
import { setUpSheet as createMissingTabs } from './setup';
import { type SheetProperties, sheetProperties } from './sheet-properties';
import { readSettings, readWorkbook } from './sheet-reader';
import {
  claimRun,
  REMINDER_JOB,
  REPORT_JOB,
  REPORT_TIME,
  RETRY_HANDLER,
  readRecord,
  removeTriggers,
  type ScheduleServices,
  scheduleRetry,
} from './triggers';

const text = gasMessages;

function dialogs_(): DialogServices {
  return { ui: SpreadsheetApp.getUi(), html: HtmlService };
}

/**
 * Who is acting: the address (scope userinfo.email) that owns a schedule and fills Reports' By. In a trigger it is
 * the trigger's owner. Blank where Apps Script still withholds it (a policy of the user's domain).
 */
function userEmail_(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

/** This spreadsheet's document properties: a copy of the sheet has a new id and so none of the original's. */
function properties_(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): SheetProperties {
  return sheetProperties(PropertiesService.getDocumentProperties(), spreadsheet.getId());
}

function generateServices_(): GenerateServices {
  // Without the advanced service enabled, the global does not exist at all.
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error(`${text.driveServiceMissing.zh} / ${text.driveServiceMissing.en}`);
  }
  if (typeof Docs === 'undefined' || !Docs) {
    throw new Error(`${text.docsServiceMissing.zh} / ${text.docsServiceMissing.en}`);
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    spreadsheet,
    flush: () => SpreadsheetApp.flush(),
    documents: Docs.Documents,
    documentApp: DocumentApp,
    files: Drive.Files,
    properties: properties_(spreadsheet),
    lock: LockService.getDocumentLock(),
    userEmail: userEmail_(),
  };
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
  showGenerateOutcome_(generateReport(generateServices_(), new Date()));
}

/** Menu: asks for a week (any day of it, `YYYY-MM-DD`) and writes that week's report Doc. */
export function generateReportForWeek(): void {
  const ui = SpreadsheetApp.getUi();
  const { language } = readSettings(SpreadsheetApp.getActiveSpreadsheet());
  const answer = ui.prompt(text.weekPromptTitle[language], text.weekPrompt[language], ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const typed = answer.getResponseText().trim();
  const week = parseLocalDate(typed);
  if (week === null) alert(dialogs_(), language, text.badWeek, { value: typed });
  else showGenerateOutcome_(generateReport(generateServices_(), new Date(), week));
}

function showGenerateOutcome_(outcome: GenerateOutcome): void {
  const { language } = outcome.settings;
  if (outcome.kind === 'busy' || outcome.kind === 'invalid') showBlocked(dialogs_(), outcome);
  else if (outcome.kind === 'failed') dialogs_().ui.alert(failureText(outcome));
  else showGenerated(dialogs_(), outcome, language);
}

/**
 * Menu: the report Generate would write for the current rows, as its mail shows it, in a sidebar; nothing is
 * written. Problems in the sheet are listed instead, as Validate lists them.
 */
export function previewReport(): void {
  const preview = reportPreview(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  if (preview.kind === 'invalid') {
    showIssues(dialogs_(), text.previewProblemsTitle, preview.issues, preview.settings.language);
    return;
  }
  dialogs_().ui.showSidebar(HtmlService.createHtmlOutput(preview.html).setTitle(preview.title));
}

/** Mail in the name of `owner`, to the addresses they confirmed (null: the user confirms in a dialog now). */
function mailServices_(owner: string, confirmed: readonly string[] | null): MailServices {
  return {
    mail: MailApp,
    documents: DocumentApp,
    logError: (line) => console.error(line),
    owner,
    confirmed,
    sheetUrl: SpreadsheetApp.getActiveSpreadsheet().getUrl(),
  };
}

/**
 * Menu: once the Settings recipients are confirmed, generates the report as Generate does and mails it as the
 * scheduled run does (the report as HTML, the Doc's link and PDF); says whom it was sent to, or why not.
 */
export function sendWeeklyReport(): void {
  const dialogs = dialogs_();
  const { ui } = dialogs;
  const { language, recipients, maxMailsPerRun } = readSettings(SpreadsheetApp.getActiveSpreadsheet());
  if (recipients.length === 0) {
    alert(dialogs, language, text.sendNoRecipients);
    return;
  }
  if (recipients.length > maxMailsPerRun) {
    const params = {
      max: maxMailsPerRun,
      recipients: recipients.join(', '),
      subject: text.sendConfirmTitle[language],
    };
    alert(dialogs, language, text.mailCapReached, params);
    return;
  }
  const question = t(language, text.sendConfirm, {
    count: recipients.length,
    recipients: recipients.join('\n'),
  });
  if (ui.alert(t(language, text.sendConfirmTitle), question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  // Before generating: a Doc revision nobody is sent would only raise the Revision.
  const quota = MailApp.getRemainingDailyQuota();
  if (quota < recipients.length) {
    alert(dialogs, language, text.sendNoQuota, { quota, count: recipients.length });
    return;
  }
  const outcome = generateReport(generateServices_(), new Date());
  if (outcome.kind !== 'written') {
    showGenerateOutcome_(outcome);
    return;
  }
  const { sent, problems } = mailOutcome(mailServices_(userEmail_(), null), outcome);
  const doc = t(language, text.mailDocLine, { url: outcome.url });
  // Warnings as Generate's dialog shows them (a chart that could not be drawn, a metric without a Target…).
  const warnings = outcome.issues.map(formatIssue);
  ui.alert([...(sent === null ? [] : [sent]), ...problems, doc, ...warnings].join('\n'));
}

/**
 * Menu: the same checks as Generate; errors and warnings in a dialog, then how much of the report in progress is
 * updated and whose rows are not (SPEC §11); nothing written.
 */
export function validateSheet(): void {
  const input = readWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  const now = new Date();
  const { issues, settings } = analyseWorkbook(input, { now });
  const { completeness } = checkCompleteness(input, now);
  showIssues(dialogs_(), text.validateTitle, issues, settings.language, completeness);
}

/** Menu: appends next week's rows (projects not done, highlights), never touching existing rows. */
export function startNewWeek(): void {
  const outcome = appendNextWeek(
    SpreadsheetApp.getActiveSpreadsheet(),
    LockService.getDocumentLock(),
    new Date(),
  );
  const { language } = outcome.settings;
  if (outcome.kind === 'busy' || outcome.kind === 'invalid') showBlocked(dialogs_(), outcome);
  else if (outcome.notYet) alert(dialogs_(), language, validationMessages.newWeekNotYet, outcome.notYet);
  else if (outcome.tabs.length === 0) alert(dialogs_(), language, text.newWeekNothing);
  else {
    const list = outcome.tabs
      .map((tab) => t(language, text.newWeekTab, tab))
      .join(text.newWeekSeparator[language]);
    alert(dialogs_(), language, text.newWeekAdded, { week: outcome.week ?? '', tabs: list });
  }
}

/**
 * Menu: creates the missing tabs with headers, dropdowns and formats, and restores the dropdowns and formats of
 * the existing tabs' own columns; cell values are left alone. Under the document lock, like every writing action.
 */
export function setUpSheet(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  withLock(
    LockService.getDocumentLock(),
    () => alert(dialogs_(), readSettings(spreadsheet).language, text.alreadyRunning),
    () => {
      const input = readWorkbook(spreadsheet);
      const { language } = workbookSettings(input);
      const newRule = () => SpreadsheetApp.newDataValidation();
      const { created } = createMissingTabs(spreadsheet, newRule, input.sheets, language);
      if (created.length === 0) alert(dialogs_(), language, text.setUpNothing);
      else alert(dialogs_(), language, text.setUpCreated, { tabs: created.join(', ') });
    },
  );
}

function scheduleServices_(): ScheduleServices {
  return {
    scriptApp: ScriptApp,
    properties: properties_(),
    lock: LockService.getDocumentLock(),
    user: userEmail_(),
    now: new Date(),
  };
}

/**
 * Menu: generates and mails the report every Monday 09:00 (spreadsheet time zone) in the user's name, to the
 * recipients they confirm now; replaces their earlier schedule. One schedule per spreadsheet: another editor's live
 * one is left alone and its owner named; a dead one (its run missed by over a day) is taken over.
 */
export function scheduleReport(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { language, recipients } = readSettings(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const services = scheduleServices_();
  const params = {
    timeZone,
    owner: services.user,
    count: recipients.length,
    recipients: recipients.join('\n'),
  };
  confirmAndInstall(services, dialogs_(), {
    words: REPORT_WORDS,
    language,
    when: { time: REPORT_TIME, timeZone },
    addresses: recipients,
    question: t(
      language,
      recipients.length > 0 ? text.scheduleConfirm : text.scheduleConfirmNoRecipients,
      params,
    ),
    done: t(language, text.scheduled, {
      timeZone,
      recipients: recipients.length > 0 ? recipients.join(', ') : text.noRecipients[language],
    }),
  });
}

/** Menu: removes the weekly schedule, saying whether there was one (and whose it is when not the user's). */
export function removeSchedule(): void {
  const { language } = readSettings(SpreadsheetApp.getActiveSpreadsheet());
  removeAndSay(scheduleServices_(), dialogs_(), REPORT_WORDS, language);
}

/**
 * Menu: lists the owners whose rows of the report in progress are not updated and, once confirmed, mails each of
 * them their rows with a link to the sheet, as far as today's mail quota allows; says who was not mailed and why.
 */
export function remindOwners(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const check = readCompleteness(spreadsheet, new Date());
  const { language } = check.settings;
  const ui = dialogs_().ui;
  const problems = blockingIssues(check);
  if (problems.length > 0) {
    showIssues(dialogs_(), reminderMessages.remindProblems, problems, language);
    return;
  }
  const nothing = nothingToSend(check, language);
  if (nothing !== null) {
    ui.alert(nothing);
    return;
  }
  const title = t(language, reminderMessages.confirmTitle);
  const question = confirmationText(check, language, properties_(spreadsheet));
  if (ui.alert(title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  // Under the lock, and recorded mail by mail: two clicks, or a trigger at the same time, mail nobody twice.
  withLock(
    LockService.getDocumentLock(),
    () => alert(dialogs_(), language, text.alreadyRunning),
    () => {
      const run = { properties: properties_(spreadsheet), confirmed: null };
      const outcome = sendReminders(
        MailApp,
        readCompleteness(spreadsheet, new Date()),
        spreadsheet.getUrl(),
        run,
      );
      ui.alert(outcomeText(outcome, language, check.completeness.week));
    },
  );
}

/**
 * Menu: reminds the owners every week at Settings 提醒时间 (e.g. 周五 15:00, in the sheet's time zone) in the user's
 * name, once they confirm the addresses reminders may go to; replaces their earlier reminder trigger. One per
 * spreadsheet, owned as the report schedule is.
 */
export function scheduleReminders(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const check = readCompleteness(spreadsheet, new Date());
  const { settings } = check;
  const { language, reminderTime, timeZone } = settings;
  if (reminderTime === null) {
    alert(dialogs_(), language, reminderMessages.reminderTimeBlank);
    return;
  }
  const services = scheduleServices_();
  const when = weeklyTimeText(reminderTime, settings);
  const { addresses } = check.completeness;
  confirmAndInstall(services, dialogs_(), {
    words: REMINDER_WORDS,
    language,
    when: { time: reminderTime, timeZone },
    addresses,
    question: t(language, reminderMessages.scheduleConfirm, {
      ...when,
      timeZone,
      owner: services.user,
      count: addresses.length,
      addresses: addresses.join('\n'),
    }),
    done: t(language, reminderMessages.scheduled, { ...when, timeZone }),
  });
}

/** Menu: removes the weekly reminder, saying whether there was one (and whose it is when not the user's). */
export function removeReminders(): void {
  const { language } = readSettings(SpreadsheetApp.getActiveSpreadsheet());
  removeAndSay(scheduleServices_(), dialogs_(), REMINDER_WORDS, language);
}

/** The event Apps Script hands an installable trigger's function: which trigger fired. */
interface TriggerEvent {
  readonly triggerUid?: unknown;
}

const triggerUid_ = (event: TriggerEvent | undefined): string | undefined =>
  event?.triggerUid === undefined ? undefined : String(event.triggerUid);

/**
 * Trigger handler (see triggers.ts): mails each owner their rows not updated, with no confirmation (no one is
 * looking at the sheet), only at the addresses the schedule's owner confirmed; what could not be sent is logged
 * for the Executions page and mailed to the owner.
 */
export function scheduledReminder(event?: TriggerEvent): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { reminderTime, timeZone } = readSettings(spreadsheet);
  // Blank means off, even while a trigger installed earlier still fires.
  if (reminderTime === null) return;
  const services = scheduleServices_();
  const claim = claimRun(services, REMINDER_JOB, triggerUid_(event), { time: reminderTime, timeZone });
  if (!claim) return;
  remindFromTrigger(
    {
      spreadsheet,
      mail: MailApp,
      lock: LockService.getDocumentLock(),
      properties: services.properties,
      logError: (line) => console.error(line),
      owner: claim.owner,
      confirmed: claim.confirmed,
    },
    new Date(),
  );
}

/**
 * A scheduled run: generates the report due today and mails it to the recipients its owner confirmed; every
 * failure is logged and mailed to the owner (and those recipients). A busy sheet gets one retry 5 minutes later.
 */
function runScheduled_(
  owner: { readonly owner: string; readonly confirmed: readonly string[] },
  mayRetry: boolean,
) {
  let outcome: ScheduledOutcome;
  try {
    outcome = generateReport(generateServices_(), new Date(), 'due');
  } catch (error) {
    const reason = String((error as { message?: unknown } | null)?.message ?? error);
    let settings: Settings | null = null;
    try {
      settings = readSettings(SpreadsheetApp.getActiveSpreadsheet());
    } catch {
      // The sheet itself could not be read: the owner still hears of it.
    }
    outcome = { kind: 'crashed', settings, reason };
  }
  if (outcome.kind === 'busy' && mayRetry) {
    scheduleRetry(ScriptApp);
    return;
  }
  mailOutcome(mailServices_(owner.owner || userEmail_(), owner.confirmed), outcome);
}

/** Trigger handler (see triggers.ts): generates the report due today and mails it to the confirmed recipients. */
export function scheduledWeeklyReport(event?: TriggerEvent): void {
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  const claim = claimRun(scheduleServices_(), REPORT_JOB, triggerUid_(event), {
    time: REPORT_TIME,
    timeZone,
  });
  if (claim) runScheduled_(claim, true);
}

/** One-off trigger handler: the retry of a scheduled run that found the sheet busy; it runs once. */
export function scheduledWeeklyReportRetry(): void {
  removeTriggers(ScriptApp, RETRY_HANDLER);
  const record = readRecord(properties_(), REPORT_JOB);
  runScheduled_({ owner: record?.owner ?? '', confirmed: record?.confirmed ?? [] }, false);
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
