// SPEC §9 through the bundle, on docs/trends-demo.json (eleven earlier weeks of the sample's metrics, one gap, two
// Targets): Sheets charts on the hidden Trends tab, their pictures in the Doc where the chart blocks stand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartBlock, ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { placeholderIndexes } from '../../src/gas/chart-places';
import { expectedOutline } from '../fakes/docs-expected';
import { type SeedSheet, seedSpreadsheet, workbookInputOf } from '../fakes/sample-workbook';
import { type ChartState, drawnChart } from '../fakes/sheet-charts';
import { docsOf } from './doc-shape';
import { type Harness, harness, NOW } from './harness';
import { setting } from './report-html';

const demoSheets = (): SeedSheet[] =>
  JSON.parse(readFileSync(join(__dirname, '../../docs/trends-demo.json'), 'utf8')).sheets;

function team(sheets: SeedSheet[] = demoSheets()): Harness {
  const h = harness({ seed: false });
  seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, sheets);
  h.world.calls.reset();
  return h;
}

/** The report the core makes of the fake sheet as it stands: what the Doc must hold. */
const expectedDocument = (h: Harness): ReportDocument =>
  buildReport(parseWorkbook(workbookInputOf(h.world.spreadsheetApp.spreadsheet)), { now: NOW })
    .document as ReportDocument;

const chartBlocks = (doc: ReportDocument): ChartBlock[] =>
  doc.blocks.filter((b): b is ChartBlock => b.kind === 'chart');

const trendsTab = (h: Harness) => h.world.spreadsheetApp.spreadsheet.sheets.find((s) => s.name === '趋势');

describe('Trend charts in the Doc', () => {
  it('puts one picture per chart block where the block stands, titled by its chart', () => {
    const h = team();
    const document = expectedDocument(h);
    const charts = chartBlocks(document);
    expect(charts.map((c) => c.title)).toEqual(['支付成功率', '系统可用性']);
    h.run('generateWeeklyReport');
    const [doc] = docsOf(h.world);
    expect(doc.read()).toEqual(expectedOutline(document, 'images'));
    const images = doc.read().blocks.filter((b) => b.kind === 'image');
    expect(images).toHaveLength(2);
  });

  it('draws each group over the last 12 weeks: a line per metric with a gap, dashed targets, the report week labels', () => {
    const h = team();
    h.run('generateWeeklyReport');
    const sheet = trendsTab(h);
    expect(sheet?.hidden).toBe(true);
    const pictures = sheet?.charts.charts.map((chart) => drawnChart(chart.getAs('image/png'))) ?? [];
    expect(pictures.map((p) => p.title)).toEqual(['支付成功率', '系统可用性']);
    const [success] = pictures;
    expect(success.type).toBe('LINE');
    expect(success.labels).toHaveLength(12);
    expect(success.labels.slice(-2)).toEqual(['第45周', '第46周']);
    const inflow = success.lines.find((line) => line.name === '入金有效成功率');
    expect(inflow?.points).toHaveLength(12);
    expect(inflow?.points.filter((p) => p === null)).toHaveLength(1);
    expect(inflow?.points.at(-1)).toBeCloseTo(99.997, 6);
    expect(inflow?.dashed).toBe(false);
    const targets = pictures.flatMap((p) => p.lines.filter((line) => line.dashed));
    // One dashed line per distinct Target of the report week, each named as a target.
    expect(targets.length).toBeGreaterThanOrEqual(2);
    for (const target of targets) expect(target.name).toContain('目标');
    for (const target of targets) expect(new Set(target.points).size).toBe(1);
    // The axis shows as many decimals as the group's values (its most precise metric).
    const [block] = chartBlocks(expectedDocument(h));
    expect(block.decimals).toBeGreaterThan(0);
    expect(success.format).toBe(`0.${'0'.repeat(block.decimals)}"%"`);
  });

  it('flushes the data and charts to Sheets once, before the first picture is drawn', () => {
    const h = team();
    h.run('generateWeeklyReport');
    const { sequence } = h.world.calls;
    const flush = sequence.indexOf('SpreadsheetApp.SpreadsheetApp.flush');
    expect(sequence.filter((call) => call.endsWith('.flush'))).toHaveLength(1);
    expect(flush).toBeGreaterThan(sequence.lastIndexOf('SpreadsheetApp.Sheet.insertChart'));
    expect(flush).toBeLessThan(sequence.indexOf('SpreadsheetApp.EmbeddedChart.getAs'));
  });

  it('regenerating rewrites the Trends data and reuses its charts: never more charts, one picture per block', () => {
    const h = team();
    h.run('generateWeeklyReport');
    h.run('generateWeeklyReport');
    h.run('generateWeeklyReport');
    const sheet = trendsTab(h);
    expect(sheet?.charts.charts.map((c) => c.getChartId())).toEqual([1, 2]);
    expect(h.world.spreadsheetApp.spreadsheet.sheets.filter((s) => /趋势|Trends/.test(s.name))).toHaveLength(
      1,
    );
    const [doc] = docsOf(h.world);
    expect(doc.read().blocks.filter((b) => b.kind === 'image')).toHaveLength(2);
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h), 'images'));
  });

  it('趋势周数 0 removes every chart from the report; fewer groups remove the extra charts from Trends', () => {
    const h = team();
    h.run('generateWeeklyReport');
    setting(h, '趋势周数', '0');
    h.run('generateWeeklyReport');
    const [doc] = docsOf(h.world);
    expect(doc.read().blocks.filter((b) => b.kind === 'image')).toHaveLength(0);
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h)));
    expect(JSON.stringify(doc.read())).not.toContain('【图表】');
  });

  it('keeps metric names literal on the Trends tab: a name like a formula stays text', () => {
    const sheets = demoSheets();
    const metrics = sheets.find((s) => s.name === '指标') as SeedSheet;
    const renamed = metrics.rows.map((row) =>
      row[2] === '出金有效成功率' ? [...row.slice(0, 2), "'=1+1", ...row.slice(3)] : row,
    );
    const h = team(sheets.map((s) => (s === metrics ? { ...s, rows: renamed } : s)));
    h.run('generateWeeklyReport');
    const sheet = trendsTab(h);
    const header = sheet?.values()[0] ?? [];
    expect(header).toContain('=1+1');
    expect(sheet?.grid.flat().some((cell) => cell.formula)).toBe(false);
  });

  it('never touches a 趋势 tab the team made: no chart is drawn, its cells stay, and the dialog says why', () => {
    const h = team();
    const own = h.world.spreadsheetApp.spreadsheet.addSheet('趋势');
    own.getRange(1, 1, 2, 2).setValues([
      ['我们的', '趋势'],
      ['别删', 42],
    ]);
    h.run('generateWeeklyReport');
    expect(own.values()).toEqual([
      ['我们的', '趋势'],
      ['别删', 42],
    ]);
    expect(own.charts.charts).toHaveLength(0);
    expect(own.hidden).toBe(false);
    const [doc] = docsOf(h.world);
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h)));
    const [dialog] = h.world.spreadsheetApp.ui.dialogs;
    expect(dialog.html).toContain('表&quot;趋势&quot;不是周报工具创建的');
  });

  it('claims a blank, unmarked 趋势 tab (one an interrupted run made) and hides it again if shown', () => {
    const h = team();
    const left = h.world.spreadsheetApp.spreadsheet.addSheet('趋势');
    h.run('generateWeeklyReport');
    expect(left.metadata).toEqual(['weeklyReport.trends']);
    expect(left.charts.charts).toHaveLength(2);
    left.hidden = false;
    h.run('generateWeeklyReport');
    expect(left.hidden).toBe(true);
    expect(h.world.spreadsheetApp.spreadsheet.sheets.filter((s) => s.name === '趋势')).toHaveLength(1);
  });

  it('a chart Sheets cannot draw leaves the report written and recorded, its placeholder kept, and says why', () => {
    const h = team();
    h.run('generateWeeklyReport');
    const sheet = trendsTab(h);
    if (!sheet) throw new Error('no Trends tab');
    sheet.getCharts = () => {
      throw new Error('Exception: Service Spreadsheets failed while accessing document.');
    };
    h.run('generateWeeklyReport');
    const [doc] = docsOf(h.world);
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h)));
    // The regeneration is recorded: Revision 2 in the week's row.
    expect(h.world.spreadsheetApp.spreadsheet.sheet('报告').values()[1].at(-1)).toBe(2);
    const dialog = h.world.spreadsheetApp.ui.dialogs.at(-1);
    expect(dialog?.html).toContain(doc.url);
    expect(dialog?.html).toContain('趋势图未能绘制');
  });

  it('costs a few calls per chart on top of Generate, however many weeks the charts show', () => {
    const generate = (weeks: string): { total: number; charts: number } => {
      const h = team();
      setting(h, '趋势周数', weeks);
      h.world.calls.reset();
      h.run('generateWeeklyReport');
      const { sequence } = h.world.calls;
      const charts = sequence.filter((call) => /Chart|DocumentApp|hideSheet|clearContents/.test(call)).length;
      return { total: sequence.length, charts };
    };
    const none = generate('0');
    const twelve = generate('12');
    const six = generate('6');
    expect(none.charts).toBe(0);
    expect(none.total).toBeLessThanOrEqual(60);
    // Two charts, the first Generate: once, the Trends tab (looked for twice, made, marked, hidden), its record
    // (forgotten, kept), one write, the flush, and the Doc (one read of its paragraphs, open, body, paragraphs,
    // save); then per chart its build (14: newChart, asLineChart, the range, position, seven options, build,
    // insertChart), its picture (1) and its placing (3: the picture, its title, the placeholder's text removed).
    expect(twelve.total - none.total).toBeLessThanOrEqual(16 + 2 * 18);
    expect(six).toEqual(twelve);
  });
});

/** The demo's two metric groups and a copy of each under other names: four charts, as in the bench's workbook. */
const fourGroups = (): SeedSheet[] =>
  demoSheets().map((sheet) =>
    sheet.name === '指标'
      ? {
          ...sheet,
          rows: [
            ...sheet.rows,
            ...sheet.rows.map((row) => [row[0], `${row[1]}（二）`, `${row[2]}（二）`, ...row.slice(3)]),
          ],
        }
      : sheet,
  );

/** Every call one click makes, in order. */
function callsOf(h: Harness, click: () => unknown): string[] {
  h.world.calls.reset();
  click();
  return [...h.world.calls.sequence];
}

const generateWeek = (h: Harness, day: string): unknown => {
  h.world.spreadsheetApp.ui.answers.push({ button: 'OK', text: day });
  return h.run('generateReportForWeek');
};

/**
 * The same clicks on the four-group workbook with charts (12 weeks) and without (趋势周数 0): what each click's charts
 * cost, per chart.
 */
function perChart(clicks: readonly ((h: Harness) => unknown)[]) {
  const run = (weeks: string) => {
    const h = team(fourGroups());
    setting(h, '趋势周数', weeks);
    return { h, calls: clicks.map((click) => callsOf(h, () => click(h))) };
  };
  const charted = run('12');
  const plain = run('0');
  const charts = chartBlocks(expectedDocument(charted.h)).length;
  return {
    h: charted.h,
    calls: charted.calls,
    perChart: charted.calls.map((calls, i) => (calls.length - plain.calls[i].length) / charts),
  };
}

const isBuilding = (call: string): boolean =>
  /EmbeddedChartBuilder|newChart|insertChart|updateChart|removeChart|EmbeddedChart\.modify/.test(call);

/** A tab's charts as built, their ids aside: what a Generate from scratch would have drawn must equal them. */
const builtCharts = (h: Harness): Omit<ChartState, 'id'>[] =>
  (trendsTab(h)?.charts.charts ?? []).map(({ state: { id: _id, ...rest } }) => structuredClone(rest));

/** The charts a fresh spreadsheet draws for the week of `day` (the latest when none). */
function drawnFromScratch(day?: string): Omit<ChartState, 'id'>[] {
  const h = team(fourGroups());
  if (day) generateWeek(h, day);
  else h.run('generateWeeklyReport');
  return builtCharts(h);
}

describe('Calls per chart (issue 25 part 3)', () => {
  it('regenerating costs at most 8 calls per chart: the charts on the tab are reused as they stand', () => {
    const {
      h,
      calls,
      perChart: [, again],
    } = perChart([(h) => h.run('generateWeeklyReport'), (h) => h.run('generateWeeklyReport')]);
    const [, regenerate] = calls;
    // 27.25 before: every chart rebuilt through 15 builder calls, each placed through 8 DocumentApp calls.
    expect(again).toBeLessThanOrEqual(8);
    expect(regenerate.filter(isBuilding)).toEqual([]);
    const count = (call: string) => regenerate.filter((c) => c === call).length;
    expect(count('SpreadsheetApp.Range.setValues')).toBeGreaterThan(0);
    expect(count('SpreadsheetApp.SpreadsheetApp.flush')).toBe(1);
    expect(count('SpreadsheetApp.EmbeddedChart.getAs')).toBe(4);
    expect(count('DocumentApp.DocumentApp.openById')).toBe(1);
    expect(count('DocumentApp.Body.getParagraphs')).toBe(1);
    expect(count('DocumentApp.Body.findText')).toBe(0);
    const [doc] = docsOf(h.world);
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h), 'images'));
  });

  it('the first Generate builds each chart whole; a new week changes only what moved, and both draw what a fresh sheet draws', () => {
    const {
      h,
      calls,
      perChart: [first, , next],
    } = perChart([
      (h) => h.run('generateWeeklyReport'),
      (h) => generateWeek(h, '2023-11-08'),
      (h) => h.run('generateWeeklyReport'),
    ]);
    // 26.75 and 27.25 before. Building a chart takes newChart, asLineChart, the range (2), setPosition, one
    // setOption per option of the spec (7), build and insertChart: 14 calls, which no reuse can save. Week 46 adds
    // the Targets' columns, so every chart is moved and given a new range, and some a new axis.
    expect(first).toBeLessThanOrEqual(22);
    expect(next).toBeLessThanOrEqual(18);
    const [, , nextCalls] = calls;
    expect(nextCalls.filter((c) => c.endsWith('.asLineChart') || c.endsWith('.newChart'))).toEqual([]);
    expect(nextCalls.filter((c) => c.endsWith('.setOption')).length).toBeLessThan(4 * 7);
    expect(builtCharts(h)).toEqual(drawnFromScratch());
    const [doc] = docsOf(h.world).filter((d) => d.name.includes('2023-11-13'));
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h), 'images'));
  });

  it('a new week whose charts keep their rows and places sets only the options that moved', () => {
    // Every metric's Target on every week (the demo sets them in its last week only), six weeks a chart: week 45
    // and week 46 draw the same rows and columns, only the values differ.
    const steady = fourGroups().map((sheet) => {
      if (sheet.name !== '指标') return sheet;
      const targets = new Map(sheet.rows.filter((row) => row[4] != null).map((row) => [row[2], row[4]]));
      return {
        ...sheet,
        rows: sheet.rows.map((row) => [...row.slice(0, 4), targets.get(row[2]) ?? null, ...row.slice(5)]),
      };
    });
    const h = team(steady);
    setting(h, '趋势周数', '6');
    generateWeek(h, '2023-11-08');
    const next = callsOf(h, () => h.run('generateWeeklyReport'));
    const building = next.filter(isBuilding);
    expect(building.filter((c) => /clearRanges|addRange|setPosition|asLineChart|newChart/.test(c))).toEqual(
      [],
    );
    const modified = building.filter((c) => c.endsWith('.modify')).length;
    expect(building.filter((c) => c.endsWith('.updateChart'))).toHaveLength(modified);
    expect(building.filter((c) => c.endsWith('.setOption')).length).toBeLessThanOrEqual(modified * 2);
    const fresh = team(steady);
    setting(fresh, '趋势周数', '6');
    fresh.run('generateWeeklyReport');
    expect(builtCharts(h)).toEqual(builtCharts(fresh));
  });

  it('rebuilds in full what the record cannot vouch for: a chart removed by hand, a tab drawn before the record', () => {
    const h = team(fourGroups());
    h.run('generateWeeklyReport');
    const sheet = trendsTab(h);
    if (!sheet) throw new Error('no Trends tab');
    sheet.charts.remove(sheet.charts.charts[1]);
    sheet.getRange(30, 1).setValues([['手写的']]);
    const repaired = callsOf(h, () => h.run('generateWeeklyReport'));
    expect(repaired).toContain('SpreadsheetApp.Sheet.clearContents');
    expect(repaired.filter((c) => c.endsWith('.asLineChart'))).toHaveLength(4);
    expect(builtCharts(h)).toEqual(drawnFromScratch());
    expect(sheet.values().flat()).not.toContain('手写的');
    // A tab an earlier version drew has no record: every chart is rebuilt once, then reused.
    h.world.propertiesService.document.values.clear();
    expect(
      callsOf(h, () => h.run('generateWeeklyReport')).filter((c) => c.endsWith('.asLineChart')),
    ).toHaveLength(4);
    expect(callsOf(h, () => h.run('generateWeeklyReport')).filter(isBuilding)).toEqual([]);
    expect(builtCharts(h)).toEqual(drawnFromScratch());
  });

  it('a chart Sheets fails to update is warned of, and rebuilt in full by the next Generate', () => {
    const h = team(fourGroups());
    generateWeek(h, '2023-11-08');
    const sheet = trendsTab(h);
    if (!sheet) throw new Error('no Trends tab');
    const update = sheet.updateChart.bind(sheet);
    let updates = 0;
    sheet.updateChart = (chart) => {
      if (++updates === 2)
        throw new Error('Exception: Service Spreadsheets failed while accessing document.');
      update(chart);
    };
    h.run('generateWeeklyReport');
    expect(h.world.spreadsheetApp.ui.dialogs.at(-1)?.html).toContain(
      '趋势图未能绘制：&quot;系统可用性&quot;',
    );
    const retry = callsOf(h, () => h.run('generateWeeklyReport'));
    expect(retry.filter((c) => c.endsWith('.asLineChart'))).toHaveLength(1);
    expect(builtCharts(h)).toEqual(drawnFromScratch());
    const [doc] = docsOf(h.world).filter((d) => d.name.includes('2023-11-13'));
    expect(doc.read()).toEqual(expectedOutline(expectedDocument(h), 'images'));
  });

  it('a placeholder gone from the Doc leaves that chart out with a warning; the others are placed', () => {
    const h = team();
    h.run('generateWeeklyReport');
    const [doc] = docsOf(h.world);
    const model = h.world.docs.docs.get(doc.id);
    if (!model) throw new Error('no Doc');
    // Someone edits the Doc while the charts are drawn: the first placeholder line is deleted.
    h.world.spreadsheetApp.flush = () => {
      const content = model.document().body?.content ?? [];
      const line = content.find((e) =>
        e.paragraph?.elements?.some((r) => r.textRun?.content === '【图表】支付成功率\n'),
      );
      if (!line?.startIndex || !line.endIndex) throw new Error('no placeholder');
      model.batchUpdate([
        { deleteContentRange: { range: { startIndex: line.startIndex, endIndex: line.endIndex } } },
      ]);
    };
    h.run('generateWeeklyReport');
    const images = doc.read().blocks.filter((b) => b.kind === 'image');
    expect(images).toEqual([{ kind: 'image', title: '系统可用性' }]);
    expect(h.world.spreadsheetApp.ui.dialogs.at(-1)?.html).toContain(
      '文档中找不到图表&quot;支付成功率&quot;的占位行',
    );
  });

  it('searches for each placeholder when the Doc cannot be read at once or no longer lines up with what was read', () => {
    for (const trouble of ['unreadable', 'edited'] as const) {
      const h = team(fourGroups());
      const get = h.world.docs.get.bind(h.world.docs);
      h.world.docs.get = (id, args) => {
        if (trouble === 'unreadable' && args)
          throw new Error('API call to docs.documents.get failed with error: Internal error');
        const snapshot = get(id, args);
        // A line typed at the end between the read and DocumentApp: the body no longer has the paragraphs read.
        if (args)
          h.world.docs.docs
            .get(id)
            ?.batchUpdate([{ insertText: { endOfSegmentLocation: {}, text: '\n补充' } }]);
        return snapshot;
      };
      const calls = callsOf(h, () => h.run('generateWeeklyReport'));
      expect(calls.filter((c) => c.endsWith('.findText')).length).toBeGreaterThanOrEqual(4);
      const [doc] = docsOf(h.world);
      const blocks = doc.read().blocks;
      const expected = expectedOutline(expectedDocument(h), 'images').blocks;
      if (trouble === 'unreadable') expect(blocks).toEqual(expected);
      // The typed line joins the last list; every picture stands where its placeholder stood.
      const pictures = (list: typeof blocks) =>
        list.flatMap((b, i) => (b.kind === 'image' ? [[i, b.title]] : []));
      expect(pictures(blocks)).toEqual(pictures(expected));
      expect(pictures(blocks)).toHaveLength(4);
      expect(JSON.stringify(blocks)).not.toContain('【图表】');
    }
  });
});

describe('placeholderIndexes', () => {
  const paragraph = (text: string) => ({ paragraph: { elements: [{ textRun: { content: `${text}\n` } }] } });
  const table = (...cells: string[]) => ({
    table: { tableRows: [{ tableCells: cells.map((cell) => ({ content: [paragraph(cell)] })) }] },
  });
  const snapshot = {
    body: {
      content: [
        { sectionBreak: {} },
        paragraph('标题'),
        table('【图表】A', 'x'),
        paragraph('【图表】A'),
        paragraph('【图表】B'),
        paragraph('【图表】A'),
      ],
    },
  };

  it('counts table cells’ paragraphs or not, as the body’s list does, and gives the n-th equal text to the n-th', () => {
    expect(placeholderIndexes(snapshot, ['【图表】A', '【图表】B', '【图表】A'], 6)).toEqual([1, 4, 3]);
    expect(placeholderIndexes(snapshot, ['【图表】A', '【图表】B', '【图表】A'], 4)).toEqual([1, 2, 3]);
    expect(placeholderIndexes(snapshot, ['【图表】C', '【图表】B'], 4)).toEqual([null, 2]);
  });

  it('gives up when neither count lines up with the body', () => {
    expect(placeholderIndexes(snapshot, ['【图表】B'], 5)).toBeNull();
  });
});
