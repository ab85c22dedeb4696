// Nothing half-written: a Docs failure midway keeps the previous Doc and Reports row; an unwritable --out keeps
// the previous report files and leaves no temporary file.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from '../../src/core/layout/document';
import { buildReport } from '../../src/core/report';
import type { FakeDocument } from '../fakes/document-app';
import { workbookInputOf } from '../fakes/sample-workbook';
import { type ElementShape, expectedShape, shapeOfBody } from '../gas/doc-shape';
import { type Harness, harness, NOW } from '../gas/harness';
import { type Book, day, pct, runCli, writeBook } from './xlsx-book';

const onlyDoc = (h: Harness): FakeDocument => {
  const docs = [...h.world.documentApp.documents.values()];
  expect(docs).toHaveLength(1);
  return docs[0];
};

const reportRows = (h: Harness): unknown[][] =>
  h.world.spreadsheetApp.spreadsheet.sheet('报告').values().slice(1);

/** A rolled-back write may leave empty paragraphs at the end (Docs keeps a body's last paragraph). */
const visible = (shape: readonly ElementShape[]): ElementShape[] => {
  const kept = [...shape];
  while (kept.length > 0 && kept[kept.length - 1].type === 'paragraph' && kept[kept.length - 1].text === '') {
    kept.pop();
  }
  return kept;
};

/** Changes one project's status, so that a regeneration would write different content. */
function editStatus(h: Harness, status: string): void {
  const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
  const column = projects.values()[0].indexOf('进展') + 1;
  projects.getRange(projects.getLastRow(), column).setValues([[status]]);
}

const expectedDoc = (h: Harness): ReportDocument =>
  buildReport(workbookInputOf(h.world.spreadsheetApp.spreadsheet), { now: NOW }).document as ReportDocument;

describe('Generate when Docs fails midway', () => {
  /** How many elements a full write of the sample report appends. */
  function appendsOfOneWrite(): number {
    const h = harness();
    h.run('generateWeeklyReport');
    const methods = ['Body.appendParagraph', 'Body.appendListItem', 'Body.appendTable'];
    return methods.reduce((sum, method) => sum + h.world.calls.count('DocumentApp', method), 0);
  }

  const appends = appendsOfOneWrite();

  it('keeps the previous content, the Doc and the Reports row, and says what happened, at every append', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const doc = onlyDoc(h);
    const previous = shapeOfBody(doc.body);
    const header = doc.header?.text;
    const [logged] = reportRows(h);
    editStatus(h, '新的进展');
    expect(appends).toBeGreaterThan(20);
    for (let failAt = 1; failAt <= appends; failAt++) {
      doc.body.failAtAppend = failAt;
      h.run('generateWeeklyReport');
      expect(visible(shapeOfBody(doc.body))).toEqual(previous);
      expect(doc.header?.text).toBe(header);
      expect(onlyDoc(h)).toBe(doc);
      expect(reportRows(h)).toEqual([logged]);
      expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toMatch(
        /^周报"第46周 2023-11-13"未能写入：Service Documents failed.*\n文档仍是上一版内容，报告表未更新/,
      );
    }
    expect(h.world.lockService.lock.releases).toBe(appends + 1);
  });

  it('writes the new content whole on the next try, with Revision + 1 in the same row', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const doc = onlyDoc(h);
    editStatus(h, '新的进展');
    doc.body.failAtAppend = 7;
    h.run('generateWeeklyReport');
    h.run('generateWeeklyReport');
    expect(shapeOfBody(doc.body)).toEqual(expectedShape(expectedDoc(h)));
    expect(shapeOfBody(doc.body).some((e) => e.text.includes('新的进展'))).toBe(true);
    const rows = reportRows(h);
    expect(rows).toHaveLength(1);
    expect(rows[0][1]).toBe(doc.getUrl());
    expect(rows[0][4]).toBe(2);
  });

  it('records nothing in Reports when the first write of a week fails', () => {
    const h = harness();
    // The Doc does not exist yet: make the fake fail on whichever Doc is created next.
    const add = h.world.documentApp.add.bind(h.world.documentApp);
    h.world.documentApp.add = (name: string) => {
      const doc = add(name);
      doc.body.failAtAppend = 3;
      return doc;
    };
    h.run('generateWeeklyReport');
    expect(reportRows(h)).toEqual([]);
    expect(h.world.spreadsheetApp.ui.alerts).toHaveLength(1);
    expect(h.world.spreadsheetApp.ui.dialogs).toEqual([]);
  });

  it('mails the failure instead of a link on a scheduled run', () => {
    const h = harness();
    h.world.spreadsheetApp.spreadsheet.sheet('设置').seed([
      ['项', '值'],
      ['收件人', 'lead@example.com'],
    ]);
    h.run('generateWeeklyReport');
    onlyDoc(h).body.failAtAppend = 2;
    h.run('scheduledWeeklyReport');
    const mails = h.world.mailApp.sent;
    expect(mails).toHaveLength(1);
    expect(JSON.stringify(mails[0])).toContain('未能写入');
  });
});

describe('generate into an unwritable --out', () => {
  const NOW_FLAG = '2023-11-15T07:30:00Z';
  let work: string;
  let workbook: string;

  const book = (progress: number): Book => ({
    目标: [
      ['编号', '名称'],
      ['O1', '服务业务'],
    ],
    项目: [
      ['周', '目标', '项目', '进展', '进度'],
      [day('2023-11-13'), 'O1', '风控', '上线', pct(progress)],
    ],
  });

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'weekly-report-out-'));
    // The unprivileged user the read-only case runs as must reach the workbook.
    chmodSync(work, 0o755);
    workbook = join(work, 'team.xlsx');
    await writeBook(book(0.85), workbook);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A read-only folder stops everyone but root, so as root the CLI runs as `nobody`. */
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('exits 2 with one line when the parent of --out is a file, creating nothing', () => {
    const file = join(work, 'not-a-folder');
    writeFileSync(file, 'x');
    const result = runCli([
      'generate',
      '--workbook',
      workbook,
      '--out',
      join(file, 'out'),
      '--now',
      NOW_FLAG,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^Cannot write .*not-a-folder\/out\/.+: .+\.$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('keeps the previous report files byte for byte and leaves no temporary file in a read-only folder', async () => {
    const out = join(work, 'reports');
    mkdirSync(out);
    expect(runCli(['generate', '--workbook', workbook, '--out', out, '--now', NOW_FLAG]).status).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
    await writeBook(book(0.9), workbook);
    chmodSync(out, 0o555);
    try {
      const result = runCli(
        ['generate', '--workbook', workbook, '--out', out, '--now', NOW_FLAG],
        {},
        asUser,
      );
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(
        /^Cannot write .+: .*(EACCES|permission denied)/i,
      );
      expect(result.stdout).toBe('');
    } finally {
      chmodSync(out, 0o755);
    }
    expect(readdirSync(out).sort()).toEqual(Object.keys(before).sort());
    for (const [name, data] of Object.entries(before))
      expect(readFileSync(join(out, name)).equals(data)).toBe(true);
  });
});
