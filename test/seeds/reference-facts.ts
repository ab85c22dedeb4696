// The facts of the example report (seeds/reference), as fragments every output generated from the sample must hold.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const referenceMarkdown = readFileSync(
  join(__dirname, '../../seeds/reference/weekly-report-2023-11-13.md'),
  'utf8',
);

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
  // 11/12: the recovery, the next day, is written `11/13 17:13 恢复`; `服务陆续` (gradually) is not a column of
  // Incidents.
  '17:13服务陆续恢复',
];

/** Splits at Chinese and ASCII clause punctuation; `：` stays so `指标：值` pairs are checked together. */
const FRAGMENT_BREAKS = /[，。；、（）【】“”,;]/;

export const squash = (text: string): string => text.replace(/\s+/g, '');

/** The reference's facts: each list item, paragraph and heading, stripped of Markdown and split into fragments. */
export function referenceFacts(markdown: string): string[] {
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
