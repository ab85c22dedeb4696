// SPEC §10, 预览 Preview through the bundle: the report of the current rows in a sidebar, the same HTML as the mail's
// report part, and nothing written anywhere.
import { seedSpreadsheet } from '../fakes/sample-workbook';
import { referenceFacts, referenceMarkdown, squash } from '../seeds/reference-facts';
import { docsOf } from './doc-shape';
import { type Harness, harness } from './harness';
import { demoSheets, SCRIPT, setStatus, setting, visibleText } from './report-html';

/** The one sidebar a run showed. */
function sidebarOf(h: Harness): { readonly title: string; readonly html: string } {
  const { sidebars } = h.world.spreadsheetApp.ui;
  expect(sidebars).toHaveLength(1);
  return sidebars[0];
}

describe('预览 Preview', () => {
  it('shows the report of the week Generate would write in a sidebar, with every fact of the example report', () => {
    const h = harness();
    h.run('previewReport');
    const sidebar = sidebarOf(h);
    expect(sidebar.title).toBe('预览：第46周 2023-11-13');
    const shown = visibleText(sidebar.html);
    expect(referenceFacts(referenceMarkdown).filter((fact) => !shown.includes(fact))).toEqual([]);
  });

  it('writes nothing: only reads of the sheet and the sidebar itself, no Doc, Drive, mail, lock or property', () => {
    const h = harness();
    h.world.calls.reset();
    h.run('previewReport');
    const services = new Set(h.world.calls.sequence.map((call) => call.split('.')[0]));
    expect([...services].sort()).toEqual(['HtmlService', 'SpreadsheetApp']);
    const others = h.world.calls.sequence.filter(
      (call) => !/\.get\w*$/.test(call) && !call.endsWith('.createHtmlOutput'),
    );
    expect(others).toEqual(['HtmlService.HtmlOutput.setTitle', 'SpreadsheetApp.Ui.showSidebar']);
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.mailApp.sent).toEqual([]);
  });

  it('is the HTML of the mail’s report part', () => {
    const h = harness();
    setting(h, '收件人', 'cto@example.com');
    h.run('previewReport');
    h.confirm('scheduleReport');
    h.fire(h.world.scriptApp.triggers[0]);
    const [mail] = h.world.mailApp.sent;
    const { html } = sidebarOf(h);
    expect(mail.htmlBody?.endsWith(`\n${html}`)).toBe(true);
    expect(html.startsWith('<table role="presentation"')).toBe(true);
  });

  it('follows Generate’s week: after Start new week, the draft of the report in progress', () => {
    const h = harness();
    h.run('startNewWeek');
    h.run('previewReport');
    h.run('generateWeeklyReport');
    expect(docsOf(h.world).map((doc) => doc.name)).toEqual(['第47周 2023-11-20']);
    expect(sidebarOf(h).title).toBe('预览：第47周 2023-11-20');
  });

  it('shows cell text that looks like a script as text, never as markup', () => {
    const h = harness();
    setStatus(h, SCRIPT);
    h.run('previewReport');
    const { html } = sidebarOf(h);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(visibleText(html)).toContain(squash(SCRIPT));
  });

  it('draws no chart: each is the line naming it, and the sheet gets no Trends tab', () => {
    const h = harness({ seed: false });
    seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, demoSheets());
    const tabs = h.world.spreadsheetApp.spreadsheet.sheets.map((sheet) => sheet.name);
    h.run('previewReport');
    const { html } = sidebarOf(h);
    expect(html).not.toContain('<img');
    expect(visibleText(html)).toContain(squash('【图表】支付成功率'));
    expect(h.world.spreadsheetApp.spreadsheet.sheets.map((sheet) => sheet.name)).toEqual(tabs);
  });

  it('lists the problems instead, in the dialog Validate uses, when the data is invalid', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    projects.getRange(2, projects.values()[0].indexOf('进度') + 1).setValues([['120%']]);
    h.run('previewReport');
    expect(h.world.spreadsheetApp.ui.sidebars).toEqual([]);
    expect(h.world.spreadsheetApp.ui.dialogs).toEqual([
      { title: '数据有误，无法预览', html: expect.stringContaining('项目!F2') },
    ]);
  });
});
