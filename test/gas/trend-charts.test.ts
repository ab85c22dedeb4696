// SPEC §9 through the bundle, on docs/trends-demo.json (eleven earlier weeks of the sample's metrics, one gap, two
// Targets): Sheets charts on the hidden Trends tab, their pictures in the Doc where the chart blocks stand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartBlock, ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { expectedOutline } from '../fakes/docs-expected';
import { type SeedSheet, seedSpreadsheet, workbookInputOf } from '../fakes/sample-workbook';
import { drawnChart } from '../fakes/sheet-charts';
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
    // Two charts: once, the Trends tab (find or make, its mark, hidden, clear, one write, list the charts, flush)
    // and the Doc (open, body, save); then at most 25 calls per chart (build 13, picture 1, place 9, the range).
    expect(twelve.total - none.total).toBeLessThanOrEqual(15 + 2 * 25);
    expect(six).toEqual(twelve);
  });
});
