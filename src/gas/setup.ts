// Set up sheet: creates the missing tabs with headers, frozen header row, dropdowns and number formats.
import {
  type ColumnRef,
  type Dropdown,
  derivedFormula,
  type Language,
  NUMBER_FORMATS,
  namesMatch,
  referencedColumn,
  SETTING_KEYS,
  type SheetInput,
  type SheetKind,
  type TabDef,
  tabsFor,
} from '../core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type NewRule = () => GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** What a dropdown rule is built from: the sheet's tabs (as read before Set up) and its language. */
interface DropdownSources {
  readonly spreadsheet: Spreadsheet;
  readonly sheets: readonly SheetInput[];
  readonly language: Language;
  readonly newRule: NewRule;
}

/** Settings starts with every key listed (blank value = the default), so users see what can be set. */
const initialRows = (tab: TabDef, language: Language): string[][] => {
  const header = [...tab.columns, ...tab.derived].map((c) => c[language]);
  if (tab.key !== 'settings') return [header];
  return [header, ...Object.values(SETTING_KEYS).map((key) => [key[language], ''])];
};

/** The cells a column reference names, below the header, wherever the referenced tab has put that column. */
function referencedRange(
  spreadsheet: Spreadsheet,
  sheets: readonly SheetInput[],
  ref: ColumnRef,
  language: Language,
) {
  const { tab, column: referenced } = referencedColumn(ref);
  const existing = sheets.find((s) => namesMatch(s.name, tab));
  const sheet = spreadsheet.getSheetByName(existing?.name ?? tab[language]);
  const header = existing ? (existing.values[0] ?? []) : tab.columns.map((c) => c[language]);
  const column = header.findIndex((h) => namesMatch(h, referenced));
  return sheet && column >= 0 ? sheet.getRange(2, column + 1, sheet.getMaxRows() - 1, 1) : null;
}

/** The rule a column's dropdown gets; invalid values stay allowed (and are reported by Validate instead). */
function dropdownRule(dropdown: Dropdown, sources: DropdownSources): DataValidation | null {
  if ('choices' in dropdown) {
    const names = dropdown.choices.map((c) => c[sources.language]);
    return sources.newRule().requireValueInList(names, true).setAllowInvalid(true).build();
  }
  const range = referencedRange(sources.spreadsheet, sources.sheets, dropdown.column, sources.language);
  return range && sources.newRule().requireValueInRange(range, true).setAllowInvalid(true).build();
}

/** Number formats and dropdowns of the tab's own columns, wherever `header` puts them (absent ones are skipped). */
function formatColumns(sheet: Sheet, tab: TabDef, header: readonly unknown[], sources: DropdownSources) {
  const rows = sheet.getMaxRows() - 1;
  for (const column of tab.columns) {
    const index = header.findIndex((text) => namesMatch(text, column));
    if (index < 0) continue;
    const format = NUMBER_FORMATS[column.kind];
    const range = () => sheet.getRange(2, index + 1, rows, 1);
    if (format) range().setNumberFormat(format);
    const rule = column.dropdown && dropdownRule(column.dropdown, sources);
    if (rule) range().setDataValidation(rule);
  }
}

/** One custom-function formula in row 2 fills each derived column (one call per column, not per row). */
function addDerivedColumns(sheet: Sheet, tab: TabDef) {
  tab.derived.forEach((derived, index) => {
    const column = tab.columns.length + index + 1;
    sheet.getRange(2, column).setFormula(derivedFormula(tab, derived));
    if (derived.numberFormat)
      sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setNumberFormat(derived.numberFormat);
  });
}

/**
 * Creates each missing tab (in the workbook's language) and gives every tab's own columns their number formats and
 * dropdowns again, so a Set up that stopped halfway is repaired by the next one. Cell values are never written
 * outside a new tab. Returns the tabs created and the existing tabs whose columns were formatted.
 */
export function setUpSheet(
  spreadsheet: Spreadsheet,
  newRule: NewRule,
  sheets: readonly SheetInput[],
  language: Language,
  kind: SheetKind = 'team',
): { readonly created: readonly string[]; readonly repaired: readonly string[] } {
  const tabs = tabsFor(kind);
  const missing = tabs.filter((tab) => !sheets.some((s) => namesMatch(s.name, tab)));
  const created = missing.map((tab) => {
    const sheet = spreadsheet.insertSheet(tab[language]);
    const rows = initialRows(tab, language);
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    sheet.setFrozenRows(1);
    addDerivedColumns(sheet, tab);
    return { tab, sheet };
  });
  // After creation, so a new Objectives tab can feed the Objective dropdown of a new Projects tab.
  const sources: DropdownSources = { spreadsheet, sheets, language, newRule };
  for (const { tab, sheet } of created) formatColumns(sheet, tab, initialRows(tab, language)[0], sources);
  const existing = tabs.flatMap((tab) => {
    const read = sheets.find((s) => namesMatch(s.name, tab));
    const sheet = read && spreadsheet.getSheetByName(read.name);
    return read && sheet ? [{ tab, read, sheet }] : [];
  });
  for (const { tab, read, sheet } of existing) formatColumns(sheet, tab, read.values[0] ?? [], sources);
  return {
    created: created.map(({ tab }) => tab[language]),
    repaired: existing.map(({ read }) => read.name),
  };
}
