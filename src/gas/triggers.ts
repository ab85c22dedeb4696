// Weekly jobs, one trigger each per spreadsheet whoever installs it (the Monday report, the reminders), owned by a
// person: their address and the trigger's id are recorded, never Apps Script's key that rotates every 30 days.
import {
  nextWeeklyRun,
  parseScheduleRecord,
  type ScheduleRecord,
  sameAddress,
  scheduleAlive,
  type WeeklyTime,
} from '../core';
import { withLock } from './lock';
import type { SheetProperties } from './sheet-properties';

type ScriptApp = GoogleAppsScript.Script.ScriptApp;

/** The global functions the triggers call (exported by main.ts). */
export const SCHEDULED_HANDLER = 'scheduledWeeklyReport';
export const RETRY_HANDLER = 'scheduledWeeklyReportRetry';
export const REMINDER_HANDLER = 'scheduledReminder';

/** Far enough past a run that the next weekly one is the next week's, however early Apps Script fired it. */
const HALF_A_DAY_MS = 12 * 60 * 60 * 1000;

/** How long a scheduled run that found the sheet busy waits before its one retry. */
const RETRY_AFTER_MS = 5 * 60 * 1000;

/**
 * A weekly job the sheet keeps one trigger of: its handler, the handlers that go with it when it is removed (a
 * pending retry), and the property holding its record.
 */
export interface WeeklyJob {
  readonly handler: string;
  readonly companions: readonly string[];
  readonly recordKey: string;
}

export const REPORT_JOB: WeeklyJob = {
  handler: SCHEDULED_HANDLER,
  companions: [RETRY_HANDLER],
  recordKey: 'schedule.report',
};

export const REMINDER_JOB: WeeklyJob = {
  handler: REMINDER_HANDLER,
  companions: [],
  recordKey: 'schedule.reminders',
};

/** The report is generated every Monday 09:00 (SPEC §4). */
export const REPORT_TIME: WeeklyTime = { weekday: 1, hour: 9, minute: 0 };

/** ScriptApp.WeekDay's names, Monday first, as the core numbers days (ISO 1–7). */
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export interface ScheduleServices {
  readonly scriptApp: ScriptApp;
  /** This spreadsheet's properties (a copy has its own). */
  readonly properties: SheetProperties;
  readonly lock: GoogleAppsScript.Lock.Lock | null;
  /** The current user's address; '' when Apps Script withholds it. */
  readonly user: string;
  readonly now: Date;
}

/** Why nothing changed: another editor's live schedule, another action holding the sheet, or no address to own it. */
export type ScheduleRefusal =
  | { readonly kind: 'ownedByOther'; readonly owner: string }
  | { readonly kind: 'busy' }
  | { readonly kind: 'anonymous' };

export function readRecord(properties: SheetProperties, job: WeeklyJob): ScheduleRecord | null {
  return parseScheduleRecord(properties.get(job.recordKey));
}

const writeRecord = (properties: SheetProperties, job: WeeklyJob, record: ScheduleRecord): void =>
  properties.set(job.recordKey, JSON.stringify(record));

/** Deletes the current user's triggers calling `handler`; returns how many there were. */
export function removeTriggers(scriptApp: ScriptApp, handler: string): number {
  const ours = scriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
  for (const trigger of ours) scriptApp.deleteTrigger(trigger);
  return ours.length;
}

/**
 * The owner of a live schedule when it is not the current user. A record whose trigger missed its run is not in
 * the way: anyone may take the schedule over.
 */
function otherOwner(services: ScheduleServices, record: ScheduleRecord | null): string | null {
  if (!record || record.owner === '' || sameAddress(record.owner, services.user)) return null;
  return scheduleAlive(record, services.now) ? record.owner : null;
}

/** The owner of the job's live schedule when that is someone else than the current user. */
export const liveOwnerOther = (services: ScheduleServices, job: WeeklyJob): string | null =>
  otherOwner(services, readRecord(services.properties, job));

/** The previous owner whose dead schedule the current user replaces, for telling them so. */
function formerOwner(services: ScheduleServices, record: ScheduleRecord | null): string | null {
  return record && record.owner !== '' && !sameAddress(record.owner, services.user) ? record.owner : null;
}

/** Runs `work` under the document lock once the user is known; two editors clicking at once leave one trigger. */
function guarded<T>(services: ScheduleServices, work: () => T | ScheduleRefusal): T | ScheduleRefusal {
  if (services.user === '') return { kind: 'anonymous' };
  return withLock<T | ScheduleRefusal>(services.lock, () => ({ kind: 'busy' }), work);
}

/**
 * Installs the job's weekly trigger for the current user (replacing theirs) and records them as its owner with
 * the addresses they confirmed. Another editor's live schedule is left alone and its owner named.
 */
export function installWeekly(
  services: ScheduleServices,
  job: WeeklyJob,
  when: { readonly time: WeeklyTime; readonly timeZone: string },
  confirmed: readonly string[],
): { readonly kind: 'installed'; readonly tookOverFrom: string | null } | ScheduleRefusal {
  return guarded(services, () => {
    const { scriptApp, properties, now } = services;
    const record = readRecord(properties, job);
    const owner = otherOwner(services, record);
    if (owner) return { kind: 'ownedByOther', owner } as const;
    removeTriggers(scriptApp, job.handler);
    const trigger = scriptApp
      .newTrigger(job.handler)
      .timeBased()
      .onWeekDay(scriptApp.WeekDay[WEEKDAYS[when.time.weekday - 1]])
      .atHour(when.time.hour)
      .nearMinute(when.time.minute)
      .inTimezone(when.timeZone)
      .create();
    writeRecord(properties, job, {
      owner: services.user,
      triggerId: trigger.getUniqueId(),
      lastRun: null,
      nextRun: nextWeeklyRun(now, when.time, when.timeZone).toISOString(),
      confirmed: [...confirmed],
    });
    return { kind: 'installed', tookOverFrom: formerOwner(services, record) } as const;
  });
}

/**
 * Removes the current user's trigger of the job (and its companions) and clears the record. A dead schedule of
 * someone else is cleared too (`stale`); a live one is left, its owner named.
 */
export function removeWeekly(
  services: ScheduleServices,
  job: WeeklyJob,
): { readonly kind: 'removed' | 'none'; readonly stale: string | null } | ScheduleRefusal {
  return guarded(services, () => {
    const { scriptApp, properties, now } = services;
    const record = readRecord(properties, job);
    const owner = otherOwner(services, record);
    if (owner) return { kind: 'ownedByOther', owner } as const;
    const removed = [job.handler, ...job.companions].reduce(
      (count, handler) => count + removeTriggers(scriptApp, handler),
      0,
    );
    // A blank record, not none: a trigger that still fires afterwards finds itself unrecorded and stops.
    const cleared = { owner: '', triggerId: '', lastRun: null, nextRun: now.toISOString(), confirmed: [] };
    if (record) writeRecord(properties, job, cleared);
    return { kind: removed > 0 ? 'removed' : 'none', stale: formerOwner(services, record) } as const;
  });
}

/**
 * A trigger of the job fired: the record says who owns the schedule and what they confirmed. The run is noted
 * (the sign of life others go by) and the next one's time. A trigger the record does not name is a stray — the
 * schedule was removed or taken over — and deletes itself: null, nothing to do. A sheet with no record at all
 * (a schedule set up before records) is adopted, with nothing confirmed yet.
 */
export function claimRun(
  services: ScheduleServices,
  job: WeeklyJob,
  triggerUid: string | undefined,
  when: { readonly time: WeeklyTime; readonly timeZone: string },
): ScheduleRecord | null {
  const { scriptApp, properties, now } = services;
  const record = readRecord(properties, job);
  if (record && triggerUid !== undefined && record.triggerId !== triggerUid) {
    for (const trigger of scriptApp.getProjectTriggers()) {
      if (trigger.getUniqueId() === triggerUid) scriptApp.deleteTrigger(trigger);
    }
    return null;
  }
  const claimed: ScheduleRecord = {
    owner: record?.owner || services.user,
    triggerId: record?.triggerId || (triggerUid ?? ''),
    lastRun: now.toISOString(),
    // Apps Script fires within the hour around the time asked: a run a little early must not take today's time for
    // the next one, or the schedule would look gone a day later.
    nextRun: nextWeeklyRun(new Date(now.getTime() + HALF_A_DAY_MS), when.time, when.timeZone).toISOString(),
    confirmed: record?.confirmed ?? [],
  };
  if (triggerUid !== undefined) writeRecord(properties, job, claimed);
  return claimed;
}

/** One retry of the scheduled run, 5 minutes from now (a one-off trigger that deletes itself when it runs). */
export function scheduleRetry(scriptApp: ScriptApp): void {
  scriptApp.newTrigger(RETRY_HANDLER).timeBased().after(RETRY_AFTER_MS).create();
}
