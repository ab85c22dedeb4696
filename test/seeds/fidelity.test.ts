// Generating from the sample workbook reproduces every fact of the example report (SPEC §5, last paragraph).
import { join } from 'node:path';
import { parseWorkbook } from '../../src/core/model/workbook';
import { renderMarkdown } from '../../src/core/render/markdown';
import { buildReport } from '../../src/core/report';
import { readWorkbookFile } from '../../src/node/workbook-reader';
import { referenceFacts, referenceMarkdown, squash } from './reference-facts';

const root = join(__dirname, '../..');
const reference = referenceMarkdown;

/** The generated Markdown as plain text: emphasis markers and escapes removed, whitespace squashed. */
const plain = (markdown: string): string =>
  squash(markdown.replace(/<\/?strong>|\*\*/g, '').replace(/\\(.)/g, '$1'));

describe('Report generated from the sample workbook', () => {
  let markdown = '';

  beforeAll(async () => {
    const input = await readWorkbookFile(join(root, 'seeds/sample-workbook.xlsx'), {
      timeZone: 'Asia/Shanghai',
    });
    const report = buildReport(parseWorkbook(input), { now: new Date('2026-11-25T07:30:00Z') });
    if (!report.document) throw new Error(`no document: ${JSON.stringify(report.issues)}`);
    markdown = renderMarkdown(report.document);
  });

  it('holds every fact of the example report', () => {
    const text = plain(markdown);
    const missing = referenceFacts(reference).filter((fact) => !text.includes(fact));
    expect(missing).toEqual([]);
  });

  it('uses one week label, the ISO one of the title', () => {
    expect(markdown.startsWith('# 第46周 2023-11-13\n')).toBe(true);
    expect(markdown).not.toContain('第47周');
  });

  it('derives the incident count from the Incidents tab', () => {
    expect(markdown).toContain('- 事故数AB级0次，CD级1次\n');
  });

  it('states when it was generated, in the sheet’s time zone', () => {
    expect(markdown).toContain('\n生成时间：2026年11月25日 15:30\n');
  });

  it('finds enough facts in the reference to mean something', () => {
    expect(referenceFacts(reference).length).toBeGreaterThan(100);
  });
});
