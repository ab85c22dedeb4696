// How far a center (SPEC §13) reaches in Apps Script: per team, the size of the Sheets API reply, the time to turn
// it into the core's input and summarise it, the summary kept between slices; per center, teams per 4.5-minute
// slice at a given round trip, with and without Google's 60 reads a minute. Figures for docs/scale.md.
//
//   npm run build && npx esbuild bench/center-scale.ts --bundle --platform=node --format=cjs \
//     --outfile=build/bench/center-scale.cjs --log-level=warning && node build/bench/center-scale.cjs
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkbook, summariseTeam } from '../src/core';
import { CELLS_FIELDS, TABS_FIELDS, wholeTab, workbookInputOf } from '../src/gas/center/sheets-reply';
import { gzipPacker } from '../src/gas/center/stored-json';
import { CallLog } from '../test/fakes/calls';
import { FakeClock } from '../test/fakes/clock';
import { FakeSheetsSpreadsheets } from '../test/fakes/sheets-api';
import { FakeSpreadsheet } from '../test/fakes/spreadsheet-app';
import { FakeUtilities } from '../test/fakes/utilities';
import { centerHarness } from '../test/gas/center-harness';
import { median, round, timed } from './measure';
import { NOW, rowCount, syntheticWorkbook, TIME_ZONE } from './synthetic-workbook';

const ID = '1benchbenchbenchbenchbenchbenchbench';

/** A team's spreadsheet of `weeks` × `projects`, typed as Sheets holds it (instants, column formats). */
function teamSpreadsheet(weeks: number, projects: number) {
  const sheets = syntheticWorkbook({ weeks, projects }, { dateCells: 'instant', timeZone: TIME_ZONE });
  const spreadsheet = new FakeSpreadsheet(new CallLog(), TIME_ZONE, 'zh_CN');
  for (const sheet of sheets) {
    const fake = spreadsheet.addSheet(sheet.name, sheet.values, sheet.displays);
    sheet.formats.forEach((format, c) => {
      for (let r = 2; r <= sheet.values.length; r++) fake.cell(r, c + 1).format = format;
    });
  }
  return {
    spreadsheet,
    rows: rowCount(sheets),
    cells: sheets.reduce((n, s) => n + s.values.length * (s.values[0]?.length ?? 0), 0),
  };
}

function perTeam(weeks: number, projects: number) {
  const { spreadsheet, rows, cells } = teamSpreadsheet(weeks, projects);
  const api = new FakeSheetsSpreadsheets(new FakeClock(NOW));
  api.add({ id: ID, title: 'bench', spreadsheet });
  const tabs = api.get(ID, { fields: TABS_FIELDS });
  const ranges = (tabs.sheets ?? [])
    .map((s) => wholeTab(s.properties?.title ?? ''))
    .filter((r) => r !== "'人员'");
  const reply = api.get(ID, { ranges, fields: CELLS_FIELDS });
  const replyBytes = Buffer.byteLength(JSON.stringify(reply));
  const options = { fallbackZone: TIME_ZONE, skipped: () => false };
  const convert = median([0, 1, 2].map(() => timed(() => workbookInputOf(tabs, reply, options)).ms));
  const input = workbookInputOf(tabs, reply, options);
  const summarise = () => {
    const workbook = parseWorkbook(input);
    return summariseTeam(
      { name: 'bench', lead: '', url: null, workbook },
      { week: 'latest', now: NOW, center: workbook.settings },
    );
  };
  summarise(); // warm-up
  const core = median([0, 1, 2].map(() => timed(summarise).ms));
  const summary = summarise();
  if (summary.state !== 'read' || summary.facts === null)
    throw new Error(`size ${weeks}x${projects}: no facts`);
  return {
    size: `${weeks}x${projects}`,
    rows,
    cells,
    replyKB: round(replyBytes / 1024),
    convertMs: round(convert),
    summariseMs: round(core),
    summaryBytes: Buffer.byteLength(JSON.stringify(summary)),
    storedBytes:
      gzipPacker(new FakeUtilities(new FakeClock(NOW)) as never).pack(JSON.stringify(summary)).length + 1,
  };
}

function perCenter(teams: number, latencyMs: number, readsPerMinute: number | null) {
  const names = Array.from({ length: teams }, (_, i) => ({ name: `T${i + 1}` }));
  const h = centerHarness({ teams: names, latencyMs, readsPerMinute });
  const sliceReads: number[] = [];
  const count = () =>
    new Set(h.world.sheets.requests.filter((r) => r.status === 200).map((r) => r.spreadsheetId)).size;
  let before = 0;
  const wall = timed(() => {
    h.run('buildCenterReport');
    for (;;) {
      const read = count();
      sliceReads.push(read - before);
      before = read;
      const [next] = h.triggers('continueCenterReport');
      if (!next) break;
      h.world.clock.now = new Date(h.world.clock.now.getTime() + 60_000);
      h.fire(next);
    }
  });
  const calls = h.world.sheets.requests;
  return {
    teams,
    latencyMs,
    readsPerMinute,
    slices: sliceReads.length,
    teamsPerSlice: sliceReads.join('+'),
    refused429: calls.filter((r) => r.status === 429).length,
    callsPerTeam: round(calls.filter((r) => r.status !== 429).length / teams, 2),
    propertiesPeakKB: round(h.world.propertiesService.document.peakBytes / 1024),
    nodeMs: Math.round(wall.ms),
  };
}

/** Run from build/bench/ (the fakes find seeds/ and dist/ two levels up, as from test/fakes/). */
const bytes = (path: string): number => statSync(join(__dirname, '../..', path)).size;

console.log('per team (one team sheet, two Sheets calls):');
console.table([perTeam(4, 50), perTeam(52, 50), perTeam(52, 200), perTeam(260, 200)]);
console.log('per center (fake clock; Apps Script time is the round trips and the waits):');
console.table([
  perCenter(60, 700, null),
  perCenter(60, 700, 60),
  perCenter(60, 3000, null),
  perCenter(200, 700, 60),
  perCenter(400, 700, 60),
]);
console.log({ teamBundleBytes: bytes('dist/Code.js'), centerBundleBytes: bytes('center/dist/Code.js') });
