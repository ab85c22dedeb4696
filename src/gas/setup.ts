// Set up sheet: creates the missing tabs with headers, frozen header row, dropdowns and number formats.
import type { Language } from '../core/model/report-model';
import {
  type ColumnKind,
  derivedFormula,
  namesMatch,
  SETTING_KEYS,
  TABS,
  type TabDef,
  tabDef,
} from '../core/schema/tabs';
import type { SheetInput } from '../core/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type NewRule = () => GoogleAppsScript.Spreadsheet.DataValidationBuilder;

const FORMATS: Partial<Record<ColumnKind, string>> = {
  week: 'yyyy-mm-dd',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  percent: '0%',
};

/** Settings starts with every key listed (blank value = the default), so users see what can be set. */
const initialRows = (tab: TabDef, language: Language): string[][] => {
  const header = [...tab.columns, ...(tab.derived ?? [])].map((c) => c[language]);
  if (tab.key !== 'settings') return [header];
  return [header, ...Object.values(SETTING_KEYS).map((key) => [key[language], ''])];
};

/** Where Objective dropdowns read their codes: the Code column of the Objectives tab, whatever its position. */
function objectiveCodes(spreadsheet: Spreadsheet, sheets: readonly SheetInput[], language: Language) {
  const objectives = tabDef('objectives');
  const code = objectives.columns[0];
  const existing = sheets.find((s) => namesMatch(s.name, objectives));
  const sheet = spreadsheet.getSheetByName(existing?.name ?? objectives[language]);
  const header = existing ? (existing.values[0] ?? []) : objectives.columns.map((c) => c[language]);
  const column = header.findIndex((h) => namesMatch(h, code));
  return sheet && column >= 0 ? sheet.getRange(2, column + 1, sheet.getMaxRows() - 1, 1) : null;
}

function formatColumns(
  sheet: Sheet,
  tab: TabDef,
  rule: NewRule,
  codes: GoogleAppsScript.Spreadsheet.Range | null,
  language: Language,
) {
  const rows = sheet.getMaxRows() - 1;
  tab.columns.forEach((column, index) => {
    const format = FORMATS[column.kind];
    const range = () => sheet.getRange(2, index + 1, rows, 1);
    if (format) range().setNumberFormat(format);
    if (column.choices) {
      range().setDataValidation(
        rule()
          .requireValueInList(
            column.choices.map((c) => c[language]),
            true,
          )
          .setAllowInvalid(true)
          .build(),
      );
    } else if (column.kind === 'choice' && codes) {
      range().setDataValidation(rule().requireValueInRange(codes, true).setAllowInvalid(true).build());
    }
  });
}

/** One custom-function formula in row 2 fills each derived column (one call per column, not per row). */
function addDerivedColumns(sheet: Sheet, tab: TabDef) {
  (tab.derived ?? []).forEach((derived, index) => {
    const column = tab.columns.length + index + 1;
    sheet.getRange(2, column).setFormula(derivedFormula(tab, derived));
    if (derived.numberFormat)
      sheet.getRange(2, column, sheet.getMaxRows() - 1, 1).setNumberFormat(derived.numberFormat);
  });
}

/**
 * Creates each missing tab (in the workbook's language); existing tabs are never touched, so a second run changes
 * nothing. Returns the names of the tabs created.
 */
export function setUpSheet(
  spreadsheet: Spreadsheet,
  newRule: NewRule,
  sheets: readonly SheetInput[],
  language: Language,
) {
  const missing = TABS.filter((tab) => !sheets.some((s) => namesMatch(s.name, tab)));
  const created = missing.map((tab) => {
    const sheet = spreadsheet.insertSheet(tab[language]);
    const rows = initialRows(tab, language);
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    sheet.setFrozenRows(1);
    addDerivedColumns(sheet, tab);
    return { tab, sheet };
  });
  if (created.length === 0) return [];
  // After creation, so a new Objectives tab can feed the Objective dropdown of a new Projects tab.
  const codes = created.some(({ tab }) => tab.columns.some((c) => c.kind === 'choice' && !c.choices))
    ? objectiveCodes(spreadsheet, sheets, language)
    : null;
  for (const { tab, sheet } of created) formatColumns(sheet, tab, newRule, codes, language);
  return created.map(({ tab }) => tab[language]);
}
