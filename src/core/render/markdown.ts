// Serialises the abstract report document as GitHub-flavoured Markdown, escaping user text so it stays text.
import type { Block, ListBlock, ReportDocument, TextRun } from '../layout/document';

/** Nested lists sit 4 spaces deeper than their parent item, which suits `- `, `1. ` and `10. ` alike. */
const NEST = '    ';

/** Characters that start inline formatting anywhere in a line (`|` for tables, `~` for strikethrough). */
const INLINE_SPECIALS = /[\\`*_[\]<>|~]/g;
/** `&amp;`-like text would otherwise render as the entity. */
const ENTITY = /&(?=#?\w+;)/g;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/;

/** A line that would open a heading, list, quote or setext underline renders as plain text. */
const escapeLineStart = (line: string): string =>
  line
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^([-=])(?=[-=\s]*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');

/** Escaped text; a line break inside a cell continues the block at `indent` (blank lines collapse into one). */
const escapeText = (text: string, indent: string): string =>
  text
    .replace(/[^\S\r\n]*(?:\r\n?|\n)\s*/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(line.replace(INLINE_SPECIALS, '\\$&').replace(ENTITY, '\\&')))
    .join(`\n${indent}`);

/** A heading is one line; a trailing ` ##` would be read as its closing sequence and dropped. */
const escapeHeading = (text: string): string =>
  escapeText(text.replace(/\s+/g, ' ').trim(), '').replace(/(\s)(#+)$/, '$1\\$2');

const isPunctuation = (ch: string | undefined): boolean => ch !== undefined && PUNCTUATION.test(ch);
const isSpaceOrEdge = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);

/**
 * `**` only emphasises when it is "flanking" (CommonMark §6.2): `**【标题】**正文` is not, because the closing
 * `**` follows punctuation and precedes a letter — common in Chinese text. Such runs fall back to `<strong>`.
 */
function emphasisFlanks(inner: string, before: string | undefined, after: string | undefined): boolean {
  const opens = !isPunctuation(inner[0]) || isSpaceOrEdge(before) || isPunctuation(before);
  const closes = !isPunctuation(inner[inner.length - 1]) || isSpaceOrEdge(after) || isPunctuation(after);
  return opens && closes;
}

/** Runs as inline Markdown; a bold run's surrounding spaces stay outside its markers. */
function renderRuns(runs: readonly TextRun[], indent: string): string {
  // Whitespace at the edges of a block would shift it (4 spaces start a code block) or hide a line-start marker.
  const last = runs.length - 1;
  const edgeTrimmed = runs.map((run, i) => (i === 0 ? run.text.trimStart() : run.text));
  const texts = edgeTrimmed.map((text, i) => escapeText(i === last ? text.trimEnd() : text, indent));
  return texts
    .map((text, i) => {
      const inner = text.trim();
      if (!runs[i].bold || inner === '') return text;
      const [lead, trail] = [
        text.slice(0, text.indexOf(inner)),
        text.slice(text.indexOf(inner) + inner.length),
      ];
      const before = lead.at(-1) ?? texts[i - 1]?.at(-1);
      const after = trail[0] ?? texts[i + 1]?.[0];
      const bold = emphasisFlanks(inner, before, after) ? `**${inner}**` : `<strong>${inner}</strong>`;
      return `${lead}${bold}${trail}`;
    })
    .join('');
}

function renderList(list: ListBlock, depth: number): string[] {
  const indent = NEST.repeat(depth);
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${i + 1}. ` : '- ';
    const line = `${indent}${marker}${renderRuns(item.runs, indent + ' '.repeat(marker.length))}`;
    return item.sublist ? [line, ...renderList(item.sublist, depth + 1)] : [line];
  });
}

const tableCell = (text: string): string => escapeText(text, '').replace(/\n/g, '<br>');

const tableRow = (cells: readonly string[]): string => `| ${cells.map(tableCell).join(' | ')} |`;

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeHeading(block.text)}`;
    case 'paragraph':
      return renderRuns(block.runs, '');
    case 'list':
      return renderList(block, 0).join('\n');
    case 'table':
      return [
        tableRow(block.header),
        `|${' --- |'.repeat(block.header.length)}`,
        ...block.rows.map(tableRow),
      ].join('\n');
  }
}

/** The document as Markdown: `# title`, `##` section headings, lists, GFM tables; ends with one newline. */
export function renderMarkdown(doc: ReportDocument): string {
  const parts = [`# ${escapeHeading(doc.title)}`];
  doc.blocks.forEach((block, i) => {
    // Two lists in a row would merge into one; an empty comment keeps them apart.
    if (block.kind === 'list' && doc.blocks[i - 1]?.kind === 'list') parts.push('<!-- -->');
    parts.push(renderBlock(block));
  });
  return `${parts.join('\n\n')}\n`;
}
