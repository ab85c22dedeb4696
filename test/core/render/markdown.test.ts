// The Markdown writer: headings, paragraphs, nested lists, bold runs and tables, with user text escaped.
import type { Block, ReportDocument } from '../../../src/core/layout/document';
import { renderMarkdown } from '../../../src/core/render/markdown';
import { PAYMENT_CHART } from './payment-chart';

const doc = (...blocks: Block[]): ReportDocument => ({
  title: '第46周 2023-11-13',
  headerText: '支付中心',
  language: 'zh',
  blocks,
});
const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
const bullets = (...texts: string[]): Block => ({
  kind: 'list',
  ordered: false,
  items: texts.map((text) => ({ runs: [{ text }] })),
});

describe('Markdown writer', () => {
  it('writes the title as `#`, headings as `##` and paragraphs, separated by blank lines', () => {
    expect(
      renderMarkdown(doc({ kind: 'heading', level: 1, text: '收获与反思' }, para('第一段'), para('第二段'))),
    ).toBe('# 第46周 2023-11-13\n\n## 收获与反思\n\n第一段\n\n第二段\n');
  });

  it('ends with exactly one newline', () => {
    expect(renderMarkdown(doc())).toBe('# 第46周 2023-11-13\n');
  });

  it('writes bullets as `- ` and numbered items as `1. `, nested lists 4 spaces deeper', () => {
    const list: Block = {
      kind: 'list',
      ordered: false,
      items: [
        {
          runs: [{ text: 'POS收单系统建设' }],
          sublist: {
            kind: 'list',
            ordered: true,
            items: [{ runs: [{ text: '联调完成' }] }, { runs: [{ text: '加密机招标' }] }],
          },
        },
        { runs: [{ text: '风险数据指标' }] },
      ],
    };
    expect(renderMarkdown(doc(list))).toBe(
      '# 第46周 2023-11-13\n\n- POS收单系统建设\n    1. 联调完成\n    2. 加密机招标\n- 风险数据指标\n',
    );
  });

  it('writes bold runs as `**…**`', () => {
    const block: Block = {
      kind: 'paragraph',
      runs: [{ text: 'Bank: ', bold: true }, { text: 'design done' }],
    };
    expect(renderMarkdown(doc(block))).toContain('\n**Bank:** design done\n');
  });

  it('moves the brackets out of `**` where it could not close, after Chinese punctuation before a letter', () => {
    const item: Block = {
      kind: 'list',
      ordered: false,
      items: [{ runs: [{ text: '【银行虚户建设】', bold: true }, { text: '产品设计完成' }] }],
    };
    expect(renderMarkdown(doc(item))).toContain('- 【**银行虚户建设**】产品设计完成\n');
  });

  it('puts a bold run of punctuation only between zero-width spaces, never raw HTML', () => {
    const md = renderMarkdown(
      doc({ kind: 'paragraph', runs: [{ text: '✅', bold: true }, { text: '完成' }] }),
    );
    expect(md).toContain('&#8203;**✅**&#8203;完成');
    expect(md).not.toContain('<');
  });

  it('escapes Markdown specials in user text so it cannot inject formatting', () => {
    expect(
      renderMarkdown(doc(para('*urgent* _x_ [link](http://e.vil) <b>hi</b> `code` a|b ~~s~~ &amp;'))),
    ).toContain(
      '\\*urgent\\* \\_x\\_ \\[link\\](http://e.vil) \\<b\\>hi\\</b\\> \\`code\\` a\\|b \\~\\~s\\~\\~ \\&amp;',
    );
  });

  it('escapes text that would open a heading, list or quote at the start of a line', () => {
    const md = renderMarkdown(
      doc(para('# not a heading'), bullets('- not nested', '1. not numbered', '> no quote')),
    );
    expect(md).toContain('\n\\# not a heading\n');
    expect(md).toContain('\n- \\- not nested\n- 1\\. not numbered\n- \\> no quote\n');
  });

  it('keeps every line break inside a list item as a hard break within the item, as the .docx does', () => {
    const md = renderMarkdown(doc(bullets('【机构合作网络基建立项准备】\r\n    \n    联合金融启动立项')));
    expect(md).toContain('\n- 【机构合作网络基建立项准备】\\\n  \\\n  联合金融启动立项\n');
  });

  it('does not let leading spaces turn a paragraph into a code block', () => {
    expect(renderMarkdown(doc(para('        indented')))).toBe('# 第46周 2023-11-13\n\nindented\n');
  });

  it('keeps lists in a row apart by alternating their markers, without an HTML comment', () => {
    expect(renderMarkdown(doc(bullets('a'), bullets('b'), bullets('c')))).toContain('- a\n\n* b\n\n- c\n');
  });

  it('writes tables as GFM tables with escaped cells', () => {
    const table: Block = { kind: 'table', header: ['指标', '数值'], rows: [['入金|成功率', '99.997%']] };
    expect(renderMarkdown(doc(table))).toContain(
      '| 指标 | 数值 |\n| --- | --- |\n| 入金\\|成功率 | 99.997% |\n',
    );
  });

  it('writes a status cell as its emoji and word, the only colour a pipe table has', () => {
    const table: Block = {
      kind: 'table',
      header: ['目标', '状态'],
      rows: [['O1 服务业务', '🟡 关注']],
      statuses: [[null, 'amber']],
    };
    expect(renderMarkdown(doc(table))).toContain(
      '| 目标 | 状态 |\n| --- | --- |\n| O1 服务业务 | 🟡 关注 |\n',
    );
  });

  describe('a chart', () => {
    const chart = PAYMENT_CHART;

    it('is an image of the picture the shell writes, its title as the alt text, beside the Markdown by default', () => {
      expect(renderMarkdown(doc(chart))).toBe('# 第46周 2023-11-13\n\n![支付成功率](支付成功率.png)\n');
    });

    it('links the path the shell gives, encoding what a link destination cannot hold', () => {
      const md = renderMarkdown(doc(chart), { chartPath: (c) => `第46周 2023-11-13 (v2)#/${c.file}` });
      expect(md).toContain('![支付成功率](第46周%202023-11-13%20%28v2%29%23/支付成功率.png)');
    });

    it('escapes the alt text so a title cannot close the link early', () => {
      expect(renderMarkdown(doc({ ...chart, title: 'a](x) *b*\nc' }))).toContain('![a\\](x) \\*b\\* c](');
    });
  });
});
