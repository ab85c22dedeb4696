// Start new week: appends the core's planned rows after each tab's last row, one batched write per tab.
import { analyseWorkbook, hasErrors, planNewWeek, type Settings } from '../core';
import { toSheetValue } from './cell-values';
import { type Blocked, withLock } from './lock';
import { readSettings, readWorkbook } from './sheet-reader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type NewWeekOutcome =
  | Blocked
  | {
      readonly kind: 'appended';
      readonly settings: Settings;
      readonly week: string | null;
      readonly rows: number;
    };

/** Never overwrites or deletes: rows go below the last row the batched read saw; text is written as text. */
export function startNewWeek(spreadsheet: Spreadsheet, lock: GoogleAppsScript.Lock.Lock | null, now: Date) {
  return withLock<NewWeekOutcome>(
    lock,
    () => ({ kind: 'busy', settings: readSettings(spreadsheet, now) }),
    () => {
      const input = readWorkbook(spreadsheet);
      const { settings } = analyseWorkbook(input, { now });
      const plan = planNewWeek(input, { now });
      if (hasErrors(plan.issues)) return { kind: 'invalid', settings, issues: plan.issues };
      let rows = 0;
      for (const append of plan.appends) {
        const sheet = spreadsheet.getSheetByName(append.sheet);
        const lastRow = input.sheets.find((s) => s.name === append.sheet)?.values.length ?? 0;
        if (!sheet || append.rows.length === 0) continue;
        const width = Math.max(...append.rows.map((row) => row.length));
        const values = append.rows.map((row) =>
          Array.from({ length: width }, (_, c) => toSheetValue(row[c] ?? null, input.timeZone)),
        );
        sheet.getRange(lastRow + 1, 1, values.length, width).setValues(values);
        rows += values.length;
      }
      return { kind: 'appended', settings, week: plan.week, rows };
    },
  );
}
