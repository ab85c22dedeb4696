// Apps Script entry: the only file with globals. Every export becomes a top-level function of dist/Code.js.

/** Adds the 周报 menu when the spreadsheet opens. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu('周报 (Weekly report)').addToUi();
}

/**
 * The Monday of the week holding a date.
 *
 * @param {Date} date A date.
 * @return {Date} The Monday of that week.
 * @customfunction
 */
export function WEEK_START(date: Date): Date {
  const d = new Date(date.getTime());
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d;
}
