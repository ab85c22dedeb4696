// Nothing half-written: a failed service call leaves the Doc as the message says, and a retry never makes a second Doc; an unwritable --out keeps
// the previous report files and leaves no temporary file.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import type { Outline, OutlineBlock } from '../fakes/docs-body';
import { expectedOutline } from '../fakes/docs-expected';
import { type SeedSheet, seedSpreadsheet, workbookInputOf } from '../fakes/sample-workbook';
import { docsOf } from '../gas/doc-shape';
import { type Harness, harness, NOW } from '../gas/harness';
import { runCliInProcess } from '../node/cli-in-process';
import { type Book, day, pct, runCli, writeBook } from './xlsx-book';

/** docs/trends-demo.json: the sample with eleven earlier weeks of metrics, so Generate draws two charts. */
const trendsDemo = (): SeedSheet[] =>
  JSON.parse(readFileSync(join(__dirname, '../../docs/trends-demo.json'), 'utf8')).sheets;

/** The sample's Docs as the user sees them: not in the bin, read back as trees (an empty one reads as null). */
function liveDocs(h: Harness) {
  const files = h.world.drive.Files.files;
  return docsOf(h.world)
    .filter((doc) => files.get(doc.id)?.trashed !== true)
    .map((doc) => {
      try {
        return { id: doc.id, url: doc.url, content: doc.read() };
      } catch {
        return { id: doc.id, url: doc.url, content: null };
      }
    });
}

const reportRows = (h: Harness): unknown[][] =>
  h.world.spreadsheetApp.spreadsheet.sheet('报告').values().slice(1);

/** Changes one project's status, so that a regeneration would write different content. */
function editStatus(h: Harness, status: string): void {
  const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
  const column = projects.values()[0].indexOf('进展') + 1;
  projects.getRange(projects.getLastRow(), column).setValues([[status]]);
}

const reportOf = (h: Harness): ReportDocument =>
  buildReport(parseWorkbook(workbookInputOf(h.world.spreadsheetApp.spreadsheet)), { now: NOW })
    .document as ReportDocument;

/** The Doc complete: every chart block a picture. */
const expectedDoc = (h: Harness): Outline => expectedOutline(reportOf(h), 'images');

/**
 * A Doc whose charts are pictures or still their placeholder lines (a chart that failed is not fatal), each read as
 * its placeholder, so that it compares with the written report whatever became of its charts.
 */
function chartsAsPlaceholders(doc: Outline | null, report: ReportDocument): Outline | null {
  if (!doc) return doc;
  const placeholders = expectedOutline(report).blocks.filter((b) => b.kind === 'paragraph');
  const placeholderOf = (title: string) =>
    placeholders.find((b) => b.kind === 'paragraph' && b.runs[0].text.endsWith(`】${title}`));
  const blocks = doc.blocks.flatMap((b, i): OutlineBlock[] => {
    if (b.kind !== 'image') return [b];
    // A picture beside its placeholder's text (placed, but not yet titled or the text not yet removed) reads as
    // the placeholder once.
    const previous = doc.blocks[i - 1];
    if (
      previous?.kind === 'paragraph' &&
      placeholders.some((p) => JSON.stringify(p) === JSON.stringify(previous))
    )
      return [];
    return [placeholderOf(b.title) ?? b];
  });
  return { ...doc, blocks };
}

/** What the user was told by the run: the alert's text, the link dialog, or the error Apps Script would show. */
function runReporting(h: Harness): string {
  const { alerts, dialogs } = h.world.spreadsheetApp.ui;
  const [alertsBefore, dialogsBefore] = [alerts.length, dialogs.length];
  try {
    h.run('generateWeeklyReport');
  } catch (error) {
    return `thrown: ${(error as Error).message}`;
  }
  const shown = dialogs.slice(dialogsBefore).map((dialog) => `dialog: ${dialog.title}\n${dialog.html}`);
  return [...alerts.slice(alertsBefore), ...shown].join('\n');
}

/** How many service calls a clean run of Generate makes in `h` as it stands (measured on a copy of the world). */
function callsOfOneRun(prepare: (h: Harness) => void, world: () => Harness): number {
  const h = world();
  prepare(h);
  h.world.calls.reset();
  h.run('generateWeeklyReport');
  return h.world.calls.sequence.length;
}

describe('Generate when a service call fails', () => {
  /**
   * For every call of the run, a fresh world where exactly that call fails: the message must match the state
   * the Doc is really in, and a retry must end with one Doc for the week, written, and one Reports row for it.
   */
  function failEachCall(prepare: (h: Harness) => void, world: () => Harness = harness) {
    const calls = callsOfOneRun(prepare, world);
    expect(calls).toBeGreaterThan(20);
    for (let failAt = 1; failAt <= calls; failAt++) {
      const h = world();
      prepare(h);
      const before = liveDocs(h);
      const rowsBefore = reportRows(h);
      h.world.calls.reset();
      h.world.calls.failAt = failAt;
      const told = runReporting(h);
      const failed = h.world.calls.sequence[failAt - 1];
      const after = liveDocs(h);
      const where = `call ${failAt} (${failed}): ${told}`;
      const done = () => {
        if (told.includes('趋势图未能绘制')) {
          // Written without (some of) its charts, as the warning says: the rest is the report.
          const report = reportOf(h);
          const docs = after.map((d) => chartsAsPlaceholders(d.content, report));
          expect({ where, docs }).toEqual({ where, docs: [expectedOutline(report)] });
        } else
          expect({ where, docs: after.map((d) => d.content) }).toEqual({ where, docs: [expectedDoc(h)] });
        expect({ where, url: reportRows(h).at(-1)?.[1] }).toEqual({ where, url: after[0].url });
      };
      if (told.startsWith('dialog: 周报已生成')) done();
      else if (told.startsWith('thrown: ') && JSON.stringify(after) !== JSON.stringify(before)) {
        // Apps Script shows the raw error and claims nothing; a failure after the work (showing the link,
        // releasing the lock) leaves the Doc and its row complete.
        done();
      } else if (told.includes('文档仍是上一版内容')) {
        expect({ where, docs: after }).toEqual({ where, docs: before });
        expect(reportRows(h)).toEqual(rowsBefore);
      } else if (told.includes('新建的文档仍是空的')) {
        expect({ where, docs: after.length, empty: after.filter((d) => d.content === null).length }).toEqual({
          where,
          docs: before.length + 1,
          empty: 1,
        });
        expect(reportRows(h)).toEqual(rowsBefore);
      } else if (told.includes('报告表未能更新')) {
        // The body is written; the text of a page header made in the same run, and the charts placed after the
        // body, may still be missing.
        const report = reportOf(h);
        const body = (doc: Outline | null) => {
          const read = chartsAsPlaceholders(doc, report);
          return read && { ...read, headerText: undefined };
        };
        expect({ where, docs: after.map((d) => body(d.content)) }).toEqual({
          where,
          docs: [body(expectedOutline(report))],
        });
        expect(reportRows(h)).toEqual(rowsBefore);
      } else {
        // Told nothing changed (in a message, or by the failure itself): nothing did.
        expect({ where, docs: after }).toEqual({ where, docs: before });
        expect(reportRows(h)).toEqual(rowsBefore);
      }
      h.run('generateWeeklyReport');
      const [doc, ...others] = liveDocs(h);
      expect({ where, others }).toEqual({ where, others: [] });
      expect({ where, content: doc.content }).toEqual({ where, content: expectedDoc(h) });
      const rows = reportRows(h);
      expect({ where, rows: rows.length, url: rows[0]?.[1] }).toEqual({ where, rows: 1, url: doc.url });
      expect(h.world.lockService.lock.held).toBe(false);
    }
  }

  it('on a first generation: at most one Doc after a retry, and every message true, whichever call fails', () => {
    failEachCall(() => {});
  });

  it('with trend charts: a failing chart call leaves the report written and says so; the retry draws them all', () => {
    failEachCall(
      () => {},
      () => {
        const h = harness({ seed: false });
        seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, trendsDemo());
        return h;
      },
    );
  });

  it('on a regeneration: the previous revision stays unless the message says otherwise', () => {
    failEachCall((h) => {
      h.run('generateWeeklyReport');
      editStatus(h, '新的进展');
    });
  });

  it('keeps the previous revision and says so when Docs rejects the batch, and writes it whole on the retry', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const [previous] = liveDocs(h);
    const [logged] = reportRows(h);
    editStatus(h, '新的进展');
    h.world.docs.rejectNext = 'Invalid requests[3].insertText: Index 57 must be less than the end index';
    h.run('generateWeeklyReport');
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toMatch(
      /^周报"第46周 2023-11-13"未能写入：API call to docs\.documents\.batchUpdate failed.*\n文档仍是上一版内容，报告表未更新/,
    );
    expect(liveDocs(h)).toEqual([previous]);
    expect(reportRows(h)).toEqual([logged]);
    h.run('generateWeeklyReport');
    const [doc] = liveDocs(h);
    expect(doc.content).toEqual(expectedDoc(h));
    expect(JSON.stringify(doc.content)).toContain('新的进展');
    expect(reportRows(h)[0][4]).toBe(2);
  });

  it('mails the failure instead of a link on a scheduled run', () => {
    const h = harness();
    h.world.spreadsheetApp.spreadsheet.sheet('设置').seed([
      ['项', '值'],
      ['收件人', 'lead@example.com'],
    ]);
    h.run('generateWeeklyReport');
    h.world.docs.rejectNext = 'Internal error';
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
    设置: [
      ['项', '值'],
      ['团队', '支付中心'],
    ],
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

  /** A read-only folder stops everyone but root, so as root the CLI runs as `nobody`: a process of its own. */
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

  it('exits 2 with one line when the parent of --out is a file, creating nothing', async () => {
    const file = join(work, 'not-a-folder');
    writeFileSync(file, 'x');
    const result = await runCliInProcess([
      'generate',
      '--workbook',
      workbook,
      '--out',
      join(file, 'out'),
      '--now',
      NOW_FLAG,
    ]);
    expect(result.status).toBe(2);
    // The workbook is in Chinese, so the whole run is; the reason is a plain sentence, not `ENOTDIR: …`.
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(
      /^无法写入 .*not-a-folder\/out\/.+：路径中有一部分是文件，而此处需要文件夹。未写入任何文件。$/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('keeps the previous report files byte for byte and leaves no temporary file in a read-only folder', async () => {
    const out = join(work, 'reports');
    mkdirSync(out);
    expect(
      (await runCliInProcess(['generate', '--workbook', workbook, '--out', out, '--now', NOW_FLAG])).status,
    ).toBe(0);
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
      expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^无法写入 .+：没有权限。未写入任何文件。$/);
      expect(result.stdout).toBe('');
    } finally {
      chmodSync(out, 0o755);
    }
    expect(readdirSync(out).sort()).toEqual(Object.keys(before).sort());
    for (const [name, data] of Object.entries(before))
      expect(readFileSync(join(out, name)).equals(data)).toBe(true);
  });
});
