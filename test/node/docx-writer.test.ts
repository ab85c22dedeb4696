// The .docx writer: a real Word document (outline, numbered lists, CJK font) that is byte-reproducible.
import { unzipSync } from 'fflate';
import type { ReportDocument } from '../../src/core/layout/document';
import { renderDocx } from '../../src/node/docx-writer';

const report: ReportDocument = {
  title: '第46周 2023-11-13',
  headerText: '支付中心 · 第46周 2023-11-13 · 生成时间：2023年11月13日 09:00',
  language: 'zh',
  blocks: [
    { kind: 'paragraph', runs: [{ text: '生成时间：2023年11月13日 09:00' }] },
    { kind: 'heading', level: 2, text: '【重点工作】' },
    {
      kind: 'list',
      ordered: false,
      items: [
        { runs: [{ text: '【银行虚户建设】', bold: true }, { text: '产品和系统总体设计完成' }] },
        {
          runs: [{ text: '【大模型技术应用】', bold: true }],
          sublist: {
            kind: 'list',
            ordered: true,
            items: [
              { runs: [{ text: '支付中心CodeLink覆盖率达到100%' }] },
              { runs: [{ text: '存管AI助理' }] },
            ],
          },
        },
      ],
    },
    { kind: 'list', ordered: true, items: [{ runs: [{ text: '下周工作一' }] }] },
    { kind: 'table', header: ['指标', '数值'], rows: [['入金有效成功率', '99.997%']] },
  ],
};

const now = new Date('2023-11-13T01:00:00Z');
const part = (zip: Buffer, name: string): string => new TextDecoder().decode(unzipSync(zip)[name]);

describe('renderDocx', () => {
  it('gives byte-identical files for the same report and time', async () => {
    const first = await renderDocx(report, { now });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderDocx(report, { now });
    expect(Buffer.compare(first, second)).toBe(0);
  });

  it('stamps the given time as created and modified', async () => {
    const core = part(await renderDocx(report, { now }), 'docProps/core.xml');
    expect(core).toContain('>2023-11-13T01:00:00Z</dcterms:created>');
    expect(core).toContain('>2023-11-13T01:00:00Z</dcterms:modified>');
  });

  it('writes the title and headings with outline styles', async () => {
    const xml = part(await renderDocx(report, { now }), 'word/document.xml');
    expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*第46周 2023-11-13/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*【重点工作】/);
  });

  it('writes list items as numbered paragraphs, nested lists one level down', async () => {
    const xml = part(await renderDocx(report, { now }), 'word/document.xml');
    const levels = [...xml.matchAll(/<w:ilvl w:val="(\d)"\/>/g)].map((m) => m[1]);
    expect(levels).toEqual(['0', '0', '1', '1', '0']);
    expect(xml).toContain('存管AI助理');
  });

  it('starts every list as its own numbering instance, so numbered lists restart at 1', async () => {
    const xml = part(await renderDocx(report, { now }), 'word/document.xml');
    const ids = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(3);
  });

  it('writes 【titles】 in bold runs', async () => {
    const xml = part(await renderDocx(report, { now }), 'word/document.xml');
    expect(xml).toMatch(/<w:b\/>.*?【银行虚户建设】/);
  });

  it('sets an East Asian font with a Latin fallback in the default style', async () => {
    const styles = part(await renderDocx(report, { now }), 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="Microsoft YaHei".*<\/w:docDefaults>/s);
    expect(styles).toMatch(/w:ascii="Calibri"/);
  });

  it('puts the header text in a page header and a table for table blocks', async () => {
    const zip = await renderDocx(report, { now });
    expect(part(zip, 'word/header1.xml')).toContain('支付中心 · 第46周');
    expect(part(zip, 'word/document.xml')).toMatch(/<w:tbl>.*入金有效成功率.*99\.997%/s);
  });

  it('shades status cells by their status and leaves the others plain', async () => {
    const summary: ReportDocument = {
      ...report,
      blocks: [
        {
          kind: 'table',
          header: ['目标', '状态', '🔴'],
          rows: [
            ['O1 服务业务', '🔴 风险', '1'],
            ['O2 系统升级', '🟢 正常', '0'],
          ],
          statuses: [
            [null, 'red', null],
            [null, 'green', null],
          ],
        },
      ],
    };
    const xml = part(await renderDocx(summary, { now }), 'word/document.xml');
    const cells = [...xml.matchAll(/<w:tc>.*?<\/w:tc>/gs)].map((m) => m[0]);
    const fillOf = (text: string) =>
      cells.find((c) => c.includes(text))?.match(/w:fill="(\w+)"/)?.[1] ?? null;
    expect(fillOf('🔴 风险')).toBe('F4CCCC');
    expect(fillOf('🟢 正常')).toBe('D9EAD3');
    expect(fillOf('O1 服务业务')).toBeNull();
    expect(fillOf('目标')).toBeNull();
  });
});
