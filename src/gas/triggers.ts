// Weekly jobs, one trigger each per spreadsheet whoever installs it: the Monday report, the reminders; a one-off retry.
import type { WeeklyTime } from '../core';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Properties = GoogleAppsScript.Properties.Properties;

/** The global functions the triggers call (exported by main.ts). */
export const SCHEDULED_HANDLER = 'scheduledWeeklyReport';
export const RETRY_HANDLER = 'scheduledWeeklyReportRetry';
export const REMINDER_HANDLER = 'scheduledReminder';

/** How long a scheduled run that found the sheet busy waits before its one retry. */
const RETRY_AFTER_MS = 5 * 60 * 1000;

/**
 * A weekly job the sheet keeps one trigger of: its handler, the handlers that go with it when it is removed (a
 * pending retry), and the document properties naming its owner. Apps Script shows each user only their own
 * triggers, so the sheet must remember who installed it.
 */
export interface WeeklyJob {
  readonly handler: string;
  readonly companions: readonly string[];
  readonly ownerKey: string;
  readonly ownerNameKey: string;
}

export const REPORT_JOB: WeeklyJob = {
  handler: SCHEDULED_HANDLER,
  companions: [RETRY_HANDLER],
  ownerKey: 'schedule.owner',
  ownerNameKey: 'schedule.ownerName',
};

export const REMINDER_JOB: WeeklyJob = {
  handler: REMINDER_HANDLER,
  companions: [],
  ownerKey: 'reminder.owner',
  ownerNameKey: 'reminder.ownerName',
};

/** The report is generated every Monday 09:00 (SPEC §4). */
const REPORT_TIME: WeeklyTime = { weekday: 1, hour: 9, minute: 0 };

/** ScriptApp.WeekDay's names, Monday first, as the core numbers days (ISO 1–7). */
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export interface ScheduleServices {
  readonly scriptApp: ScriptApp;
  readonly properties: Properties;
  /** The current user: a key that tells editors apart, and an address to show (blank when Apps Script hides it). */
  readonly user: { readonly key: string; readonly name: string };
}

/** The other editor who owns the schedule, named as well as the sheet knows them. */
export type OwnedByOther = { readonly kind: 'ownedByOther'; readonly owner: string };

/** Deletes the current user's triggers calling `handler`; returns how many there were. */
export function removeTriggers(scriptApp: ScriptApp, handler: string): number {
  const ours = scriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  for (const trigger of ours) scriptApp.deleteTrigger(trigger);
  return ours.length;
}

function otherOwner(services: ScheduleServices, job: WeeklyJob): OwnedByOther | null {
  const owner = services.properties.getProperty(job.ownerKey);
  if (!owner || owner === services.user.key) return null;
  return { kind: 'ownedByOther', owner: services.properties.getProperty(job.ownerNameKey) ?? '' };
}

/**
 * Installs the job's weekly trigger for the current user, replacing their earlier one. When another editor owns
 * the job nothing is installed (two triggers would run it twice, mailing everyone twice), and the owner is named.
 */
export function installWeekly(
  services: ScheduleServices,
  job: WeeklyJob,
  time: WeeklyTime,
  timeZone: string,
): { readonly kind: 'installed' } | OwnedByOther {
  const other = otherOwner(services, job);
  if (other) return other;
  const { scriptApp, properties, user } = services;
  removeTriggers(scriptApp, job.handler);
  scriptApp
    .newTrigger(job.handler)
    .timeBased()
    .onWeekDay(scriptApp.WeekDay[WEEKDAYS[time.weekday - 1]])
    .atHour(time.hour)
    .nearMinute(time.minute)
    .inTimezone(timeZone)
    .create();
  properties.setProperty(job.ownerKey, user.key);
  properties.setProperty(job.ownerNameKey, user.name);
  return { kind: 'installed' };
}

/** Removes the current user's trigger of the job; says whether there was one, or whose it is when not theirs. */
export function removeWeekly(
  services: ScheduleServices,
  job: WeeklyJob,
): { readonly kind: 'removed' | 'none' } | OwnedByOther {
  const other = otherOwner(services, job);
  if (other) return other;
  const removed = [job.handler, ...job.companions].reduce(
    (count, handler) => count + removeTriggers(services.scriptApp, handler),
    0,
  );
  services.properties.deleteProperty(job.ownerKey);
  services.properties.deleteProperty(job.ownerNameKey);
  return { kind: removed > 0 ? 'removed' : 'none' };
}

/** The Monday 09:00 report schedule (SPEC §4), in the spreadsheet's time zone. */
export const installSchedule = (services: ScheduleServices, timeZone: string) =>
  installWeekly(services, REPORT_JOB, REPORT_TIME, timeZone);

/** Removes the current user's report schedule and any pending retry. */
export const removeSchedule = (services: ScheduleServices) => removeWeekly(services, REPORT_JOB);

/** The address of the schedule's owner, for telling them of a failure when Settings lists no recipients. */
export const scheduleOwnerAddress = (properties: Properties): string =>
  properties.getProperty(REPORT_JOB.ownerNameKey) ?? '';

/** One retry of the scheduled run, 5 minutes from now (a one-off trigger that deletes itself when it runs). */
export function scheduleRetry(scriptApp: ScriptApp): void {
  scriptApp.newTrigger(RETRY_HANDLER).timeBased().after(RETRY_AFTER_MS).create();
}
