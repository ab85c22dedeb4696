// No injection: formula-like text goes back into sheets as text, markup shows literally, file names stay inside --out.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { escapeHtml } from '../../src/core';
import type { ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { renderHtml } from '../../src/core/render/html';
import { renderMarkdown } from '../../src/core/render/markdown';
import { buildReport } from '../../src/core/report';
import { issuesHtml } from '../../src/gas/dialogs';
import { fileNameOf } from '../../src/node/cli-options';
import { docsOf } from '../gas/doc-shape';
import { harness, NOW } from '../gas/harness';
import { runCliInProcess } from '../node/cli-in-process';
import { type Book, day, pct, readBook, writeBook } from './xlsx-book';

/** Text a spreadsheet would run or parse if it were typed in, rather than written as a value. */
const FORMULA_LIKE = ['=IMPORTXML("https://evil.example/x","//a")', '+1', '-1', '@x', '=1+1'];
const MARKUP = '<script>alert("x")</script> & R&amp;D <b>bold</b>';
const NOW_FLAG = '2023-11-15T07:30:00Z';

/** One project per formula-like text, in its name, status and owner; and one whose status is markup. */
const book = (team: string): Book => ({
  设置: [
    ['项', '值'],
    ['团队', team],
  ],
  目标: [
    ['编号', '名称'],
    ['O1', '服务业务'],
  ],
  项目: [
    ['周', '目标', '项目', '进展', '进度', '负责人', '状态'],
    ...FORMULA_LIKE.map((text) => [day('2023-11-13'), 'O1', `${text}`, text, pct(0.5), text, '进行中']),
    [day('2023-11-13'), 'O1', '标记', MARKUP, pct(0.5), '', '进行中'],
  ],
});

describe('Start new week writes formula-like text as text', () => {
  it('in the bundle: every copied cell reads back as the same text, never a formula or a number', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const header = projects.values()[0];
    const lastRow = projects.getLastRow();
    // Three known text columns and two extra ones the sheet's owner added (copied as they are).
    const columns = [
      ...['项目', '进展', '负责人'].map((name) => header.indexOf(name) + 1),
      header.length + 1,
      header.length + 2,
    ];
    FORMULA_LIKE.forEach((text, i) => {
      projects.getRange(lastRow, columns[i]).setValues([[`'${text}`]]);
    });
    const typed = projects.grid[lastRow - 1].map((cell) => cell.value);
    h.run('startNewWeek');
    const added = projects.grid.slice(lastRow);
    expect(added.flat().filter((cell) => cell.formula)).toEqual([]);
    const copy = added.find((row) => row[columns[0] - 1].value === typed[columns[0] - 1]);
    for (const column of columns) expect(copy?.[column - 1].value).toBe(typed[column - 1]);
    expect(typed.filter((v) => FORMULA_LIKE.includes(String(v)))).toHaveLength(FORMULA_LIKE.length);
  });

  it('in the CLI: new-week writes string cells, not formulas, for every formula-like text', async () => {
    const work = mkdtempSync(join(tmpdir(), 'weekly-report-inject-'));
    try {
      const source = join(work, 'team.xlsx');
      const out = join(work, 'next.xlsx');
      await writeBook(book('支付中心'), source);
      expect(
        (await runCliInProcess(['new-week', '--workbook', source, '--out', out, '--now', NOW_FLAG])).status,
      ).toBe(0);
      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(out);
      const sheet = written.getWorksheet('项目') as ExcelJS.Worksheet;
      const rows = FORMULA_LIKE.length + 1;
      for (let r = rows + 2; r <= rows * 2 + 1; r++) {
        for (const column of [3, 4, 6]) {
          const cell = sheet.getCell(r, column);
          if (cell.value === null) continue;
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
        }
      }
      const copied = FORMULA_LIKE.map((_, i) => sheet.getCell(rows + 2 + i, 4).value);
      expect(copied).toEqual(FORMULA_LIKE);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('Markup in cells shows literally', () => {
  it('in dialogs, escaped as HTML', () => {
    const html = issuesHtml(
      [{ tab: '项目', cell: 'E7', severity: 'error', message: `进展 "${MARKUP}" 不对` }],
      'zh',
    );
    expect(html).toContain(escapeHtml(MARKUP));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; R&amp;amp;D');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
  });

  it('in the Doc, as the text typed (a Doc has no markup to inject)', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const status = projects.values()[0].indexOf('进展') + 1;
    projects.getRange(projects.getLastRow(), status).setValues([[MARKUP]]);
    h.run('generateWeeklyReport');
    const [doc] = docsOf(h.world);
    expect(JSON.stringify(doc.read())).toContain(JSON.stringify(MARKUP).slice(1, -1));
  });

  it('in the Markdown, escaped so that it renders as the text typed', async () => {
    const report = buildReport(parseWorkbook(await readBook(book('支付中心'))), { now: NOW });
    const markdown = renderMarkdown(report.document as ReportDocument);
    expect(markdown).toContain('\\<script\\>alert("x")\\</script\\> & R\\&amp;D \\<b\\>bold\\</b\\>');
    expect(markdown).not.toMatch(/(^|[^\\])<(script|b)>/);
  });

  it('in the HTML report (mail, preview, --format html), escaped as HTML', async () => {
    const report = buildReport(parseWorkbook(await readBook(book('支付中心'))), { now: NOW });
    const html = renderHtml(report.document as ReportDocument);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; R&amp;amp;D &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(html).not.toMatch(/<(script|b)>/);
  });
});

describe('File names made from the report', () => {
  it.each([
    ['../../etc/x', '-.-etc-x'],
    ['a/b\\c', 'a-b-c'],
    ['..', 'weekly-report'],
    ['x\u0000y\u001fz\u007f\n', 'x-y-z--'],
    ['第46周 2023-11-13', '第46周 2023-11-13'],
  ])('%j becomes %j: no separators, no .., no control characters', (title, name) => {
    expect(fileNameOf(title)).toBe(name);
  });

  it('keeps the CLI output inside --out for a team named ../../etc/x', async () => {
    const work = mkdtempSync(join(tmpdir(), 'weekly-report-names-'));
    try {
      const source = join(work, 'team.xlsx');
      const out = join(work, 'a', 'b', 'out');
      mkdirSync(out, { recursive: true });
      await writeBook(book('../../etc/x'), source);
      const result = await runCliInProcess([
        'generate',
        '--workbook',
        source,
        '--out',
        out,
        '--now',
        NOW_FLAG,
      ]);
      expect(result.status).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        '第46周 2023-11-13.docx',
        '第46周 2023-11-13.html',
        '第46周 2023-11-13.md',
      ]);
      expect(readdirSync(join(work, 'a'))).toEqual(['b']);
      expect(readdirSync(join(work, 'a', 'b'))).toEqual(['out']);
      expect(readdirSync(work).sort()).toEqual(['a', 'team.xlsx']);
      expect(readFileSync(join(out, '第46周 2023-11-13.md'), 'utf8')).toContain('标记');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
