// Generate through the built bundle: the Doc, the Reports row, batching, regeneration, the lock and bad data.
import type { ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { expectedOutline } from '../fakes/docs-expected';
import { loadBundle } from '../fakes/load-bundle';
import { sampleSheets, seedSpreadsheet, workbookInputOf } from '../fakes/sample-workbook';
import { displayOf } from '../fakes/spreadsheet-app';
import { createWorld } from '../fakes/world';
import { docsOf } from './doc-shape';
import { harness, NOW } from './harness';

const onlyDoc = (h: ReturnType<typeof harness>) => {
  const docs = docsOf(h.world);
  expect(docs).toHaveLength(1);
  return docs[0];
};

const reportRows = (h: ReturnType<typeof harness>): unknown[][] =>
  h.world.spreadsheetApp.spreadsheet.sheet('报告').values().slice(1);

describe('Generate weekly report', () => {
  it('writes the Doc as the report document says: title, headings, nested lists, bold runs, header', () => {
    const h = harness();
    const expected = buildReport(parseWorkbook(workbookInputOf(h.world.spreadsheetApp.spreadsheet)), {
      now: NOW,
    });
    h.run('generateWeeklyReport');
    const doc = onlyDoc(h);
    const document = expected.document as ReportDocument;
    expect(doc.read()).toEqual(expectedOutline(document));
    expect(doc.name).toBe(document.title);
  });

  it('has real headings, a bulleted highlight with its bold title and its numbered points under it', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const { title, blocks } = onlyDoc(h).read();
    expect(title).toBe('第46周 2023-11-13');
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(expect.arrayContaining(['【重点工作】', '【系统运行数据】']));
    const items = blocks.flatMap((b) => (b.kind === 'list' && !b.ordered ? b.items : []));
    const highlight = items.find((item) => item.runs[0]?.text === '【大模型技术应用】');
    expect(highlight?.runs[0]).toEqual({ text: '【大模型技术应用】', bold: true });
    expect(highlight?.sublist?.ordered).toBe(true);
    expect(highlight?.sublist?.items[0].runs.map((r) => r.text).join('')).toContain('CodeLink');
  });

  it('records Week, Doc link, Generated, By and Revision in the Reports tab and shows the link', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const doc = onlyDoc(h);
    const [row] = reportRows(h);
    const tz = h.world.spreadsheetApp.spreadsheet.timeZone;
    expect(displayOf(row[0], 'yyyy-mm-dd', tz)).toBe('2023-11-13');
    expect(row.slice(1)).toEqual([doc.url, expect.anything(), 'lead@example.com', 1]);
    expect((row[2] as Date).getTime()).toBe(NOW.getTime());
    const dialog = h.world.spreadsheetApp.ui.dialogs[0];
    expect(dialog.html).toContain(`href="${doc.url}"`);
    expect(h.world.lockService.lock.releases).toBe(1);
  });

  it('files the Doc in the report folder, created once and remembered in the document properties', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const files = [...h.world.drive.Files.files.values()];
    const folder = files.find((f) => f.mimeType === 'application/vnd.google-apps.folder');
    expect(folder?.name).toBe('支付中心 周报');
    expect(files.find((f) => f.id === onlyDoc(h).id)?.parents).toEqual([folder?.id]);
    expect([...h.world.propertiesService.document.values.entries()]).toEqual([
      // Keyed by the spreadsheet's id: a copy of the sheet never takes the original's folder for its own.
      ['sheet-1/reportFolder:支付中心 周报', folder?.id],
    ]);
  });

  it('rewrites the same Doc when the week is generated again, with Revision + 1', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const first = onlyDoc(h);
    const firstContent = first.read();
    h.run('generateWeeklyReport');
    expect(onlyDoc(h).id).toBe(first.id);
    expect(onlyDoc(h).read()).toEqual(firstContent);
    const rows = reportRows(h);
    expect(rows).toHaveLength(1);
    expect(rows[0][4]).toBe(2);
    expect(h.world.drive.Files.files.size).toBe(2);
  });

  it('makes and records a new Doc when the week’s Doc was deleted', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const first = onlyDoc(h);
    h.world.drive.Files.delete(first.id);
    h.run('generateWeeklyReport');
    const second = onlyDoc(h);
    expect(second.id).not.toBe(first.id);
    const rows = reportRows(h);
    expect(rows).toHaveLength(1);
    expect(rows[0][1]).toBe(second.url);
    expect(rows[0][4]).toBe(2);
  });

  it('makes and records a new Doc when the week’s Doc is in the bin, and leaves the binned one alone', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const [first] = docsOf(h.world);
    const before = first.read();
    h.world.drive.Files.trash(first.id);
    h.run('generateWeeklyReport');
    const second = docsOf(h.world).find((doc) => doc.id !== first.id);
    expect(second?.read()).toEqual(before);
    expect(reportRows(h).map((row) => row[1])).toEqual([second?.url]);
    expect(docsOf(h.world).find((doc) => doc.id === first.id)?.batches).toBe(2);
  });

  it('stops, and makes no second Doc, when Drive cannot say whether the week’s Doc still exists', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const [doc] = docsOf(h.world);
    // A Doc made before Docs were tagged with their week can only be found through the Reports tab.
    const file = h.world.drive.Files.files.get(doc.id);
    if (file) file.appProperties = {};
    h.world.calls.reset();
    const probe = harness();
    probe.run('generateWeeklyReport');
    probe.world.calls.reset();
    probe.run('generateWeeklyReport');
    h.world.calls.failAt = probe.world.calls.sequence.indexOf('Drive.Files.get') + 1;
    h.run('generateWeeklyReport');
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toMatch(
      /未生成：Service unavailable.*\n文档和报告表都没有改动/,
    );
    expect(docsOf(h.world).map((d) => d.id)).toEqual([doc.id]);
    expect(reportRows(h)[0][4]).toBe(1);
  });

  it('says "already running" and writes nothing while another execution holds the lock', () => {
    const h = harness();
    h.world.lockService.lock.heldElsewhere = true;
    h.run('generateWeeklyReport');
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([expect.stringContaining('正在生成')]);
    expect(h.world.docs.docs.size).toBe(0);
    expect(reportRows(h)).toHaveLength(0);
  });

  it('lists every problem as Tab!A1, escaped, and writes nothing when the sheet has errors', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const progress = projects.values()[0].indexOf('进度') + 1;
    projects.getRange(2, progress).setValues([['<script>alert(1)</script>']]);
    projects.getRange(3, progress).setValues([[1.5]]);
    const expected = buildReport(parseWorkbook(workbookInputOf(h.world.spreadsheetApp.spreadsheet)), {
      now: NOW,
    });
    h.run('generateWeeklyReport');
    const [dialog] = h.world.spreadsheetApp.ui.dialogs;
    const errors = expected.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(2);
    for (const issue of errors) expect(dialog.html).toContain(`项目!${issue.cell}: `);
    expect(dialog.html).toContain('&lt;script&gt;');
    expect(dialog.html).not.toContain('<script>');
    expect(h.world.docs.docs.size).toBe(0);
    expect(reportRows(h)).toHaveLength(0);
  });
});

describe('Generate service calls', () => {
  /** The sample workbook with `weeks` earlier copies of its Projects rows (history grows, the report does not). */
  function withHistory(weeks: number) {
    const world = createWorld();
    const sheets = sampleSheets().map((sheet) => {
      if (sheet.name !== '项目') return sheet;
      const shifted = (days: number) =>
        sheet.rows.map((row) =>
          row.map((cell) => {
            if (cell === null || typeof cell !== 'object' || !('date' in cell)) return cell;
            const d = new Date(`${cell.date}T00:00:00Z`);
            d.setUTCDate(d.getUTCDate() - days);
            return { date: d.toISOString().slice(0, 10) };
          }),
        );
      // The sample spans two weeks, so each copy moves back by two.
      const history = Array.from({ length: weeks }, (_, w) => shifted(14 * (w + 1))).flat();
      return { ...sheet, rows: [...history, ...sheet.rows] };
    });
    seedSpreadsheet(world.spreadsheetApp.spreadsheet, sheets);
    world.calls.reset();
    loadBundle(world.globals, { now: NOW }).generateWeeklyReport();
    return world;
  }

  it('reads each tab with one getDataRange, one getValues and one getDisplayValues, whatever the row count', () => {
    const small = withHistory(0);
    const large = withHistory(100);
    const rowsOf = (w: typeof small): number => w.spreadsheetApp.spreadsheet.sheet('项目').getLastRow();
    expect(rowsOf(large)).toBeGreaterThan(rowsOf(small) * 50);
    expect([small.docs.docs.size, large.docs.docs.size]).toEqual([1, 1]);
    const tabs = small.spreadsheetApp.spreadsheet.sheets.length;
    for (const method of ['Sheet.getDataRange', 'Range.getValues', 'Range.getDisplayValues']) {
      expect(small.calls.count('SpreadsheetApp', method)).toBe(tabs);
    }
    expect(large.calls.snapshot('SpreadsheetApp')).toEqual(small.calls.snapshot('SpreadsheetApp'));
    expect(large.calls.count('Docs')).toBe(small.calls.count('Docs'));
  });
});

describe('Generate for a week (prompt)', () => {
  it('writes the report of the week holding the day typed at the prompt', () => {
    const h = harness();
    h.world.spreadsheetApp.ui.answers.push({ button: 'OK', text: ' 2023-11-08 ' });
    h.run('generateReportForWeek');
    expect(onlyDoc(h).name).toBe('第45周 2023-11-06');
    expect(reportRows(h).map((row) => displayOf(row[0], 'yyyy-mm-dd', 'Asia/Shanghai'))).toEqual([
      '2023-11-06',
    ]);
  });

  it('writes nothing when the prompt is cancelled', () => {
    const h = harness();
    h.world.spreadsheetApp.ui.answers.push({ button: 'CANCEL', text: '2023-11-08' });
    h.run('generateReportForWeek');
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.spreadsheetApp.ui.prompts).toHaveLength(1);
  });

  it('says what is wrong with a day that is not YYYY-MM-DD, and writes nothing', () => {
    const h = harness();
    h.world.spreadsheetApp.ui.answers.push({ button: 'OK', text: '2023-02-30' });
    h.run('generateReportForWeek');
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.spreadsheetApp.ui.alerts).toEqual(['"2023-02-30" 不是 YYYY-MM-DD 格式的日期。']);
  });
});
