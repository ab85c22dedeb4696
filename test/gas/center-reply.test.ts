// The center's reader against the fake Sheets API: the reply's shape, and the converter that turns it into the
// core's input — which must read a team's sheet exactly as the team's own Generate reads it through SpreadsheetApp.
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { CELLS_FIELDS, TABS_FIELDS, wholeTab, workbookInputOf } from '../../src/gas/center/sheets-reply';
import { BACKOFF_MS, quotaPacer, readTeamSheet } from '../../src/gas/center/team-reader';
import { FakeClock } from '../fakes/clock';
import { seedSpreadsheet, workbookInputOf as spreadsheetAppInput } from '../fakes/sample-workbook';
import {
  FakeSheetsSpreadsheets,
  type GoogleJsonResponseException,
  parseFieldMask,
  serialOf,
} from '../fakes/sheets-api';
import { createWorld } from '../fakes/world';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const NOW = new Date('2023-11-15T07:30:00Z');

function teamBook(options: { timeZone?: string } = {}) {
  const world = createWorld({ timeZone: options.timeZone ?? 'Asia/Shanghai', now: NOW });
  const spreadsheet = world.spreadsheetApp.spreadsheet;
  seedSpreadsheet(spreadsheet);
  const clock = new FakeClock(NOW);
  const api = new FakeSheetsSpreadsheets(clock);
  api.add({ id: ID, title: '支付中心', spreadsheet });
  return { api, clock, spreadsheet };
}

const runClock = (clock: FakeClock) => ({
  now: () => clock.now.getTime(),
  sleep: (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  },
});

/** Reading options on the test's clock: no deadline unless given, Google's quota kept. */
const reading = (clock: FakeClock, deadline = Number.POSITIVE_INFINITY) => {
  const run = runClock(clock);
  return { clock: run, deadline, pacer: quotaPacer(run), fallbackZone: 'UTC' };
};

const refusal = (run: () => unknown): GoogleJsonResponseException => {
  try {
    run();
  } catch (error) {
    return error as GoogleJsonResponseException;
  }
  throw new Error('expected a refusal');
};

describe('the fake spreadsheets.get', () => {
  it('replies with tab names only for the names mask, and grid data only where the mask asks for it', () => {
    const { api } = teamBook();
    const tabs = api.get(ID, { fields: TABS_FIELDS });
    expect(tabs.properties).toEqual({ timeZone: 'Asia/Shanghai' });
    expect(tabs.sheets?.map((s) => s.properties?.title)).toContain('项目');
    expect(
      tabs.sheets?.every((s) => s.data === undefined && Object.keys(s.properties ?? {}).length === 2),
    ).toBe(true);
    // includeGridData is ignored once a mask is set, as the API ignores it.
    const noData = api.get(ID, { fields: TABS_FIELDS, includeGridData: true } as never);
    expect(noData.sheets?.[0].data).toBeUndefined();
  });

  it('returns only the ranges asked for, each cell with its value, shown text and number format type', () => {
    const { api } = teamBook();
    const reply = api.get(ID, { ranges: [wholeTab('项目')], fields: CELLS_FIELDS });
    expect(reply.sheets).toHaveLength(1);
    const [sheet] = reply.sheets ?? [];
    const rows = sheet.data?.[0].rowData ?? [];
    const header = rows[0].values?.map((c) => c.formattedValue);
    expect(header?.slice(0, 3)).toEqual(['周', '目标', '项目']);
    const week = rows[1].values?.[0];
    // A day as Sheets stores it: a serial number (2023-11-13 is 45243), told to be a day by its format.
    expect(serialOf('2023-11-13T00:00')).toBe(45243);
    const shown = String(week?.formattedValue);
    expect(week).toEqual({
      effectiveValue: { numberValue: serialOf(`${shown}T00:00`) },
      formattedValue: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      effectiveFormat: { numberFormat: { type: 'DATE' } },
    });
    const percents = rows.flatMap((row) =>
      (row.values ?? []).filter(
        (c) => c.effectiveValue && c.effectiveFormat?.numberFormat?.type === 'PERCENT',
      ),
    );
    expect(percents.length).toBeGreaterThan(0);
    for (const cell of percents) expect(cell.formattedValue).toMatch(/%$/);
    // A blank cell of a formatted column: its format only, no value, no shown text.
    expect(rows[1].values?.[5]).toEqual({ effectiveFormat: { numberFormat: { type: 'PERCENT' } } });
  });

  it('refuses a call without a fields mask, a misspelt field and a tab that does not exist', () => {
    const { api } = teamBook();
    expect(() => api.get(ID, {} as never)).toThrow(/without a fields mask/);
    expect(refusal(() => api.get(ID, { fields: 'sheets(properties(titel))' })).details.code).toBe(400);
    const badRange = refusal(() => api.get(ID, { ranges: ["'项目 (2)'"], fields: CELLS_FIELDS }));
    expect(badRange.message).toBe(
      "API call to sheets.spreadsheets.get failed with error: Unable to parse range: '项目 (2)'",
    );
  });

  it('throws as Apps Script throws an advanced service’s HTTP error: no access, not found, in the bin', () => {
    const { api, spreadsheet } = teamBook();
    api.add({ id: 'forbidden-id', title: 'x', spreadsheet, access: 'forbidden' });
    api.add({ id: 'trashed-id', title: 'x', spreadsheet, access: 'trashed' });
    const forbidden = refusal(() => api.get('forbidden-id', { fields: TABS_FIELDS }));
    expect(forbidden.name).toBe('GoogleJsonResponseException');
    expect(forbidden.message).toBe(
      'API call to sheets.spreadsheets.get failed with error: The caller does not have permission',
    );
    expect(forbidden.details.code).toBe(403);
    expect(refusal(() => api.get('trashed-id', { fields: TABS_FIELDS })).details.code).toBe(404);
    expect(refusal(() => api.get('no-such-id', { fields: TABS_FIELDS })).details.code).toBe(404);
    expect(api.requests.map((r) => r.status)).toEqual([403, 404, 404]);
  });

  it('parses nested and slash-separated masks', () => {
    const mask = parseFieldMask(
      'properties(timeZone),sheets(data(rowData(values(effectiveFormat/numberFormat/type))))',
    );
    expect([...mask.keys()]).toEqual(['properties', 'sheets']);
  });

  it('records writes to another spreadsheet and refuses them (the readonly scope)', () => {
    const { api } = teamBook();
    expect(() => api.Values.update({}, ID)).toThrow(/insufficient authentication scopes/);
    expect(api.writes).toEqual([{ method: 'values.update', spreadsheetId: ID }]);
  });
});

describe('the reply as the core reads it', () => {
  it.each(['Asia/Shanghai', 'America/Los_Angeles'])(
    'gives the report the team’s own Generate gives, in %s',
    (timeZone) => {
      const { api, clock, spreadsheet } = teamBook({ timeZone });
      const read = readTeamSheet(api, ID, reading(clock, Number.POSITIVE_INFINITY));
      if (read.kind !== 'read') throw new Error(`not read: ${read.kind}`);
      expect(read.calls).toBe(2);
      expect(read.input.dateCells).toBe('wall-clock');
      expect(read.input.timeZone).toBe(timeZone);
      const viaApi = buildReport(parseWorkbook(read.input), { now: NOW });
      const own = spreadsheetAppInput(spreadsheet);
      // Generate leaves People out: so does the center.
      const viaApp = buildReport(
        parseWorkbook({ ...own, sheets: own.sheets.filter((s) => s.name !== '人员') }),
        { now: NOW },
      );
      expect(viaApi.issues).toEqual(viaApp.issues);
      expect(viaApi.document).toEqual(viaApp.document);
      expect(viaApi.document).not.toBeNull();
    },
  );

  it('gives each tab its sheetId, keeps tabs it does not read by name, and drops rows that hold only formats', () => {
    const { api, clock, spreadsheet } = teamBook();
    // A column formatted down to row 1000, as Set up leaves it: the reply carries 1000 rows of formats.
    spreadsheet.sheet('项目').getRange(2, 6, 999, 1).setNumberFormat('0%');
    spreadsheet.addSheet('我们的笔记', [['随便写写']]);
    const read = readTeamSheet(api, ID, reading(clock, Number.POSITIVE_INFINITY));
    if (read.kind !== 'read') throw new Error('not read');
    const projects = read.input.sheets.find((s) => s.name === '项目');
    expect(projects?.values.length).toBe(spreadsheet.sheet('项目').getLastRow());
    expect(projects?.values.every((row) => row.length === projects.values[0].length)).toBe(true);
    expect(typeof projects?.id).toBe('number');
    expect(read.input.sheets.find((s) => s.name === '我们的笔记')).toEqual({
      name: '我们的笔记',
      values: [],
      displays: [],
      id: expect.any(Number),
    });
    // The second call named only the tabs a report reads.
    const [, cells] = api.requestsFor(ID);
    expect(cells.ranges).not.toContain(wholeTab('我们的笔记'));
    expect(cells.ranges).not.toContain(wholeTab('人员'));
  });

  it('reads a formula error as the text the cell shows, which the core reports at its cell', () => {
    const { api, clock, spreadsheet } = teamBook();
    spreadsheet.sheet('项目').cell(2, 6).value = '#REF!';
    spreadsheet.sheet('项目').cell(2, 6).display = '#REF!';
    const read = readTeamSheet(api, ID, reading(clock, Number.POSITIVE_INFINITY));
    if (read.kind !== 'read') throw new Error('not read');
    const issues = buildReport(parseWorkbook(read.input), { now: NOW }).issues;
    expect(issues.find((i) => i.cell === 'F2')?.severity).toBe('error');
  });

  it('waits out a rate limit (429) and retries; refusals are reasons, never retried', () => {
    const { api, clock, spreadsheet } = teamBook();
    const book = api.books.get(ID);
    if (!book) throw new Error('no book');
    book.throttled = 3;
    const start = clock.now.getTime();
    const read = readTeamSheet(api, ID, reading(clock, Number.POSITIVE_INFINITY));
    expect(read.kind).toBe('read');
    expect(api.requestsFor(ID).map((r) => r.status)).toEqual([429, 429, 429, 200, 200]);
    expect(clock.now.getTime() - start).toBe(BACKOFF_MS[0] + BACKOFF_MS[1] + BACKOFF_MS[2]);
    api.add({ id: 'gone', title: 'x', spreadsheet, access: 'forbidden' });
    expect(readTeamSheet(api, 'gone', reading(clock, Number.POSITIVE_INFINITY))).toEqual({
      kind: 'unreadable',
      refusal: 'noAccess',
      detail: 'The caller does not have permission',
      calls: 1,
    });
  });

  it('defers a sheet still rate-limited when the next wait would pass the deadline', () => {
    const { api, clock } = teamBook();
    const book = api.books.get(ID);
    if (!book) throw new Error('no book');
    book.throttled = 100;
    const deadline = clock.now.getTime() + 5_000;
    expect(readTeamSheet(api, ID, reading(clock, deadline))).toEqual({ kind: 'deferred', calls: 3 });
    expect(clock.now.getTime()).toBeLessThanOrEqual(deadline);
  });

  it('converts a reply without cells or tabs to an empty workbook rather than failing', () => {
    expect(workbookInputOf({}, {}, { fallbackZone: 'UTC', skipped: () => false })).toEqual({
      sheets: [],
      timeZone: 'UTC',
      dateCells: 'wall-clock',
    });
  });
});
