// Schedule: one Monday 09:00 trigger per spreadsheet, whoever installs it; a one-off retry when the sheet was busy.

type ScriptApp = GoogleAppsScript.Script.ScriptApp;
type Properties = GoogleAppsScript.Properties.Properties;

/** The global functions the triggers call (exported by main.ts). */
export const SCHEDULED_HANDLER = 'scheduledWeeklyReport';
export const RETRY_HANDLER = 'scheduledWeeklyReportRetry';

/** How long a scheduled run that found the sheet busy waits before its one retry. */
const RETRY_AFTER_MS = 5 * 60 * 1000;

/** Who owns the schedule: Apps Script shows each user only their own triggers, so the sheet must remember. */
const OWNER_KEY = 'schedule.owner';
const OWNER_NAME = 'schedule.ownerName';

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

function otherOwner(services: ScheduleServices): OwnedByOther | null {
  const owner = services.properties.getProperty(OWNER_KEY);
  if (!owner || owner === services.user.key) return null;
  return { kind: 'ownedByOther', owner: services.properties.getProperty(OWNER_NAME) ?? '' };
}

/**
 * Installs the weekly trigger for the current user, replacing their earlier one. When another editor owns the
 * schedule nothing is installed (two triggers would generate and mail twice), and the owner is named.
 */
export function installSchedule(
  services: ScheduleServices,
  timeZone: string,
): { readonly kind: 'installed' } | OwnedByOther {
  const other = otherOwner(services);
  if (other) return other;
  const { scriptApp, properties, user } = services;
  removeTriggers(scriptApp, SCHEDULED_HANDLER);
  scriptApp
    .newTrigger(SCHEDULED_HANDLER)
    .timeBased()
    .onWeekDay(scriptApp.WeekDay.MONDAY)
    .atHour(9)
    .nearMinute(0)
    .inTimezone(timeZone)
    .create();
  properties.setProperty(OWNER_KEY, user.key);
  properties.setProperty(OWNER_NAME, user.name);
  return { kind: 'installed' };
}

/** Removes the current user's schedule; says whether there was one, or whose it is when it is not theirs. */
export function removeSchedule(
  services: ScheduleServices,
): { readonly kind: 'removed' | 'none' } | OwnedByOther {
  const other = otherOwner(services);
  if (other) return other;
  const removed =
    removeTriggers(services.scriptApp, SCHEDULED_HANDLER) + removeTriggers(services.scriptApp, RETRY_HANDLER);
  services.properties.deleteProperty(OWNER_KEY);
  services.properties.deleteProperty(OWNER_NAME);
  return { kind: removed > 0 ? 'removed' : 'none' };
}

/** The address of the schedule's owner, for telling them of a failure when Settings lists no recipients. */
export const scheduleOwnerAddress = (properties: Properties): string =>
  properties.getProperty(OWNER_NAME) ?? '';

/** One retry of the scheduled run, 5 minutes from now (a one-off trigger that deletes itself when it runs). */
export function scheduleRetry(scriptApp: ScriptApp): void {
  scriptApp.newTrigger(RETRY_HANDLER).timeBased().after(RETRY_AFTER_MS).create();
}
