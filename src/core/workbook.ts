// What a shell hands the core: every tab as plain rows, read in one batch, plus how to read its dates.

/** One tab as read: raw values and the text the sheet shows for each cell, header row first, same shape. */
export interface SheetInput {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly displays: readonly (readonly string[])[];
  /** The tab's id in its spreadsheet (`#gid=` of a link to a row), where the shell knows it. */
  readonly id?: number;
}

/**
 * How a Date cell maps to wall-clock time. Apps Script hands out real instants that the sheet shows in its
 * time zone (`instant`); an .xlsx has no time zone, so exceljs returns Dates whose UTC fields are what the
 * cell shows (`wall-clock`).
 */
export type DateCells = 'instant' | 'wall-clock';

export interface WorkbookInput {
  readonly sheets: readonly SheetInput[];
  /** IANA zone of the spreadsheet; Settings 时区 overrides it for the report. */
  readonly timeZone: string;
  readonly dateCells: DateCells;
}

/**
 * The value a reader hands over for a formula cell saved without its result (an .xlsx written by a program that
 * does not calculate): there is nothing to read, and reading it as blank would hide a row.
 */
export const UNCALCULATED: unique symbol = Symbol('uncalculated formula');
