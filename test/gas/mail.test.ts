// SPEC §10, the mail is the report: the scheduled run and 发送周报 Send report mail the report as HTML, the Doc's link
// and the Doc as a PDF to the Settings recipients, within the day's quota; charts go as inline `cid:` pictures.
import type { ChartBlock, ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { reportMail } from '../../src/gas/report-mail';
import { FakeBlob } from '../fakes/blob';
import { FakeDocument } from '../fakes/document-app';
import { seedSpreadsheet, workbookInputOf } from '../fakes/sample-workbook';
import { createWorld } from '../fakes/world';
import { referenceFacts, referenceMarkdown, squash } from '../seeds/reference-facts';
import { docsOf } from './doc-shape';
import { type Harness, harness, NOW } from './harness';
import { demoSheets, SCRIPT, setStatus, setting, visibleText } from './report-html';

type Blob = GoogleAppsScript.Base.Blob;

const RECIPIENTS = 'cto@example.com, pm@example.com';

/** A harness whose Settings list two recipients and whose report is scheduled. */
function scheduled(): Harness {
  const h = harness();
  setting(h, '收件人', RECIPIENTS);
  h.confirm('scheduleReport');
  return h;
}

/** Runs `action` with console.error captured; what it logged. */
function logged(action: () => void): string[] {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    action();
    return errors.mock.calls.map((args) => args.join(' '));
  } finally {
    errors.mockRestore();
  }
}

/** The demo's report (the default week at `now`), as the core lays it out: one chart per metric group. */
function demoReport(now: Date): ReportDocument {
  const world = createWorld();
  seedSpreadsheet(world.spreadsheetApp.spreadsheet, demoSheets());
  const input = workbookInputOf(world.spreadsheetApp.spreadsheet);
  const { document } = buildReport(parseWorkbook(input), { now });
  if (!document) throw new Error('the demo workbook has errors');
  return document;
}

const chartsOf = (document: ReportDocument): ChartBlock[] =>
  document.blocks.filter((block): block is ChartBlock => block.kind === 'chart');

/** A chart's picture as the Doc hands it out (a PNG blob), told apart by its name. */
const picture = (chart: ChartBlock): Blob =>
  new FakeBlob(
    new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    'image/png',
    chart.file,
    1200,
    600,
  ) as unknown as Blob;

const PDF = new FakeBlob(new TextEncoder().encode('%PDF-1.7'), 'application/pdf', 'r.pdf') as unknown as Blob;
const URL = 'https://docs.google.com/document/d/doc-1/edit';

/** The `cid:` keys the HTML's pictures use, in order, with their alt text. */
const pictures = (html: string): { cid: string; alt: string }[] =>
  [...html.matchAll(/<img src="cid:([^"]*)" alt="([^"]*)"/g)].map(([, cid, alt]) => ({ cid, alt }));

describe('The scheduled run’s mail', () => {
  it('is one mail per run, to every recipient, whose HTML body holds every fact of the example report', () => {
    const h = scheduled();
    h.fire(h.world.scriptApp.triggers[0]);
    expect(h.world.mailApp.sent).toHaveLength(1);
    const [mail] = h.world.mailApp.sent;
    expect(mail).toMatchObject({ to: 'cto@example.com,pm@example.com', subject: '第46周 2023-11-13' });
    const shown = visibleText(mail.htmlBody ?? '');
    expect(referenceFacts(referenceMarkdown).filter((fact) => !shown.includes(fact))).toEqual([]);
    h.fire(h.world.scriptApp.triggers[0]);
    expect(h.world.mailApp.sent).toHaveLength(2);
  });

  it('opens with the Doc’s link, in the HTML and in the plain body', () => {
    const h = scheduled();
    h.fire(h.world.scriptApp.triggers[0]);
    const [doc] = docsOf(h.world);
    const [mail] = h.world.mailApp.sent;
    expect(mail.body.split('\n')).toEqual(['第46周 2023-11-13', `在线文档：${doc.url}`]);
    const link = (mail.htmlBody ?? '').match(/<a [^>]*>[^<]*<\/a>/)?.[0];
    expect(link).toBe(`<a href="${doc.url}">在线文档：${doc.url}</a>`);
    // Above the report: the link comes before the title.
    expect(mail.htmlBody?.indexOf(doc.url)).toBeLessThan(mail.htmlBody?.indexOf('<h1') ?? 0);
  });

  it('attaches the Doc as a PDF named after the report, holding what the Doc holds', () => {
    const h = scheduled();
    h.fire(h.world.scriptApp.triggers[0]);
    const [doc] = docsOf(h.world);
    const [pdf, ...others] = h.world.mailApp.sent[0].attachments ?? [];
    expect(others).toEqual([]);
    expect(pdf).toMatchObject({ name: '第46周 2023-11-13.pdf', contentType: 'application/pdf' });
    const [magic, outline] = pdf.text.split('\n');
    expect(magic).toBe('%PDF-1.7 (fake)');
    expect(JSON.parse(outline)).toEqual(doc.read());
  });

  it('still goes without the PDF when the Doc cannot be had as one, and says so in its body and the log', () => {
    const h = scheduled();
    const getAs = jest.spyOn(FakeDocument.prototype, 'getAs').mockImplementation(() => {
      throw new Error('Exception: Service Documents failed while accessing document');
    });
    const errors = logged(() => h.fire(h.world.scriptApp.triggers[0]));
    getAs.mockRestore();
    const [mail] = h.world.mailApp.sent;
    expect(mail.attachments).toBeUndefined();
    const note =
      '未附 PDF（Exception: Service Documents failed while accessing document）：请打开上面的在线文档。';
    expect(mail.body).toContain(note);
    expect(visibleText(mail.htmlBody ?? '')).toContain(squash(note));
    expect(errors).toEqual([note]);
  });

  it('sends nothing when the day’s quota does not cover every recipient, reads no PDF, and logs who was not mailed', () => {
    const h = scheduled();
    h.world.mailApp.quota = 1;
    h.world.calls.reset();
    const errors = logged(() => h.fire(h.world.scriptApp.triggers[0]));
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.calls.count('DocumentApp', 'Document.getAs')).toBe(0);
    expect(errors).toEqual([
      '邮件未发送：今日剩余配额 1，不够发给 cto@example.com, pm@example.com（第46周 2023-11-13）',
    ]);
  });

  it('shows cell text that looks like a script as text, never as markup', () => {
    const h = scheduled();
    setStatus(h, SCRIPT);
    h.fire(h.world.scriptApp.triggers[0]);
    const html = h.world.mailApp.sent[0].htmlBody ?? '';
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script/i);
    expect(visibleText(html)).toContain(squash(SCRIPT));
  });
});

describe('The report’s mail with charts', () => {
  const document = demoReport(new Date('2023-11-29T07:30:00Z'));
  const charts = chartsOf(document).map((chart) => ({ chart, image: picture(chart) }));

  it('has charts to show (the demo holds weeks of metrics)', () => {
    expect(charts.length).toBeGreaterThanOrEqual(2);
  });

  it('shows each chart as an inline picture whose ASCII cid is a key of inlineImages, in order', () => {
    const mail = reportMail({ url: URL, document, charts, chartWarnings: [] }, PDF);
    const shown = pictures(mail.htmlBody ?? '');
    expect(shown).toEqual(charts.map(({ chart }, i) => ({ cid: `chart${i + 1}`, alt: chart.title })));
    expect(Object.keys(mail.inlineImages ?? {})).toEqual(shown.map((p) => p.cid));
    for (const key of Object.keys(mail.inlineImages ?? {})) expect(key).toMatch(/^[A-Za-z0-9]+$/);
    expect(Object.values(mail.inlineImages ?? {})).toEqual(charts.map((c) => c.image));
    expect(mail.attachments).toEqual([PDF]);
  });

  it('keeps the line naming a chart whose picture is missing, and the others’ pictures', () => {
    const [first, ...rest] = charts;
    const mail = reportMail({ url: URL, document, charts: rest, chartWarnings: [] }, PDF);
    expect(pictures(mail.htmlBody ?? '').map((p) => p.alt)).toEqual(rest.map((c) => c.chart.title));
    expect(visibleText(mail.htmlBody ?? '')).toContain(`【图表】${first.chart.title}`.replace(/\s+/g, ''));
    expect(Object.keys(mail.inlineImages ?? {})).toHaveLength(rest.length);
  });

  it('sends the pictures through MailApp as given, keyed by their cids', () => {
    const h = harness({ seed: false });
    const mail = reportMail({ url: URL, document, charts, chartWarnings: [] }, PDF);
    const { missing: _, ...content } = mail;
    h.world.mailApp.sendEmail({ to: 'cto@example.com', subject: document.title, ...content });
    const [sent] = h.world.mailApp.sent;
    const images = Object.entries(sent.inlineImages ?? {}).map(([cid, image]) => [cid, image.name]);
    expect(images).toEqual(charts.map(({ chart }, i) => [`chart${i + 1}`, chart.file]));
    expect(sent.attachments?.map((a) => a.contentType)).toEqual(['application/pdf']);
  });
});

describe('发送周报 Send report', () => {
  it('asks first, listing the recipients, and does nothing when told no', () => {
    const h = harness();
    setting(h, '收件人', RECIPIENTS);
    h.world.spreadsheetApp.ui.alertAnswers.push('NO');
    h.run('sendWeeklyReport');
    const [question] = h.world.spreadsheetApp.ui.alerts;
    expect(question.split('\n').slice(0, 4)).toEqual([
      '发送周报',
      '将生成周报（与"生成周报"相同的一周），并以邮件发送给设置中的 2 位收件人：',
      'cto@example.com',
      'pm@example.com',
    ]);
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.docs.docs.size).toBe(0);
  });

  it('generates the week Generate would and mails it as the scheduled run does, then says to whom', () => {
    const h = harness();
    setting(h, '收件人', RECIPIENTS);
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('sendWeeklyReport');
    const [doc] = docsOf(h.world);
    const [mail] = h.world.mailApp.sent;
    expect(h.world.mailApp.sent).toHaveLength(1);
    expect(mail).toMatchObject({ to: 'cto@example.com,pm@example.com', subject: '第46周 2023-11-13' });
    expect(mail.attachments?.map((a) => a.name)).toEqual(['第46周 2023-11-13.pdf']);
    expect(mail.htmlBody).toContain(`href="${doc.url}"`);
    const [sent, link, ...warnings] = (h.world.spreadsheetApp.ui.alerts.at(-1) ?? '').split('\n');
    expect([sent, link]).toEqual([
      '已将"第46周 2023-11-13"发送给：cto@example.com, pm@example.com',
      `在线文档：${doc.url}`,
    ]);
    // Generate's dialog would list the sample's warnings here: it has none.
    expect(warnings).toEqual([]);
  });

  it('says Settings has no recipients, and neither generates nor asks', () => {
    const h = harness();
    h.run('sendWeeklyReport');
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([
      '设置中没有收件人，未生成也未发送：请在"设置"表中填写 收件人（多个地址以逗号分隔）后再试。',
    ]);
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.mailApp.sent).toEqual([]);
  });

  it('checks the quota before generating: over it, nothing is written or sent, and it says so', () => {
    const h = harness();
    setting(h, '收件人', RECIPIENTS);
    h.world.mailApp.quota = 1;
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('sendWeeklyReport');
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      '今日邮件配额只剩 1，不够发给 2 位收件人：未生成也未发送，请明天再试。',
    );
  });

  it('lists the problems, as Generate does, and sends nothing when the data is invalid', () => {
    const h = harness();
    setting(h, '收件人', RECIPIENTS);
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    projects.getRange(2, projects.values()[0].indexOf('进度') + 1).setValues([['120%']]);
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('sendWeeklyReport');
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.spreadsheetApp.ui.dialogs).toEqual([
      { title: '数据有误，未写入任何内容', html: expect.stringContaining('项目!F2') },
    ]);
  });

  it('keys its inline images by the cids its HTML references; a chart without a picture is the line naming it', () => {
    const h = harness({ seed: false });
    seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, demoSheets());
    setting(h, '收件人', RECIPIENTS);
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('sendWeeklyReport');
    const [mail] = h.world.mailApp.sent;
    const html = mail.htmlBody ?? '';
    const shown = pictures(html);
    expect(Object.keys(mail.inlineImages ?? {})).toEqual(shown.map((p) => p.cid));
    for (const image of Object.values(mail.inlineImages ?? {})) expect(image.contentType).toBe('image/png');
    const titles = chartsOf(demoReport(NOW)).map((chart) => chart.title);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      const drawn = shown.some((p) => p.alt === title);
      expect({ title, drawn, line: visibleText(html).includes(squash(`【图表】${title}`)) }).toEqual({
        title,
        drawn,
        line: !drawn,
      });
    }
  });
});
