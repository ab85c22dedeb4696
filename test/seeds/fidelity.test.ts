// Generating from the sample workbook reproduces every fact of the example report (SPEC §5, last paragraph).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '../../src/core/render/markdown';
import { buildReport } from '../../src/core/report';
import { readWorkbookFile } from '../../src/node/workbook-reader';

const root = join(__dirname, '../..');
const reference = readFileSync(join(root, 'seeds/reference/weekly-report-2023-11-13.md'), 'utf8');

/** Whole reference lines that the generated report deliberately does not repeat. */
const DIFFERENT_LINES = [
  // The example's body heading uses WEEKNUM numbering and a slashed date; the report keeps one label (the title's).
  /^第47周 2023\/11\/13$/,
  // When the example was typed; the generated report states its own 生成时间 instead.
  /^Created:/,
  // Derived from the Incidents tab, never copied: asserted on its own below.
  /^事故数/,
  // An empty section in the example; the generated report omits empty sections.
  /^日报合集$/,
];

/** Fragments the generated report words with its fixed words instead. */
const DIFFERENT_FRAGMENTS = [
  // 11/6: the duration is derived from Start and Recovered (`持续1分钟`), not the typed `1min左右`.
  '持续1min左右',
  // 11/12: the recovery is written `17:13 恢复`; `服务陆续` (gradually) is not a column of Incidents.
  '17:13服务陆续恢复',
];

/** Splits at Chinese and ASCII clause punctuation; `：` stays so `指标：值` pairs are checked together. */
const FRAGMENT_BREAKS = /[，。；、（）【】“”,;]/;

const squash = (text: string): string => text.replace(/\s+/g, '');

/** The reference's facts: each list item, paragraph and heading, stripped of Markdown and split into fragments. */
function referenceFacts(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^#+\s*/, '')
        .replace(/^\s*(?:-|\d+\.)\s+/, '')
        .trim(),
    )
    .filter((line) => line !== '' && !DIFFERENT_LINES.some((pattern) => pattern.test(line)))
    .flatMap((line) => line.split(FRAGMENT_BREAKS))
    .map(squash)
    .filter((fragment) => fragment !== '' && !DIFFERENT_FRAGMENTS.includes(fragment));
}

/** The generated Markdown as plain text: emphasis markers and escapes removed, whitespace squashed. */
const plain = (markdown: string): string =>
  squash(markdown.replace(/<\/?strong>|\*\*/g, '').replace(/\\(.)/g, '$1'));

describe('Report generated from the sample workbook', () => {
  let markdown = '';

  beforeAll(async () => {
    const input = await readWorkbookFile(join(root, 'seeds/sample-workbook.xlsx'), {
      timeZone: 'Asia/Shanghai',
    });
    const report = buildReport(input, { now: new Date('2026-11-25T07:30:00Z') });
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
