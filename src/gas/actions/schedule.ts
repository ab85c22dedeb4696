// 定时生成 Schedule and its trigger: the Monday report in the name of whoever set it, to the recipients they confirmed
// (SPEC §12); a busy sheet gets one retry; every failure reaches the owner.
import { gasMessages, type Settings } from '../../core';
import { errorMessage } from '../folder';
import { generateReport } from '../generate';
import { mailOutcome, type ScheduledOutcome } from '../report-mail';
import { REPORT_WORDS, removeAndSay, scheduleReport } from '../schedule-menu';
import type { Services } from '../services';
import { readSettings } from '../sheet-reader';
import {
  claimRun,
  REPORT_JOB,
  REPORT_TIME,
  RETRY_HANDLER,
  readRecord,
  removeTriggers,
  scheduleRetry,
} from '../triggers';

const text = gasMessages;

/** The event Apps Script hands an installable trigger's function: which trigger fired. */
export interface TriggerEvent {
  readonly triggerUid?: unknown;
}

export const triggerUid = (event: TriggerEvent | undefined): string | undefined =>
  event?.triggerUid === undefined ? undefined : String(event.triggerUid);

/**
 * Every Monday 09:00 (spreadsheet time zone) in the user's name, to the recipients they confirm now; replaces their
 * earlier schedule. Another editor's live schedule is left alone and its owner named; a dead one is taken over.
 */
export function schedule(services: Services): void {
  scheduleReport(services, {
    words: REPORT_WORDS,
    time: REPORT_TIME,
    confirm: text.scheduleConfirm,
    confirmNoRecipients: text.scheduleConfirmNoRecipients,
    scheduled: text.scheduled,
  });
}

/** Removes the user's schedule (or a dead one), saying whether there was one, or whose it is. */
export function unschedule(services: Services): void {
  const { language } = readSettings(services.spreadsheet());
  removeAndSay(services.schedule(), services.dialogs(), REPORT_WORDS, language);
}

/**
 * The report due today, mailed to the recipients its owner confirmed; every failure logged and mailed to the owner
 * (and those recipients). A busy sheet gets one retry 5 minutes later.
 */
function runScheduled(
  services: Services,
  owner: { readonly owner: string; readonly confirmed: readonly string[] },
  mayRetry: boolean,
): void {
  let outcome: ScheduledOutcome;
  try {
    outcome = generateReport(services.generate(), services.now, 'due');
  } catch (error) {
    let settings: Settings | null = null;
    try {
      settings = readSettings(services.spreadsheet());
    } catch {
      // The sheet itself could not be read: the owner still hears of it.
    }
    outcome = { kind: 'crashed', settings, reason: errorMessage(error) };
  }
  if (outcome.kind === 'busy' && mayRetry) {
    scheduleRetry(services.gas.scriptApp);
    return;
  }
  mailOutcome(services.mail(owner.owner || services.user(), owner.confirmed), outcome);
}

/** The Monday trigger: a stray one (not the schedule's recorded trigger) deletes itself and does nothing. */
export function scheduledRun(services: Services, event: TriggerEvent | undefined): void {
  const timeZone = services.spreadsheet().getSpreadsheetTimeZone();
  const when = { time: REPORT_TIME, timeZone };
  const claim = claimRun(services.schedule(), REPORT_JOB, triggerUid(event), when);
  if (claim) runScheduled(services, claim, true);
}

/** The one-off retry of a run that found the sheet busy: it deletes its trigger and runs once. */
export function scheduledRetry(services: Services): void {
  removeTriggers(services.gas.scriptApp, RETRY_HANDLER);
  const record = readRecord(services.properties(), REPORT_JOB);
  runScheduled(services, { owner: record?.owner ?? '', confirmed: record?.confirmed ?? [] }, false);
}
