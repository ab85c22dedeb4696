// 提醒未更新 Remind owners, 定时提醒 Schedule reminders and the reminder trigger (SPEC §11, §12): once per week and
// owner, only to confirmed addresses from the trigger, what was not sent always said.
import { gasMessages, reminderMessages, t } from '../../core';
import { alert, showIssues } from '../dialogs';
import { withLock } from '../lock';
import {
  blockingIssues,
  confirmationText,
  nothingToSend,
  outcomeText,
  readCompleteness,
  remindFromTrigger,
  sendReminders,
  weeklyTimeText,
} from '../reminders';
import { confirmAndInstall, REMINDER_WORDS, removeAndSay } from '../schedule-menu';
import type { Services } from '../services';
import { readSettings } from '../sheet-reader';
import { claimRun, REMINDER_JOB } from '../triggers';
import { type TriggerEvent, triggerUid } from './schedule';

const text = reminderMessages;

/** The owners and rows in a Yes/No dialog, then one mail each, as far as the quota allows; who was not, and why. */
export function remind(services: Services): void {
  const spreadsheet = services.spreadsheet();
  const check = readCompleteness(spreadsheet, services.now);
  const { language } = check.settings;
  const dialogs = services.dialogs();
  const { ui } = dialogs;
  const problems = blockingIssues(check);
  if (problems.length > 0) {
    showIssues(dialogs, text.remindProblems, problems, language);
    return;
  }
  const nothing = nothingToSend(check, language);
  if (nothing !== null) {
    ui.alert(nothing);
    return;
  }
  const question = confirmationText(check, language, services.properties());
  if (ui.alert(t(language, text.confirmTitle), question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  // Under the lock, and recorded mail by mail: two clicks, or a trigger at the same time, mail nobody twice.
  withLock(
    services.lock(),
    () => alert(dialogs, language, gasMessages.alreadyRunning),
    () => {
      // What the user confirmed is what is sent: the rows read once, before the question.
      const run = { properties: services.properties(), confirmed: null };
      const outcome = sendReminders(services.gas.mailApp, check, spreadsheet.getUrl(), run);
      ui.alert(outcomeText(outcome, language, check.completeness.week));
    },
  );
}

/**
 * Every week at Settings 提醒时间 (sheet time zone) in the user's name, once they confirm the addresses reminders
 * may go to; one per spreadsheet, owned as the report schedule is.
 */
export function scheduleReminders(services: Services): void {
  const check = readCompleteness(services.spreadsheet(), services.now);
  const { settings } = check;
  const { language, reminderTime, timeZone } = settings;
  if (reminderTime === null) {
    alert(services.dialogs(), language, text.reminderTimeBlank);
    return;
  }
  const scheduling = services.schedule();
  const when = weeklyTimeText(reminderTime, settings);
  const { addresses } = check.completeness;
  const params = {
    ...when,
    timeZone,
    owner: scheduling.user,
    count: addresses.length,
    addresses: addresses.join('\n'),
  };
  confirmAndInstall(scheduling, services.dialogs(), {
    words: REMINDER_WORDS,
    language,
    when: { time: reminderTime, timeZone },
    addresses,
    question: t(language, text.scheduleConfirm, params),
    done: t(language, text.scheduled, { ...when, timeZone }),
  });
}

/** Removes the user's reminder schedule (or a dead one), saying whether there was one, or whose it is. */
export function unscheduleReminders(services: Services): void {
  const { language } = readSettings(services.spreadsheet());
  removeAndSay(services.schedule(), services.dialogs(), REMINDER_WORDS, language);
}

/**
 * The reminder trigger, under the document lock: with no one asked, only confirmed addresses; a stray trigger
 * deletes itself. The sheet is read once, inside the lock.
 */
export function scheduledReminders(services: Services, event: TriggerEvent | undefined): void {
  const spreadsheet = services.spreadsheet();
  const { gas } = services;
  withLock(
    services.lock(),
    () => gas.logError(t(readSettings(spreadsheet).language, text.alreadyRunning)),
    () => {
      const check = readCompleteness(spreadsheet, services.now);
      const { reminderTime, timeZone } = check.settings;
      // Blank means off, even while a trigger installed earlier still fires.
      if (reminderTime === null) return;
      const when = { time: reminderTime, timeZone };
      const claim = claimRun(services.schedule(), REMINDER_JOB, triggerUid(event), when);
      if (!claim) return;
      const { owner, confirmed } = claim;
      const mailing = {
        spreadsheet,
        mail: gas.mailApp,
        properties: services.properties(),
        logError: gas.logError,
      };
      remindFromTrigger({ ...mailing, owner, confirmed }, check);
    },
  );
}
