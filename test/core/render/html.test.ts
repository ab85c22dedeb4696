// The HTML writer: a mail-safe page of inline-styled markup whose every text is escaped, never markup.
import { join } from 'node:path';
import fc from 'fast-check';
import type { Block, CellStatus, ListBlock, ReportDocument } from '../../../src/core/layout/document';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { renderHtml, renderHtmlBody } from '../../../src/core/render/html';
import { buildReport } from '../../../src/core/report';
import { readWorkbookFile } from '../../../src/node/workbook-reader';
import { PAYMENT_CHART } from './payment-chart';

const doc = (...blocks: Block[]): ReportDocument => ({
  title: '第46周 2023-11-13',
  headerText: '支付中心',
  language: 'zh',
  blocks,
});
const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const list = (ordered: boolean, ...texts: string[]): ListBlock => ({
  kind: 'list',
  ordered,
  items: texts.map((text) => ({ runs: [{ text }] })),
});

/** Every tag in document order, attributes included: cell text contributes none of these but its own `<br>`. */
const tagsOf = (html: string): string[] => html.match(/<[^>]*>/g) ?? [];

/** The elements a writer may emit; anything else came from somewhere it should not. */
const ALLOWED_ELEMENTS = new Set(
  'html head meta title body table thead tbody tr th td h1 h2 h3 p strong ul ol li br'.split(' '),
);
/** Attributes the writer uses (`style` values are its own constants). */
const ALLOWED_ATTRIBUTES = new Set(
  'lang charset name content role width cellpadding cellspacing style bgcolor'.split(' '),
);

/** What a mail client strips or a reader must never get: style blocks, scripts, handlers, links to load. */
const FORBIDDEN = [
  /^<style/i,
  /^<script/i,
  /\son\w+\s*=/i,
  /javascript:/i,
  /^<link/i,
  /\ssrc\s*=/i,
  /\shref\s*=/i,
];

/** The tags that match a forbidden pattern (escaped text has no `<`, so it is never a tag, whatever it says). */
const forbiddenTags = (html: string): string[] =>
  tagsOf(html).filter((tag) => FORBIDDEN.some((pattern) => pattern.test(tag)));

/** Every block kind with markup-like text in every place text can go. */
const HOSTILE =
  '<script>window.__pwned=1</script><img src=x onerror="alert(1)"> & "q" \'s\' javascript:alert(1)';
const hostileDoc: ReportDocument = {
  title: `标题${HOSTILE}`,
  headerText: HOSTILE,
  language: 'zh',
  blocks: [
    { kind: 'heading', level: 1, text: `【${HOSTILE}】` },
    { kind: 'heading', level: 2, text: HOSTILE },
    { kind: 'paragraph', runs: [{ text: HOSTILE, bold: true }, { text: HOSTILE }] },
    {
      kind: 'list',
      ordered: false,
      items: [{ runs: [{ text: HOSTILE }], sublist: list(true, HOSTILE) }],
    },
    { kind: 'table', header: [HOSTILE], rows: [[HOSTILE]], statuses: [['red']] },
  ],
};

describe('HTML writer', () => {
  describe('the page', () => {
    it('is a whole document: doctype, language, charset, viewport and the escaped title', () => {
      const html = renderHtml(doc());
      expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n')).toBe(
        true,
      );
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toContain('<title>第46周 2023-11-13</title>');
      expect(html.trimEnd().endsWith('</body>\n</html>')).toBe(true);
    });

    it('says the language of an English report', () => {
      expect(renderHtml({ ...doc(), language: 'en' })).toContain('<html lang="en">');
    });

    it('holds everything in one layout table, 100% wide up to 640 px, with a CJK font stack', () => {
      const body = renderHtmlBody(doc(para('正文')));
      expect(body.match(/^<table [^>]*>/)?.[0]).toMatch(/style="width:100%;max-width:640px;/);
      expect(body.endsWith('</td></tr></table>')).toBe(true);
      expect(body).toMatch(/font-family:'PingFang SC',[^;"]*'Microsoft YaHei',[^;"]*'Noto Sans CJK SC'/);
    });

    it('lets long words and URLs break instead of widening the page', () => {
      const body = renderHtmlBody(doc(para(`https://example.com/${'a'.repeat(300)}`)));
      expect(body.match(/^<table [^>]*><tr><td style="[^"]*"/)?.[0]).toContain('overflow-wrap:anywhere');
    });

    it('serves the body fragment inside the page unchanged', () => {
      const document = doc(para('正文'), list(true, '一'));
      expect(renderHtml(document)).toContain(renderHtmlBody(document));
    });
  });

  describe('blocks', () => {
    it('writes the title as h1, sections as h2 and sub-headings as h3', () => {
      const body = renderHtmlBody(
        doc({ kind: 'heading', level: 1, text: '【生产事件】' }, { kind: 'heading', level: 2, text: '小节' }),
      );
      expect(body).toMatch(/<h1 style="[^"]*">第46周 2023-11-13<\/h1>/);
      expect(body).toMatch(/<h2 style="[^"]*">【生产事件】<\/h2>/);
      expect(body).toMatch(/<h3 style="[^"]*">小节<\/h3>/);
    });

    it('writes bold runs as <strong> and plain runs as text, in one paragraph', () => {
      const body = renderHtmlBody(
        doc({ kind: 'paragraph', runs: [{ text: '【银行虚户建设】', bold: true }, { text: '设计完成' }] }),
      );
      expect(body).toMatch(/<p style="[^"]*"><strong>【银行虚户建设】<\/strong>设计完成<\/p>/);
    });

    it('nests a numbered sublist inside its bullet item', () => {
      const block: Block = {
        kind: 'list',
        ordered: false,
        items: [
          {
            runs: [{ text: 'POS收单系统建设' }],
            sublist: { kind: 'list', ordered: true, items: [{ runs: [{ text: '联调完成' }] }] },
          },
          { runs: [{ text: '风险数据指标' }] },
        ],
      };
      const html = renderHtmlBody(doc(block)).replace(/ style="[^"]*"/g, '');
      expect(html).toContain(
        '<ul><li>POS收单系统建设<ol><li>联调完成</li></ol></li><li>风险数据指标</li></ul>',
      );
    });

    it('starts every numbered list at 1: two lists in a row are two <ol>, neither with a start', () => {
      const html = renderHtmlBody(doc(list(true, '一', '二'), list(true, '三')));
      expect(html.match(/<ol /g)).toHaveLength(2);
      expect(html).not.toMatch(/\sstart=/);
    });

    it('writes a table with a bold header row and one row per body row', () => {
      const table: Block = {
        kind: 'table',
        header: ['目标', '项目'],
        rows: [
          ['O1 服务业务', '11'],
          ['O2 系统升级', '4'],
        ],
      };
      const html = renderHtmlBody(doc(table)).replace(/ style="[^"]*"/g, '');
      expect(html).toContain(
        '<table cellpadding="0" cellspacing="0"><thead><tr><th>目标</th><th>项目</th></tr></thead>' +
          '<tbody><tr><td>O1 服务业务</td><td>11</td></tr><tr><td>O2 系统升级</td><td>4</td></tr></tbody></table>',
      );
      expect(renderHtmlBody(doc(table))).toMatch(/<th style="[^"]*font-weight:bold/);
    });

    it('keeps a short cell whole (a count, a status word) and lets a long one break anywhere', () => {
      const long = `https://example.com/${'a'.repeat(80)}`;
      const table: Block = { kind: 'table', header: ['🔴 风险'], rows: [['11'], ['🟢 正常'], [long]] };
      const html = renderHtmlBody(doc(table));
      const styleOf = (tag: string, text: string): string | undefined =>
        new RegExp(`<${tag} style="([^"]*)">${text}</${tag}>`).exec(html)?.[1];
      for (const [tag, text] of [
        ['th', '🔴 风险'],
        ['td', '11'],
        ['td', '🟢 正常'],
      ]) {
        expect(styleOf(tag, text)).toContain('word-break:keep-all;overflow-wrap:normal');
      }
      expect(styleOf('td', long)).toContain('overflow-wrap:anywhere');
    });

    it.each<[CellStatus, string]>([
      ['red', '#F4CCCC'],
      ['amber', '#FFF2CC'],
      ['green', '#D9EAD3'],
      ['done', '#D9D9D9'],
    ])('shades a %s status cell %s, as the .docx does, and leaves ordinary cells plain', (status, fill) => {
      const table: Block = {
        kind: 'table',
        header: ['目标', '状态'],
        rows: [['O1', '状态词']],
        statuses: [[null, status]],
      };
      const html = renderHtmlBody(doc(table));
      expect(html).toContain(`<td bgcolor="${fill}" style="`);
      expect(html).toMatch(new RegExp(`background-color:${fill}">状态词</td>`));
      expect(html).toMatch(/<td style="[^"]*">O1<\/td>/);
      expect(html.match(/<td [^>]*>O1<\/td>/)?.[0]).not.toContain('background');
    });

    describe('a chart', () => {
      const chart = PAYMENT_CHART;

      it('is its picture from the shell (a data: URI, a cid:), full width, the title as its alt text', () => {
        const html = renderHtmlBody(doc(chart), { chartSrc: () => 'data:image/png;base64,iVBORw0KGgo=' });
        expect(html).toMatch(
          /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="支付成功率" width="608" style="[^"]*width:100%;[^"]*height:auto/,
        );
      });

      it('is a line naming it when the shell has no picture', () => {
        expect(renderHtmlBody(doc(chart))).toMatch(/<p style="[^"]*">【图表】支付成功率<\/p>/);
        expect(renderHtmlBody({ ...doc(chart), language: 'en' })).toContain('>[Chart] 支付成功率</p>');
        expect(renderHtmlBody(doc(chart), { chartSrc: () => undefined })).not.toContain('<img');
      });

      it('escapes its title in the alt text', () => {
        const html = renderHtmlBody(doc({ ...chart, title: '"><script>x</script>' }), {
          chartSrc: () => 'cid:chart-1@weekly-report',
        });
        expect(html).toContain(
          '<img src="cid:chart-1@weekly-report" alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;" ',
        );
        expect(html).not.toContain('<script');
      });

      it.each([
        'https://evil.example/x.png',
        'javascript:alert(1)',
        'data:text/html;base64,PHNjcmlwdD4=',
        'cid:a"b',
      ])('refuses a src that would load or run something: %s', (src) => {
        expect(() => renderHtmlBody(doc(chart), { chartSrc: () => src })).toThrow(
          "Expected a chart's src to be a data:image URI or cid:",
        );
      });
    });

    it('breaks a line inside a run or a cell with <br>, whatever the line ending', () => {
      const table: Block = { kind: 'table', header: ['a'], rows: [['第一行\r\n第二行\r第三行']] };
      const html = renderHtmlBody(doc(para('上\n下'), table));
      expect(html).toContain('>上<br>下</p>');
      expect(html).toContain('>第一行<br>第二行<br>第三行</td>');
    });
  });

  describe('untrusted text', () => {
    it('shows <script> literally in every place text can go: title, headings, runs, items and cells', () => {
      const html = renderHtml(hostileDoc);
      const shown =
        '&lt;script&gt;window.__pwned=1&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;';
      // <title>, h1, h2, h3, two runs, two items, one header cell and one body cell.
      expect(html.split(shown)).toHaveLength(11);
    });

    it('emits no style block, script, event handler, javascript: URL or resource to load', () => {
      const html = renderHtml(hostileDoc);
      expect(html).not.toMatch(/<(script|style|img)/i);
      expect(forbiddenTags(html)).toEqual([]);
    });

    it('keeps the sample report mail-safe: only its own elements and attributes', async () => {
      const input = await readWorkbookFile(join(__dirname, '../../../seeds/sample-workbook.xlsx'), {
        timeZone: 'Asia/Shanghai',
      });
      const report = buildReport(parseWorkbook(input), { now: new Date('2023-11-13T01:00:00Z') });
      if (!report.document) throw new Error('the sample workbook gives no document');
      const html = renderHtml(report.document);
      expect(forbiddenTags(html)).toEqual([]);
      const elements = tagsOf(html).map((tag) => /^<\/?([a-z0-9!]+)/i.exec(tag)?.[1]?.toLowerCase());
      expect(elements.filter((name) => name !== '!doctype' && !ALLOWED_ELEMENTS.has(name ?? ''))).toEqual([]);
      const attributes = tagsOf(html).flatMap((tag) =>
        [...tag.replace(/"[^"]*"/g, '""').matchAll(/\s([a-z-]+)=/gi)].map((m) => m[1]),
      );
      expect(attributes.filter((name) => !ALLOWED_ATTRIBUTES.has(name))).toEqual([]);
      expect(html).toContain('入金有效成功率：99.997%');
      expect(html).toContain('<td bgcolor="#D9EAD3"');
    });

    describe('for any text (property)', () => {
      /** Text a spreadsheet cell may hold: anything, and fragments of markup and entities mixed in. */
      const cellText = fc
        .array(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 6 }),
            fc.constantFrom(
              '<script>',
              '</td>',
              '<img src=x onerror=alert(1)>',
              '"',
              "'",
              '&',
              '&lt;',
              '&#60;',
              '<!--',
              '-->',
              ']]>',
              'javascript:',
              '\n',
              '\r\n',
              '\r',
              '\u0000',
            ),
          ),
          { maxLength: 6 },
        )
        .map((parts) => parts.join(''));
      const status = fc.constantFrom<CellStatus | null>(null, 'red', 'amber', 'green', 'done');

      /** A document of every block kind, its texts in document order. */
      const documentOf = (t: readonly string[], s: CellStatus | null): ReportDocument => ({
        title: t[0],
        headerText: '',
        language: 'zh',
        blocks: [
          { kind: 'heading', level: 1, text: t[1] },
          { kind: 'heading', level: 2, text: t[2] },
          { kind: 'paragraph', runs: [{ text: t[3], bold: true }, { text: t[4] }] },
          {
            kind: 'list',
            ordered: false,
            items: [
              {
                runs: [{ text: t[5] }],
                sublist: { kind: 'list', ordered: true, items: [{ runs: [{ text: t[6], bold: true }] }] },
              },
            ],
          },
          { kind: 'table', header: [t[7]], rows: [[t[8]]], statuses: [[s]] },
        ],
      });
      /**
       * Plain text as wide as the given one, line for line (`x` per narrow character, `中` per wide one, as the
       * writer measures a cell to choose how it wraps): all the markup a text may cause is its `<br>`s.
       */
      const plainAlike = (text: string): string =>
        text
          .split(/\r\n?|\n/)
          // Whitespace stays whitespace: the writer splits a cell into words at it (found by fast-check: `\t⺀⺀`).
          .map((line) =>
            line.replace(/./gsu, (ch) =>
              /\s/u.test(ch) ? ch : (ch.codePointAt(0) ?? 0) > 0x2e7f ? '中' : 'x',
            ),
          )
          .join('\n');
      const decode = (html: string): string =>
        html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) =>
          name === 'amp' ? '&' : name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : "'",
        );
      const texts = fc.array(cellText, { minLength: 9, maxLength: 9 });

      it('never produces an element or attribute of its own: the markup is that of the same document with plain text', () => {
        fc.assert(
          fc.property(texts, status, (t, s) => {
            const html = renderHtml(documentOf(t, s));
            expect(tagsOf(html)).toEqual(tagsOf(renderHtml(documentOf(t.map(plainAlike), s))));
            expect(forbiddenTags(html)).toEqual([]);
          }),
          { numRuns: 300 },
        );
      });

      it('shows every text exactly as typed, in order', () => {
        fc.assert(
          fc.property(texts, status, (t, s) => {
            const body = renderHtmlBody(documentOf(t, s));
            const shown = decode(body.replace(/<br>/g, '\n').replace(/<[^>]*>/g, '')).replace(/[\r\n]/g, '');
            expect(shown).toBe(t.join('').replace(/[\r\n]/g, ''));
          }),
          { numRuns: 300 },
        );
      });
    });
  });
});
