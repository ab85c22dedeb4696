// Start new week: appends the core's planned rows right below each tab's own data, one batched write per tab.
import { hasErrors, type NewWeekPlan, parseWorkbook, planNewWeek, type Settings } from '../core';
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
      /** Rows appended per tab, in the tab's own name. */
      readonly tabs: readonly { readonly tab: string; readonly rows: number }[];
      readonly notYet: NewWeekPlan['notYet'];
    };

/**
 * Never overwrites or deletes: rows go right below the last row holding a value in the tab's own columns (a
 * derived column's formula fills its column to the sheet's end), and the sheet grows when it has no room left.
 * Text is written as text.
 */
export function startNewWeek(spreadsheet: Spreadsheet, lock: GoogleAppsScript.Lock.Lock | null, now: Date) {
  return withLock<NewWeekOutcome>(
    lock,
    () => ({ kind: 'busy', settings: readSettings(spreadsheet) }),
    () => {
      const input = readWorkbook(spreadsheet);
      const workbook = parseWorkbook(input);
      const { settings } = workbook;
      const plan = planNewWeek(workbook, { now });
      if (hasErrors(plan.issues)) return { kind: 'invalid', settings, issues: plan.issues };
      const tabs = plan.appends.flatMap((append) => {
        const sheet = input.handles.get(append.sheet);
        if (!sheet || append.rows.length === 0) return [];
        const width = append.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
        const values = append.rows.map((row) =>
          Array.from({ length: width }, (_, c) => toSheetValue(row[c] ?? null, input.timeZone)),
        );
        const room = sheet.getMaxRows() - append.after;
        if (room < values.length) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - room);
        sheet.getRange(append.after + 1, 1, values.length, width).setValues(values);
        return [{ tab: append.sheet, rows: values.length }];
      });
      return { kind: 'appended', settings, week: plan.week, tabs, notYet: plan.notYet };
    },
  );
}
