// Writes workbooks with exceljs: the empty layout of every tab (init) and next week's rows (new-week).
import ExcelJS from 'exceljs';
import { isDateFormat } from 'numfmt';
import {
  type ColumnKind,
  columnLetters,
  type Dropdown,
  derivedFormula,
  type Language,
  type NewWeekPlan,
  NUMBER_FORMATS,
  type PlannedCell,
  referencedColumn,
  type TabDef,
  tabsFor,
} from '../core';
import { writeFileAtomic } from './atomic-file';

/** Rows that get dropdowns and formats in a new workbook, as the Sheets setup does for its default grid. */
const PREPARED_ROWS = 1000;
const DATE_FORMAT = NUMBER_FORMATS.date;

/** exceljs keeps sheet-level validations in a model it does not declare in its types. */
interface ValidationsOf {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** An empty workbook with every tab of SPEC §2: bold frozen headers, dropdowns for choices, number formats. */
export function createEmptyWorkbook(language: Language): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const tab of tabsFor('team')) addTab(workbook, tab, language);
  return workbook;
}

function addTab(workbook: ExcelJS.Workbook, tab: TabDef, language: Language): void {
  const sheet = workbook.addWorksheet(tab[language], { views: [{ state: 'frozen', ySplit: 1 }] });
  const { derived } = tab;
  sheet.columns = [
    ...tab.columns.map((column) => ({
      header: column[language],
      width: column.kind === 'text' ? 40 : 16,
      style: numberFormat(column.kind),
    })),
    ...derived.map((column) => ({
      header: column[language],
      width: 12,
      style: column.numberFormat ? { numFmt: column.numberFormat } : {},
    })),
  ];
  // The formula fills its column once the sheet is in Google Sheets with the script bound (Set up writes the same).
  derived.forEach((column, index) => {
    sheet.getCell(2, tab.columns.length + index + 1).value = {
      formula: derivedFormula(tab, column).slice(1),
    };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    // The header keeps General so a column's date or percent format does not restyle its title.
    cell.numFmt = 'General';
  });
  tab.columns.forEach((column, index) => {
    if (!column.dropdown) return;
    const choices = dropdownFormula(column.dropdown, language);
    const letter = sheet.getColumn(index + 1).letter;
    (sheet as unknown as ValidationsOf).dataValidations.add(`${letter}2:${letter}${PREPARED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [choices],
    });
  });
}

const numberFormat = (kind: ColumnKind): Partial<ExcelJS.Style> => {
  const format = NUMBER_FORMATS[kind];
  return format ? { numFmt: format } : {};
};

/** The list a dropdown offers: its choices in the workbook language, or the referenced column's cells. */
function dropdownFormula(dropdown: Dropdown, language: Language): string {
  if ('choices' in dropdown) return `"${dropdown.choices.map((choice) => choice[language]).join(',')}"`;
  const { tab, column } = referencedColumn(dropdown.column);
  const letter = columnLetters(tab.columns.indexOf(column));
  return `'${tab[language]}'!$${letter}$2:$${letter}$${PREPARED_ROWS}`;
}

/**
 * Appends the planned rows below each sheet's last row with data. Text stays text (a leading `=` never becomes
 * a formula); dates become wall-clock Dates; each cell takes the number format of the cell above.
 */
export function appendRows(workbook: ExcelJS.Workbook, appends: NewWeekPlan['appends']): void {
  for (const { sheet: name, after, rows } of appends) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`planned rows for a sheet the workbook lacks: ${name}`);
    let last = after;
    for (const planned of rows) {
      const above = sheet.getRow(last);
      const row = sheet.getRow(++last);
      planned.forEach((cell, index) => {
        const target = row.getCell(index + 1);
        target.value = cellValueOf(cell);
        const numFmt = above.getCell(index + 1).numFmt;
        const isDate = cell !== null && typeof cell === 'object';
        if (isDate && !(numFmt && isDateFormat(numFmt))) target.numFmt = DATE_FORMAT;
        else if (numFmt) target.numFmt = numFmt;
      });
      row.commit();
    }
  }
}

function cellValueOf(cell: PlannedCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== 'object') return cell;
  const [year, month, day] = cell.date.split('-').map(Number);
  // exceljs writes a Date's UTC fields as the cell's wall-clock, the way it reads them.
  return new Date(Date.UTC(year, month - 1, day));
}

/** Writes the workbook to `path` atomically. */
export async function writeWorkbookFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await writeFileAtomic(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}
