// 定时 Schedule / 取消定时 Remove schedule of the center report (SPEC §12 rules): Monday 10:00 in the name of whoever
// sets it, mailed only to the recipients they confirm; another editor's live schedule is left alone and named.
import { centerAppMessages, gasMessages } from '../../core';
import { removeAndSay, scheduleReport } from '../schedule-menu';
import { readSettings } from '../sheet-reader';
import { CENTER_JOB, CENTER_TIME } from './build';
import type { CenterServices } from './services';

const text = centerAppMessages;

/** The words of the center's schedule dialogs: its own confirmation, the team's for everything else. */
const CENTER_WORDS = {
  job: CENTER_JOB,
  confirmTitle: text.scheduleConfirmTitle,
  ownedByOther: gasMessages.scheduleOwnedByOther,
  tookOver: gasMessages.scheduleTookOver,
  removed: gasMessages.unscheduled,
  removedNone: gasMessages.unscheduledNone,
  removedStale: gasMessages.unscheduledStale,
};

export function scheduleCenter(services: CenterServices): void {
  // Settings is the same tab in a center's sheet: its recipients, its language.
  scheduleReport(services, {
    words: CENTER_WORDS,
    time: CENTER_TIME,
    confirm: text.scheduleConfirm,
    confirmNoRecipients: text.scheduleConfirmNoRecipients,
    scheduled: text.scheduled,
  });
}

export function unscheduleCenter(services: CenterServices): void {
  const { language } = readSettings(services.spreadsheet());
  removeAndSay(services.schedule(), services.dialogs(), CENTER_WORDS, language);
}
