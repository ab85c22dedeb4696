// Schedule: one time-driven trigger, Monday 09:00 in the spreadsheet's zone; installing again replaces it.

type ScriptApp = GoogleAppsScript.Script.ScriptApp;

/** The global function the trigger calls (exported by main.ts). */
export const SCHEDULED_HANDLER = 'scheduledWeeklyReport';

/** Deletes this tool's trigger(s); returns how many there were. */
export function removeTriggers(scriptApp: ScriptApp): number {
  const ours = scriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SCHEDULED_HANDLER);
  for (const trigger of ours) scriptApp.deleteTrigger(trigger);
  return ours.length;
}

export function installWeeklyTrigger(scriptApp: ScriptApp, timeZone: string): void {
  removeTriggers(scriptApp);
  scriptApp
    .newTrigger(SCHEDULED_HANDLER)
    .timeBased()
    .onWeekDay(scriptApp.WeekDay.MONDAY)
    .atHour(9)
    .nearMinute(0)
    .inTimezone(timeZone)
    .create();
}
