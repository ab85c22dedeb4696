// In-memory SpreadsheetApp: one active spreadsheet whose sheets hold values, display strings, formats and rules.
import { wallClock } from '../../src/core/dates';
import { type CallLog, counted, type FakeOf, unwrap } from './calls';
import { type FakeEmbeddedChart, type FakeEmbeddedChartBuilder, SheetCharts } from './sheet-charts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Ui = GoogleAppsScript.Base.Ui;

const SERVICE = 'SpreadsheetApp';

/** One cell as Sheets holds it; `formula` is set when a written string became a formula. */
export interface Cell {
  value: unknown;
  display: string;
  format: string;
  formula?: string;
  /** Filled by an array formula above it: shows its result (often nothing) and counts as content. */
  spilled?: boolean;
  validation?: FakeValidation;
}

export interface FakeValidation {
  readonly list?: readonly string[];
  readonly rangeOf?: { readonly sheet: string; readonly column: number };
  readonly allowInvalid: boolean;
}

const blank = (): Cell => ({ value: '', display: '', format: '' });
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** What Sheets shows for a value under a number format (the few formats this project sets). */
export function displayOf(value: unknown, format: string, timeZone: string): string {
  if (isDate(value)) {
    const wall = wallClock(value, timeZone);
    const withTime = format ? format.includes('hh') : !wall.endsWith('T00:00');
    return withTime ? wall.replace('T', ' ') : wall.slice(0, 10);
  }
  if (typeof value === 'number' && format.endsWith('%')) {
    const decimals = (format.split('.')[1] ?? '').replace('%', '').length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  return value === null || value === undefined ? '' : String(value);
}

export class FakeRange
  implements
    FakeOf<
      Range,
      'getValues' | 'getDisplayValues' | 'setValues' | 'setFormula' | 'setNumberFormat' | 'setDataValidation'
    >
{
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private cells(): Cell[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => this.sheet.cell(this.row + r, this.column + c)),
    );
  }

  getValues(): unknown[][] {
    return this.cells().map((row) => row.map((cell) => cell.value));
  }

  getDisplayValues(): string[][] {
    return this.cells().map((row) => row.map((cell) => cell.display));
  }

  /** As Sheets treats typed input: `'…` is literal text, `=…` becomes a formula, `+1`/`-1` a number. */
  setValues(values: unknown[][]): this {
    if (values.length !== this.numRows || values.some((row) => row.length !== this.numColumns)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${this.numRows}×${this.numColumns}).`,
      );
    }
    this.cells().forEach((row, r) => {
      row.forEach((cell, c) => {
        const value = values[r][c];
        delete cell.formula;
        if (typeof value === 'string' && value.startsWith("'")) cell.value = value.slice(1);
        else if (typeof value === 'string' && value.startsWith('=')) {
          cell.formula = value;
          cell.value = '#FORMULA';
        } else if (typeof value === 'string' && /^[+-]\d+(\.\d+)?$/.test(value)) cell.value = Number(value);
        else cell.value = value ?? '';
        cell.display = displayOf(cell.value, cell.format, this.sheet.timeZone);
      });
    });
    return this;
  }

  setFormula(formula: string): this {
    const [[cell]] = this.cells();
    cell.formula = formula;
    cell.value = '#FORMULA';
    cell.display = '#FORMULA';
    return this;
  }

  setNumberFormat(format: string): this {
    for (const row of this.cells()) {
      for (const cell of row) {
        cell.format = format;
        cell.display = displayOf(cell.value, format, this.sheet.timeZone);
      }
    }
    return this;
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): this {
    for (const row of this.cells())
      for (const cell of row) cell.validation = rule as unknown as FakeValidation;
    return this;
  }
}

export class FakeDeveloperMetadata
  implements FakeOf<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey'>
{
  constructor(private readonly key: string) {}

  getKey(): string {
    return this.key;
  }
}

export class FakeSheet
  implements
    FakeOf<
      Sheet,
      | 'getName'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'insertRowsAfter'
      | 'setFrozenRows'
      | 'hideSheet'
      | 'isSheetHidden'
      | 'addDeveloperMetadata'
      | 'getDeveloperMetadata'
      | 'clearContents'
      | 'newChart'
      | 'insertChart'
      | 'updateChart'
      | 'removeChart'
      | 'getCharts'
    >
{
  /** Grid of cells, row-major, 0-based; grows when written beyond its end. */
  readonly grid: Cell[][] = [];
  frozenRows = 0;
  maxRows = 1000;
  hidden = false;
  /** Keys of the developer metadata on the sheet itself. */
  readonly metadata: string[] = [];
  /** The sheet's embedded charts (sheet-charts.ts). */
  readonly charts: SheetCharts;

  constructor(
    private readonly log: CallLog,
    public name: string,
    readonly timeZone: string,
  ) {
    const values = (row: number, column: number, rows: number, columns: number) =>
      new FakeRange(this, row, column, rows, columns).getValues();
    this.charts = new SheetCharts({ sheetName: () => this.name, values }, log);
  }

  /** The cell at 1-based row and column, created blank when missing. */
  cell(row: number, column: number): Cell {
    while (this.grid.length < row) this.grid.push([]);
    const cells = this.grid[row - 1];
    while (cells.length < column) cells.push(blank());
    return cells[column - 1];
  }

  /** Test helper: put rows of values (and what the sheet shows for them) from the first row on. */
  seed(values: readonly (readonly unknown[])[], displays?: readonly (readonly string[])[]): this {
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        const cell = this.cell(r + 1, c + 1);
        cell.value = value;
        cell.display = displays?.[r]?.[c] ?? displayOf(value, cell.format, this.timeZone);
      });
    });
    return this;
  }

  /**
   * Test helper: a whole-column formula in row 2 of `column` (`=PROGRESS_DELTA(F2:F, …)`) as Sheets recalculates
   * it: every cell down to the sheet's last row holds its result, blank or not, so the sheet's last row is its
   * size (what made appends land at row 1001).
   */
  spillColumn(column: number, results: readonly unknown[] = []): this {
    for (let row = 2; row <= this.getMaxRows(); row++) {
      const cell = this.cell(row, column);
      cell.spilled = true;
      cell.value = results[row - 2] ?? '';
      cell.display = displayOf(cell.value, cell.format, this.timeZone);
    }
    return this;
  }

  /** Test helper: the values of every row, trailing blank rows dropped. */
  values(): unknown[][] {
    // The width once, not per row: a year of weekly rows made this quadratic.
    const width = this.getLastColumn();
    return this.grid
      .slice(0, this.getLastRow())
      .map((row) => Array.from({ length: width }, (_, c) => row[c]?.value ?? ''));
  }

  getName(): string {
    return this.name;
  }

  getLastRow(): number {
    let last = this.grid.length;
    const empty = (cell: Cell) => cell.value === '' && !cell.formula && !cell.spilled;
    while (last > 0 && this.grid[last - 1].every(empty)) last--;
    return last;
  }

  getLastColumn(): number {
    const width = (row: Cell[]): number => {
      let last = row.length;
      while (last > 0 && row[last - 1].value === '') last--;
      return last;
    };
    // A loop, not Math.max(...rows): spreading 125,000 rows overflows the stack.
    return this.grid.reduce((widest, row) => Math.max(widest, width(row)), 0);
  }

  getMaxRows(): number {
    return Math.max(this.maxRows, this.grid.length);
  }

  getDataRange(): FakeRange {
    return this.range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getRange(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(`Range (${row}, ${column}, ${numRows}, ${numColumns}) is out of bounds.`);
    }
    if (row + numRows - 1 > this.getMaxRows()) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.range(row, column, numRows, numColumns);
  }

  /** New blank rows after row `afterPosition`; rows below move down, and the sheet grows by as many. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.maxRows = this.getMaxRows() + howMany;
    if (afterPosition < this.grid.length) {
      this.grid.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    }
    return this;
  }

  private range(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    return counted(new FakeRange(this, row, column, numRows, numColumns), this.log, SERVICE, 'Range');
  }

  setFrozenRows(rows: number): this {
    this.frozenRows = rows;
    return this;
  }

  hideSheet(): this {
    this.hidden = true;
    return this;
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  addDeveloperMetadata(key: string): this {
    this.metadata.push(key);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.metadata.map((key) =>
      counted(new FakeDeveloperMetadata(key), this.log, SERVICE, 'DeveloperMetadata'),
    );
  }

  /** Values go, formats and rules stay. */
  clearContents(): this {
    for (const row of this.grid) {
      for (const cell of row) {
        cell.value = '';
        cell.display = '';
        delete cell.formula;
        delete cell.spilled;
      }
    }
    return this;
  }

  newChart(): FakeEmbeddedChartBuilder {
    return this.charts.newChart();
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.insert(chart as unknown as FakeEmbeddedChart);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.update(chart as unknown as FakeEmbeddedChart);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.charts.remove(chart as unknown as FakeEmbeddedChart);
  }

  getCharts(): FakeEmbeddedChart[] {
    return this.charts.list();
  }
}

export interface MenuRecord {
  readonly title: string;
  readonly items: { readonly caption: string; readonly functionName: string }[];
}

export class FakeMenu implements FakeOf<GoogleAppsScript.Base.Menu, 'addItem' | 'addToUi'> {
  constructor(
    private readonly ui: FakeUi,
    private readonly record: MenuRecord,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.record.items.push({ caption, functionName });
    return this;
  }

  addToUi(): void {
    this.ui.menus.push(this.record);
  }
}

export class FakePromptResponse
  implements FakeOf<GoogleAppsScript.Base.PromptResponse, 'getSelectedButton' | 'getResponseText'>
{
  constructor(
    private readonly button: string,
    private readonly text: string,
  ) {}

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }

  getResponseText(): string {
    return this.text;
  }
}

export class FakeUi
  implements FakeOf<Ui, 'createMenu' | 'alert' | 'prompt' | 'showModalDialog' | 'showSidebar'>
{
  readonly menus: MenuRecord[] = [];
  readonly alerts: string[] = [];
  readonly dialogs: { readonly title: string; readonly html: string }[] = [];
  /** Every sidebar shown: its title (HtmlOutput.setTitle) and content. */
  readonly sidebars: { readonly title: string; readonly html: string }[] = [];
  readonly Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
  readonly ButtonSet = {
    OK: 'OK',
    OK_CANCEL: 'OK_CANCEL',
    YES_NO: 'YES_NO',
    YES_NO_CANCEL: 'YES_NO_CANCEL',
  } as const;
  /** What the user will press at the next alerts that offer buttons (YES_NO, …), in order; CLOSE when none is left. */
  readonly alertAnswers: ('OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE')[] = [];
  /** What the user will type and press at the next prompts, in order; the prompts shown are recorded. */
  readonly answers: { readonly button: 'OK' | 'CANCEL'; readonly text: string }[] = [];
  readonly prompts: string[] = [];

  constructor(private readonly log: CallLog) {}

  createMenu(caption: string): FakeMenu {
    return counted(new FakeMenu(this, { title: caption, items: [] }), this.log, SERVICE, 'Menu');
  }

  /**
   * Apps Script's three forms: `alert(prompt)`, `alert(prompt, buttons)` and `alert(title, prompt, buttons)`. The
   * text is recorded (`title\nprompt`); a plain alert is answered OK, one with buttons by the next queued answer.
   */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.alerts.push(args.length === 3 ? `${args[0]}\n${args[1]}` : String(args[0]));
    const pressed = args.length === 1 ? this.Button.OK : (this.alertAnswers.shift() ?? this.Button.CLOSE);
    return pressed as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: unknown[]): FakePromptResponse {
    this.prompts.push(args.slice(0, 2).join('\n'));
    const answer = this.answers.shift() ?? { button: 'CANCEL', text: '' };
    return counted(new FakePromptResponse(answer.button, answer.text), this.log, SERVICE, 'PromptResponse');
  }

  showModalDialog(output: object, title: string): void {
    this.dialogs.push({ title, html: (output as { html: string }).html });
  }

  showSidebar(output: object): void {
    const { title, html } = output as { title: string; html: string };
    this.sidebars.push({ title, html });
  }
}

export class FakeValidationBuilder {
  private rule: FakeValidation = { allowInvalid: true };

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.rule = { ...this.rule, list: [...values] };
    return this;
  }

  requireValueInRange(range: object, _showDropdown?: boolean): this {
    const raw = unwrap(range as FakeRange);
    this.rule = { ...this.rule, rangeOf: { sheet: raw.sheet.name, column: raw.column } };
    return this;
  }

  setAllowInvalid(allow: boolean): this {
    this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }

  build(): FakeValidation {
    return this.rule;
  }
}

export class FakeSpreadsheet
  implements
    FakeOf<
      Spreadsheet,
      | 'getId'
      | 'getUrl'
      | 'getSheets'
      | 'getSheetByName'
      | 'insertSheet'
      | 'getSpreadsheetTimeZone'
      | 'getSpreadsheetLocale'
    >
{
  readonly sheets: FakeSheet[] = [];
  id = 'sheet-1';
  url = 'https://docs.google.com/spreadsheets/d/sheet-1/edit';

  constructor(
    private readonly log: CallLog,
    public timeZone = 'Asia/Shanghai',
    public locale = 'zh_CN',
  ) {}

  /** Test helper: add a sheet holding rows (header first). */
  addSheet(
    name: string,
    values: readonly (readonly unknown[])[] = [],
    displays?: readonly (readonly string[])[],
  ) {
    const sheet = new FakeSheet(this.log, name, this.timeZone).seed(values, displays);
    this.sheets.push(sheet);
    return sheet;
  }

  /**
   * Test helper: this spreadsheet's tabs copied into `target` under a new id, as File → Make a copy does: cells,
   * formats, frozen rows, hidden tabs and the tabs' developer metadata go with it (charts are redrawn by the tool).
   */
  copyInto(target: FakeSpreadsheet, id: string): void {
    target.id = id;
    target.url = `https://docs.google.com/spreadsheets/d/${id}/edit`;
    for (const sheet of this.sheets) {
      const copy = target.addSheet(sheet.name);
      sheet.grid.forEach((row) => {
        copy.grid.push(row.map((cell) => ({ ...cell })));
      });
      copy.frozenRows = sheet.frozenRows;
      copy.maxRows = sheet.maxRows;
      copy.hidden = sheet.hidden;
      copy.metadata.push(...sheet.metadata);
    }
  }

  /** Test helper: the raw sheet of that name. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  private wrap(sheet: FakeSheet): FakeSheet {
    return counted(sheet, this.log, SERVICE, 'Sheet');
  }

  getId(): string {
    return this.id;
  }

  getUrl(): string {
    return this.url;
  }

  getSheets(): FakeSheet[] {
    return this.sheets.map((s) => this.wrap(s));
  }

  getSheetByName(name: string): FakeSheet | null {
    const found = this.sheets.find((s) => s.name === name);
    return found ? this.wrap(found) : null;
  }

  insertSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    return this.wrap(this.addSheet(name));
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }
}

export class FakeSpreadsheetApp
  implements
    FakeOf<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      'getActiveSpreadsheet' | 'getUi' | 'newDataValidation' | 'flush'
    >
{
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;

  constructor(private readonly log: CallLog) {
    this.spreadsheet = new FakeSpreadsheet(log);
    this.ui = new FakeUi(log);
  }

  /** Pending writes applied: the fake applies them at once, so this only counts. */
  flush(): void {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    return counted(this.spreadsheet, this.log, SERVICE, 'Spreadsheet');
  }

  /** Set while a trigger runs: no one is looking at the sheet, so Apps Script refuses any UI. */
  inTrigger = false;

  getUi(): FakeUi {
    if (this.inTrigger) throw new Error('Exception: Cannot call SpreadsheetApp.getUi() from this context.');
    return counted(this.ui, this.log, SERVICE, 'Ui');
  }

  newDataValidation(): FakeValidationBuilder {
    return counted(new FakeValidationBuilder(), this.log, SERVICE, 'DataValidationBuilder');
  }
}
