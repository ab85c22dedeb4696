// Schedule and Remove schedule, for the report and the reminders alike: the owner sees the addresses the trigger
// will mail in their name and confirms them (SPEC §12); another editor is told whose schedule it is.
import { gasMessages, type Language, type Message, reminderMessages, t, type WeeklyTime } from '../core';
import { alert, type DialogServices } from './dialogs';
import { readSettings } from './sheet-reader';
import {
  installWeekly,
  liveOwnerOther,
  REMINDER_JOB,
  REPORT_JOB,
  removeWeekly,
  type ScheduleRefusal,
  type ScheduleServices,
  type WeeklyJob,
} from './triggers';

/** The words of one job's dialogs. */
export interface JobWords {
  readonly job: WeeklyJob;
  readonly confirmTitle: Message;
  readonly ownedByOther: Message;
  readonly tookOver: Message;
  readonly removed: Message;
  readonly removedNone: Message;
  readonly removedStale: Message;
}

export const REPORT_WORDS: JobWords = {
  job: REPORT_JOB,
  confirmTitle: gasMessages.scheduleConfirmTitle,
  ownedByOther: gasMessages.scheduleOwnedByOther,
  tookOver: gasMessages.scheduleTookOver,
  removed: gasMessages.unscheduled,
  removedNone: gasMessages.unscheduledNone,
  removedStale: gasMessages.unscheduledStale,
};

export const REMINDER_WORDS: JobWords = {
  job: REMINDER_JOB,
  confirmTitle: reminderMessages.scheduleConfirmTitle,
  ownedByOther: reminderMessages.ownedByOther,
  tookOver: reminderMessages.tookOver,
  removed: reminderMessages.removed,
  removedNone: reminderMessages.removedNone,
  removedStale: reminderMessages.removedStale,
};

function refused(
  dialogs: DialogServices,
  language: Language,
  words: JobWords,
  outcome: ScheduleRefusal,
): void {
  if (outcome.kind === 'ownedByOther') alert(dialogs, language, words.ownedByOther, { owner: outcome.owner });
  else if (outcome.kind === 'busy') alert(dialogs, language, gasMessages.alreadyRunning);
  else alert(dialogs, language, gasMessages.scheduleNoAddress);
}

export interface ScheduleRequest {
  readonly words: JobWords;
  readonly language: Language;
  readonly when: { readonly time: WeeklyTime; readonly timeZone: string };
  /** The addresses the trigger would mail, shown for confirmation and recorded. */
  readonly addresses: readonly string[];
  /** The question listing them. */
  readonly question: string;
  /** Said once installed. */
  readonly done: string;
}

/**
 * Asks the user to confirm the addresses, then installs the trigger in their name and records the list. A live
 * schedule of another editor is named before anything is asked.
 */
export function confirmAndInstall(
  services: ScheduleServices,
  dialogs: DialogServices,
  request: ScheduleRequest,
): void {
  const { words, language } = request;
  if (services.user === '') {
    refused(dialogs, language, words, { kind: 'anonymous' });
    return;
  }
  // Checked again under the lock when installing; this is so that nobody confirms a list for nothing.
  const owner = liveOwnerOther(services, words.job);
  if (owner) {
    refused(dialogs, language, words, { kind: 'ownedByOther', owner });
    return;
  }
  const { ui } = dialogs;
  if (ui.alert(t(language, words.confirmTitle), request.question, ui.ButtonSet.YES_NO) !== ui.Button.YES)
    return;
  const outcome = installWeekly(services, words.job, request.when, request.addresses);
  if (outcome.kind !== 'installed') {
    refused(dialogs, language, words, outcome);
    return;
  }
  const took = outcome.tookOverFrom ? [t(language, words.tookOver, { owner: outcome.tookOverFrom })] : [];
  ui.alert([request.done, ...took].join('\n'));
}

/** A report's schedule: its job's words and time, and what it says while asking and once set. */
export interface ReportSchedule {
  readonly words: JobWords;
  readonly time: WeeklyTime;
  /** The question listing the Settings recipients, or saying there are none. */
  readonly confirm: Message;
  readonly confirmNoRecipients: Message;
  readonly scheduled: Message;
}

/**
 * Schedule of a report (a team's or a center's): the Settings 收件人 its trigger will mail, shown to whoever sets it
 * in the sheet's language, confirmed, recorded with the trigger in their name.
 */
export function scheduleReport(
  services: {
    readonly spreadsheet: () => GoogleAppsScript.Spreadsheet.Spreadsheet;
    readonly schedule: () => ScheduleServices;
    readonly dialogs: () => DialogServices;
  },
  schedule: ReportSchedule,
): void {
  const spreadsheet = services.spreadsheet();
  const { language, recipients } = readSettings(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const scheduling = services.schedule();
  const params = {
    timeZone,
    owner: scheduling.user,
    count: recipients.length,
    recipients: recipients.join('\n'),
  };
  const question = recipients.length > 0 ? schedule.confirm : schedule.confirmNoRecipients;
  const listed = recipients.length > 0 ? recipients.join(', ') : gasMessages.noRecipients[language];
  confirmAndInstall(scheduling, services.dialogs(), {
    words: schedule.words,
    language,
    when: { time: schedule.time, timeZone },
    addresses: recipients,
    question: t(language, question, params),
    done: t(language, schedule.scheduled, { timeZone, recipients: listed }),
  });
}

/** Removes the user's schedule of the job, or a dead one of another editor; says which, or whose it is. */
export function removeAndSay(
  services: ScheduleServices,
  dialogs: DialogServices,
  words: JobWords,
  language: Language,
): void {
  const outcome = removeWeekly(services, words.job);
  if (!('stale' in outcome)) {
    refused(dialogs, language, words, outcome);
    return;
  }
  const lines = [
    ...(outcome.kind === 'removed' ? [t(language, words.removed)] : []),
    ...(outcome.stale ? [t(language, words.removedStale, { owner: outcome.stale })] : []),
  ];
  dialogs.ui.alert((lines.length > 0 ? lines : [t(language, words.removedNone)]).join('\n'));
}
