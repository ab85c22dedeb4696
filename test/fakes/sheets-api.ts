// The Sheets advanced service (`Sheets.Spreadsheets`, API v4) over other people's spreadsheets, as a center reads
// them (SPEC §13): spreadsheets.get with Google's reply shape (GridData, effectiveValue / formattedValue, number
// formats, dates as serial numbers), honouring `ranges`, `fields` and `includeGridData`; failing as Apps Script
// throws an advanced service's HTTP error; each call counted, slowed on the world's clock, and every write recorded.
import { dayNumber, wallClock } from '../../src/core/dates';
import type { FakeClock } from './clock';
import type { Cell, FakeSheet, FakeSpreadsheet } from './spreadsheet-app';

type Schema = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type GetArgs = { ranges?: string | string[]; fields?: string; includeGridData?: boolean };

/**
 * How the person running the script can reach a spreadsheet: `forbidden` (not shared with them: 403), `trashed`
 * (its owner moved it to the bin: shut to everyone else, so the API answers as for a missing file, 404),
 * `not-a-spreadsheet` (the id of a Doc or an uploaded .xlsx: 400). A spreadsheet not in the world at all (deleted
 * for good, or a mistyped id) is 404.
 */
export type Access = 'ok' | 'forbidden' | 'trashed' | 'not-a-spreadsheet';

export interface TeamSpreadsheet {
  readonly id: string;
  readonly title: string;
  /** Its tabs and cells: the same fake a team's own script reads through SpreadsheetApp. */
  readonly spreadsheet: FakeSpreadsheet;
  access: Access;
  /** The next this-many reads of it are refused with 429 (a burst of other readers), then it answers. */
  throttled: number;
}

/** One request as it reached the API: what was asked and how it ended (an HTTP status). */
export interface SheetsRequest {
  readonly method: string;
  readonly spreadsheetId: string;
  readonly ranges: readonly string[];
  readonly fields: string | null;
  readonly status: number;
  /** On the world's clock, when the reply came back. */
  readonly at: number;
}

/** How Apps Script throws an advanced service's HTTP error: its name, the API's message, and `details`. */
export class GoogleJsonResponseException extends Error {
  override readonly name = 'GoogleJsonResponseException';
  readonly details: {
    readonly code: number;
    readonly message: string;
    readonly errors: readonly {
      readonly message: string;
      readonly domain: string;
      readonly reason: string;
    }[];
  };

  constructor(method: string, code: number, message: string, reason: string) {
    super(`API call to sheets.spreadsheets.${method} failed with error: ${message}`);
    this.details = { code, message, errors: [{ message, domain: 'global', reason }] };
  }
}

const ERRORS = {
  forbidden: [403, 'The caller does not have permission', 'forbidden'],
  notFound: [404, 'Requested entity was not found.', 'notFound'],
  notSpreadsheet: [400, 'This operation is not supported for this document', 'failedPrecondition'],
  quota: [
    429,
    "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:1063337577093'.",
    'rateLimitExceeded',
  ],
  scope: [403, 'Request had insufficient authentication scopes.', 'insufficientPermissions'],
} as const satisfies Record<string, readonly [number, string, string]>;

// ---- field masks ----------------------------------------------------------------------------------------------

/** A parsed field mask: each selected field, with the mask of its sub-fields (null: the whole field). */
type Mask = Map<string, Mask | null>;

/** The fields of the resources the fake serves (a field outside them is an error, as the API says of a typo). */
type Fields = { readonly [name: string]: Fields | true };
const EXTENDED_VALUE: Fields = {
  numberValue: true,
  stringValue: true,
  boolValue: true,
  formulaValue: true,
  errorValue: { type: true, message: true },
};
const CELL_FORMAT: Fields = {
  numberFormat: { type: true, pattern: true },
  backgroundColor: true,
  backgroundColorStyle: true,
  borders: true,
  padding: true,
  horizontalAlignment: true,
  verticalAlignment: true,
  wrapStrategy: true,
  textDirection: true,
  textFormat: true,
  hyperlinkDisplayType: true,
  textRotation: true,
};
const SPREADSHEET: Fields = {
  spreadsheetId: true,
  spreadsheetUrl: true,
  properties: {
    title: true,
    locale: true,
    autoRecalc: true,
    timeZone: true,
    defaultFormat: true,
    iterativeCalculationSettings: true,
    spreadsheetTheme: true,
    importFunctionsExternalUrlAccessAllowed: true,
  },
  sheets: {
    properties: {
      sheetId: true,
      title: true,
      index: true,
      sheetType: true,
      gridProperties: {
        rowCount: true,
        columnCount: true,
        frozenRowCount: true,
        frozenColumnCount: true,
        hideGridlines: true,
        rowGroupControlAfter: true,
        columnGroupControlAfter: true,
      },
      hidden: true,
      tabColor: true,
      tabColorStyle: true,
      rightToLeft: true,
      dataSourceSheetProperties: true,
    },
    data: {
      startRow: true,
      startColumn: true,
      rowData: {
        values: {
          userEnteredValue: EXTENDED_VALUE,
          effectiveValue: EXTENDED_VALUE,
          formattedValue: true,
          userEnteredFormat: CELL_FORMAT,
          effectiveFormat: CELL_FORMAT,
          hyperlink: true,
          note: true,
          textFormatRuns: true,
          dataValidation: true,
          pivotTable: true,
          dataSourceTable: true,
          dataSourceFormula: true,
          chipRuns: true,
        },
      },
      rowMetadata: true,
      columnMetadata: true,
    },
    merges: true,
    conditionalFormats: true,
    filterViews: true,
    protectedRanges: true,
    basicFilter: true,
    charts: true,
    bandedRanges: true,
    developerMetadata: true,
    rowGroups: true,
    columnGroups: true,
    slicers: true,
    tables: true,
  },
  namedRanges: true,
  developerMetadata: true,
  dataSources: true,
  dataSourceSchedules: true,
};

/**
 * `a,b(c,d/e),f.g` as a tree. Paths are separated by `.` or `/`; a parenthesised list selects sub-fields of the
 * path before it. Throws (as the API answers 400) on a field the resource does not have.
 */
export function parseFieldMask(text: string): Mask {
  let at = 0;
  const fail = (why: string): never => {
    throw new GoogleJsonResponseException('get', 400, `Invalid field selection ${why}`, 'badRequest');
  };
  const name = (): string => {
    const found = /^[A-Za-z_*][\w]*/.exec(text.slice(at));
    if (!found) return fail(`at ${at} in ${text}`);
    at += found[0].length;
    return found[0];
  };
  const list = (schema: Fields): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const path = [name()];
      while (text[at] === '.' || text[at] === '/') {
        at++;
        path.push(name());
      }
      let sub: Mask | null = null;
      let fields: Fields | true = schema;
      for (const part of path) {
        const next: Fields | true | undefined = fields === true ? undefined : fields[part];
        if (next === undefined) fail(path.join('.'));
        fields = next as Fields | true;
      }
      if (text[at] === '(') {
        at++;
        if (fields === true) fail(`${path.join('.')}(…)`);
        sub = list(fields as Fields);
        if (text[at] !== ')') fail(`unclosed ( in ${text}`);
        at++;
      }
      let node = mask;
      path.forEach((part, i) => {
        const last = i === path.length - 1;
        const known = node.get(part);
        if (known === null) return; // the whole field is selected already
        if (last) node.set(part, sub === null ? null : mergeMasks(known ?? new Map(), sub));
        else {
          const child = known ?? new Map();
          node.set(part, child);
          node = child;
        }
      });
      if (text[at] !== ',') return mask;
      at++;
    }
  };
  const mask = list(SPREADSHEET);
  if (at !== text.length) fail(`near ${text.slice(at)}`);
  return mask;
}

function mergeMasks(a: Mask, b: Mask): Mask {
  for (const [key, sub] of b) {
    const known = a.get(key);
    a.set(key, known === null || sub === null ? null : mergeMasks(known ?? new Map(), sub));
  }
  return a;
}

/** The parts of `value` the mask selects; an object left with no field is dropped, as the API leaves it out. */
function applyMask(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((item) => applyMask(item, mask) ?? {});
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    const field = (value as Record<string, unknown>)[key];
    if (field === undefined) continue;
    const selected = sub === null ? field : applyMask(field, sub);
    if (selected !== undefined) kept[key] = selected;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

const selects = (mask: Mask, path: readonly string[]): boolean => {
  let node: Mask | null = mask;
  for (const part of path) {
    if (node === null) return true;
    const next: Mask | null | undefined = node.get(part);
    if (next === undefined) return false;
    node = next;
  }
  return true;
};

// ---- cells as the API shows them ------------------------------------------------------------------------------

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Serial day 0 of Sheets: 1899-12-30. */
const SERIAL_EPOCH = dayNumber('1899-12-30');

/** A wall-clock time as Sheets stores it: days since 1899-12-30, the time of day as the fraction. */
export function serialOf(dateTime: string): number {
  const minutes = Number(dateTime.slice(11, 13)) * 60 + Number(dateTime.slice(14, 16));
  return dayNumber(dateTime.slice(0, 10)) - SERIAL_EPOCH + minutes / 1440;
}

const ERROR_TYPES: Readonly<Record<string, string>> = {
  '#REF!': 'REF',
  '#N/A': 'N_A',
  '#NAME?': 'NAME',
  '#VALUE!': 'VALUE',
  '#DIV/0!': 'DIVIDE_BY_ZERO',
  '#NUM!': 'NUM',
  '#NULL!': 'NULL_VALUE',
  '#ERROR!': 'ERROR',
};

/** The number format a pattern is, as Sheets types it. */
function numberFormatOf(pattern: string): { type: string; pattern: string } | null {
  if (pattern === '') return null;
  if (pattern === '@') return { type: 'TEXT', pattern };
  if (/[yd]/i.test(pattern)) return { type: /h/i.test(pattern) ? 'DATE_TIME' : 'DATE', pattern };
  if (/^\[?h/i.test(pattern)) return { type: 'TIME', pattern };
  if (pattern.endsWith('%')) return { type: 'PERCENT', pattern };
  return { type: 'NUMBER', pattern };
}

type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;

/** One cell as spreadsheets.get reports it; an empty cell with no format of its own is `{}`. */
function apiCell(cell: Cell, timeZone: string): ApiCell {
  const { value, display } = cell;
  let effective: GoogleAppsScript.Sheets.Schema.ExtendedValue | null = null;
  let pattern = cell.format;
  if (isDate(value)) {
    const wall = wallClock(value, timeZone);
    effective = { numberValue: serialOf(wall) };
    // Sheets gives a typed date a date format of its own.
    if (pattern === '') pattern = wall.endsWith('T00:00') ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
  } else if (typeof value === 'number') effective = { numberValue: value };
  else if (typeof value === 'boolean') effective = { boolValue: value };
  else if (typeof value === 'string' && value !== '') {
    const error = ERROR_TYPES[value.trim()];
    effective = error
      ? { errorValue: { type: error, message: `${value.trim()} in a formula of this cell.` } }
      : { stringValue: value };
  }
  const format = numberFormatOf(pattern);
  const formats = format
    ? { userEnteredFormat: { numberFormat: format }, effectiveFormat: { numberFormat: format } }
    : {};
  if (effective === null) return { ...formats };
  const entered = cell.formula ? { formulaValue: cell.formula } : effective.errorValue ? null : effective;
  return {
    ...(entered && { userEnteredValue: entered }),
    effectiveValue: effective,
    formattedValue: display === '' && typeof value === 'boolean' ? String(value).toUpperCase() : display,
    ...formats,
  };
}

const isEmpty = (cell: ApiCell): boolean => Object.keys(cell).length === 0;

/** A1 `A1:C9`, `A:C`, `2:9` as 0-based half-open bounds (undefined: to the sheet's edge). */
function gridBounds(a1: string): { r0: number; r1?: number; c0: number; c1?: number } | null {
  const part = /^([A-Z]*)(\d*)$/;
  const [from, to = from] = a1.toUpperCase().split(':');
  const a = part.exec(from);
  const b = part.exec(to);
  if (!a || !b || from === '' || (a[1] === '' && a[2] === '')) return null;
  const column = (letters: string): number =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    r0: a[2] ? Number(a[2]) - 1 : 0,
    r1: b[2] ? Number(b[2]) : undefined,
    c0: a[1] ? column(a[1]) : 0,
    c1: b[1] ? column(b[1]) + 1 : undefined,
  };
}

/** The sheet and cells a range names: `'Tab name'!A1:C9`, `Tab!A:C`, `'Tab'`, `Tab`, or `A1:C9` (first tab). */
function resolveRange(spreadsheet: FakeSpreadsheet, range: string) {
  const quoted = /^'((?:[^']|'')*)'(?:!(.*))?$/.exec(range);
  const bang = range.lastIndexOf('!');
  const [title, a1] = quoted
    ? [quoted[1].replace(/''/g, "'"), quoted[2] ?? '']
    : bang >= 0
      ? [range.slice(0, bang), range.slice(bang + 1)]
      : [range, ''];
  let sheet = spreadsheet.sheets.find((s) => s.name === title);
  let cells = a1;
  if (!sheet && !quoted && bang < 0 && gridBounds(range)) {
    sheet = spreadsheet.sheets[0];
    cells = range;
  }
  const bounds = cells === '' ? { r0: 0, c0: 0 } : gridBounds(cells);
  if (!sheet || !bounds) return null;
  return { sheet, bounds };
}

// ---- the service ----------------------------------------------------------------------------------------------

export interface SheetsApiOptions {
  /** Every call takes this long on the world's clock (the API's round trip, the reply parsed). */
  latencyMs?: number;
  /** Google's read quota per user per minute (60); null: not enforced. */
  readsPerMinute?: number | null;
}

export class FakeSheetsSpreadsheets {
  /** Spreadsheets other than the script's own, by id. */
  readonly books = new Map<string, TeamSpreadsheet>();
  readonly requests: SheetsRequest[] = [];
  /** Every write the script attempted on another spreadsheet (a center must make none). */
  readonly writes: { readonly method: string; readonly spreadsheetId: string }[] = [];
  latencyMs: number;
  readsPerMinute: number | null;
  private readonly sheetIds = new WeakMap<FakeSheet, number>();
  private nextSheetId = 1;

  constructor(
    private readonly clock: FakeClock,
    options: SheetsApiOptions = {},
  ) {
    this.latencyMs = options.latencyMs ?? 0;
    this.readsPerMinute = options.readsPerMinute ?? null;
  }

  /** Test helper: a spreadsheet someone else owns, reachable as `access` says. */
  add(book: Omit<TeamSpreadsheet, 'access' | 'throttled'> & Partial<TeamSpreadsheet>): TeamSpreadsheet {
    const added = { access: 'ok' as Access, throttled: 0, ...book };
    this.books.set(book.id, added);
    return added;
  }

  /** Requests for one spreadsheet, in order. */
  requestsFor(spreadsheetId: string): SheetsRequest[] {
    return this.requests.filter((r) => r.spreadsheetId === spreadsheetId);
  }

  private sheetId(sheet: FakeSheet, index: number): number {
    // The first tab of a new spreadsheet is gid 0; tabs added later get large, arbitrary ids.
    let id = this.sheetIds.get(sheet);
    if (id === undefined) {
      id = index === 0 ? 0 : 1_000_000 + this.nextSheetId++ * 7919;
      this.sheetIds.set(sheet, id);
    }
    return id;
  }

  /** Reads in the last minute of the clock, this call not counted. */
  private readsInLastMinute(now: number): number {
    return this.requests.filter((r) => r.method === 'get' && r.status !== 429 && r.at > now - 60_000).length;
  }

  private answer<T>(method: string, spreadsheetId: string, args: GetArgs, reply: () => T): T {
    this.clock.now = new Date(this.clock.now.getTime() + this.latencyMs);
    const at = this.clock.now.getTime();
    const ranges = args.ranges === undefined ? [] : ([] as string[]).concat(args.ranges);
    const log = (status: number) =>
      this.requests.push({ method, spreadsheetId, ranges, fields: args.fields ?? null, status, at });
    const fail = ([code, message, reason]: readonly [number, string, string]): never => {
      log(code);
      throw new GoogleJsonResponseException(method, code, message, reason);
    };
    const book = this.books.get(spreadsheetId);
    if (this.readsPerMinute !== null && this.readsInLastMinute(at) >= this.readsPerMinute) fail(ERRORS.quota);
    if (book && book.throttled > 0) {
      book.throttled--;
      fail(ERRORS.quota);
    }
    if (!book || book.access === 'trashed') fail(ERRORS.notFound);
    else if (book.access === 'forbidden') fail(ERRORS.forbidden);
    else if (book.access === 'not-a-spreadsheet') fail(ERRORS.notSpreadsheet);
    try {
      const result = reply();
      log(200);
      return result;
    } catch (error) {
      log((error as GoogleJsonResponseException).details?.code ?? 500);
      throw error;
    }
  }

  /**
   * spreadsheets.get. A call without `fields` is refused outright (not a Google error: a test must notice a read
   * that asks for everything). With a mask, `includeGridData` is ignored, as the API ignores it.
   */
  get(spreadsheetId: string, optionalArgs: GetArgs = {}): Schema {
    if (!optionalArgs.fields) {
      throw new Error(
        'FakeSheets: spreadsheets.get without a fields mask would return every property of every tab; send one.',
      );
    }
    return this.answer('get', spreadsheetId, optionalArgs, () => {
      const mask = parseFieldMask(optionalArgs.fields as string);
      const book = this.books.get(spreadsheetId) as TeamSpreadsheet;
      const full = this.resource(book, optionalArgs, selects(mask, ['sheets', 'data']));
      return (applyMask(full, mask) ?? {}) as Schema;
    });
  }

  /** The whole resource as the API holds it, grid data only when the mask asks for it. */
  private resource(book: TeamSpreadsheet, args: GetArgs, withData: boolean): Schema {
    const { spreadsheet } = book;
    const ranges = args.ranges === undefined ? [] : ([] as string[]).concat(args.ranges);
    const resolved = ranges.map((range) => {
      const found = resolveRange(spreadsheet, range);
      if (!found)
        throw new GoogleJsonResponseException('get', 400, `Unable to parse range: ${range}`, 'badRequest');
      return found;
    });
    const sheets = spreadsheet.sheets.flatMap((sheet, index) => {
      const mine = resolved.filter((r) => r.sheet === sheet);
      // With ranges, only the tabs they touch are in the reply.
      if (ranges.length > 0 && mine.length === 0) return [];
      const bounds = ranges.length > 0 ? mine.map((r) => r.bounds) : [{ r0: 0, c0: 0 }];
      return [
        {
          properties: {
            sheetId: this.sheetId(sheet, index),
            title: sheet.name,
            index,
            sheetType: 'GRID',
            gridProperties: {
              rowCount: sheet.getMaxRows(),
              columnCount: Math.max(26, sheet.getLastColumn()),
              ...(sheet.frozenRows > 0 && { frozenRowCount: sheet.frozenRows }),
            },
            ...(sheet.hidden && { hidden: true }),
          },
          ...(withData && { data: bounds.map((b) => this.gridData(sheet, b, spreadsheet.timeZone)) }),
        },
      ];
    });
    return {
      spreadsheetId: book.id,
      properties: {
        title: book.title,
        locale: spreadsheet.locale,
        autoRecalc: 'ON_CHANGE',
        timeZone: spreadsheet.timeZone,
      },
      sheets,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
    } as Schema;
  }

  /** GridData of a range: rows up to the last one with anything in it, each row's cells up to its last. */
  private gridData(
    sheet: FakeSheet,
    b: { r0: number; r1?: number; c0: number; c1?: number },
    timeZone: string,
  ) {
    const r1 = Math.min(b.r1 ?? sheet.grid.length, sheet.grid.length);
    const rowData: GoogleAppsScript.Sheets.Schema.RowData[] = [];
    for (let r = b.r0; r < r1; r++) {
      const row = sheet.grid[r] ?? [];
      const c1 = Math.min(b.c1 ?? row.length, row.length);
      const values = row.slice(b.c0, c1).map((cell) => apiCell(cell, timeZone));
      while (values.length > 0 && isEmpty(values[values.length - 1])) values.pop();
      rowData.push(values.length > 0 ? { values } : {});
    }
    while (rowData.length > 0 && rowData[rowData.length - 1].values === undefined) rowData.pop();
    return {
      ...(b.r0 > 0 && { startRow: b.r0 }),
      ...(b.c0 > 0 && { startColumn: b.c0 }),
      ...(rowData.length > 0 && { rowData }),
      rowMetadata: Array.from({ length: Math.max(0, (b.r1 ?? sheet.getMaxRows()) - b.r0) }, () => ({
        pixelSize: 21,
      })),
    };
  }

  /** Writes a reader must never make: recorded, then refused as the readonly scope refuses them. */
  private write(method: string, spreadsheetId: string): never {
    this.writes.push({ method, spreadsheetId });
    return this.answer(method, spreadsheetId, {}, () => {
      throw new GoogleJsonResponseException(method, ...ERRORS.scope);
    });
  }

  batchUpdate(_resource: unknown, spreadsheetId: string): never {
    return this.write('batchUpdate', spreadsheetId);
  }

  readonly Values = {
    update: (_resource: unknown, spreadsheetId: string) => this.write('values.update', spreadsheetId),
    append: (_resource: unknown, spreadsheetId: string) => this.write('values.append', spreadsheetId),
    batchUpdate: (_resource: unknown, spreadsheetId: string) =>
      this.write('values.batchUpdate', spreadsheetId),
    clear: (_resource: unknown, spreadsheetId: string) => this.write('values.clear', spreadsheetId),
    batchClear: (_resource: unknown, spreadsheetId: string) => this.write('values.batchClear', spreadsheetId),
  };
}
