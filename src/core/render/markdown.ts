// Serialises the abstract report document as GitHub-flavoured Markdown, escaping user text so it stays text.
import type { Block, ChartBlock, ListBlock, ReportDocument, TextRun } from '../layout/document';
import { webLink } from './web-link';

export interface MarkdownOptions {
  /**
   * Where the picture of a chart is, relative to the Markdown file (a `/`-separated path, not yet URL-encoded).
   * By default (or when it gives undefined) the chart's own file name, beside the Markdown; the shell that writes
   * the pictures says where.
   */
  readonly chartPath?: (chart: ChartBlock) => string | undefined;
}

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

/**
 * Escaped text. Each line break inside a cell is a hard line break (a `\` ending the line), as the .docx keeps
 * it; the next line continues the block at `indent`, its leading spaces dropped (they would start a code block).
 */
const escapeText = (text: string, indent: string): string =>
  text
    .replace(/[^\S\r\n]*(?:\r\n?|\n)[^\S\r\n]*/g, '\n')
    .split('\n')
    .map((line) => escapeLineStart(line.replace(INLINE_SPECIALS, '\\$&').replace(ENTITY, '\\&')))
    .join(`\\\n${indent}`);

/** A heading is one line; a trailing ` ##` would be read as its closing sequence and dropped. */
const escapeHeading = (text: string): string =>
  escapeText(text.replace(/\s+/g, ' ').trim(), '').replace(/(\s)(#+)$/, '$1\\$2');

const isPunctuation = (ch: string | undefined): boolean => ch !== undefined && PUNCTUATION.test(ch);
const isSpaceOrEdge = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);

/**
 * `**` only emphasises when it is "flanking" (CommonMark §6.2): `**【标题】**正文` is not, because the closing
 * `**` follows punctuation and precedes a letter — common in Chinese text.
 */
function emphasisFlanks(inner: string, before: string | undefined, after: string | undefined): boolean {
  const opens = !isPunctuation(inner[0]) || isSpaceOrEdge(before) || isPunctuation(before);
  const closes = !isPunctuation(inner.at(-1)) || isSpaceOrEdge(after) || isPunctuation(after);
  return opens && closes;
}

/** Punctuation, an escaped character or a space at the edges of a bold run; what stays between them is a word. */
const EDGES = /^((?:\\[\s\S]|[\p{P}\p{S}\s])*)([\s\S]*?)((?:\\[\s\S]|[\p{P}\p{S}\s])*)$/u;
/** A zero-width space as a character reference: punctuation to the flanking rule, nothing to a reader. */
const ZERO_WIDTH = '&#8203;';

/**
 * Bold that renders in any CommonMark renderer, HTML disabled too (no `<strong>`): as `**…**` where that flanks,
 * else with the punctuation at its edges moved outside (`【**标题**】正文`), else — a run of punctuation only —
 * between zero-width spaces, which make each `**` follow or precede punctuation.
 */
function strong(inner: string, before: string | undefined, after: string | undefined): string {
  if (emphasisFlanks(inner, before, after)) return `**${inner}**`;
  const [, lead, word, trail] = EDGES.exec(inner) ?? ['', '', inner, ''];
  if (word !== '') return `${lead}**${word}**${trail}`;
  return `${ZERO_WIDTH}**${inner}**${ZERO_WIDTH}`;
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
      const link = webLink(runs[i].link);
      if (link !== null && inner !== '') return linked(text, link);
      if (!runs[i].bold || inner === '') return text;
      const [lead, trail] = [
        text.slice(0, text.indexOf(inner)),
        text.slice(text.indexOf(inner) + inner.length),
      ];
      const before = lead.at(-1) ?? texts[i - 1]?.at(-1);
      const after = trail[0] ?? texts[i + 1]?.[0];
      return `${lead}${strong(inner, before, after)}${trail}`;
    })
    .join('');
}

/**
 * Two lists in a row would merge into one; a list whose marker differs (`*` after `-`, `1)` after `1.`) starts a
 * new one (CommonMark §5.3), with no HTML comment between them.
 */
function renderList(list: ListBlock, depth: number, alternate = false): string[] {
  const indent = NEST.repeat(depth);
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${i + 1}${alternate ? ')' : '.'} ` : alternate ? '* ' : '- ';
    const line = `${indent}${marker}${renderRuns(item.runs, indent + ' '.repeat(marker.length))}`;
    return item.sublist ? [line, ...renderList(item.sublist, depth + 1)] : [line];
  });
}

/** A table row is one line: GFM has no other way than `<br>` to break a line inside a cell. */
const tableCell = (text: string): string => escapeText(text, '').replace(/\\\n/g, '<br>');

const tableRow = (cells: readonly string[], links?: readonly (string | null)[]): string =>
  `| ${cells.map((cell, c) => linked(tableCell(cell), webLink(links?.[c]))).join(' | ')} |`;

/** Text (already escaped) as a link; a bracket or space of the address is percent-encoded so the link stays one. */
function linked(text: string, url: string | null): string {
  if (url === null || text === '') return text;
  return `[${text}](${url.replace(/[()[\]]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)})`;
}

/** Characters of a path to percent-encode in a link destination (all ASCII: one byte each). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters cannot stand in a link
const UNSAFE_IN_LINK = /[\u0000-\u0020\u007f()<>[\]\\%#?"'`]/g;

/**
 * A link destination that every CommonMark renderer reads as the path it is: spaces, brackets, controls and what
 * would start a query or fragment are percent-encoded; Chinese stays readable, as CommonMark allows it unencoded.
 */
const linkPath = (path: string): string =>
  path.replace(UNSAFE_IN_LINK, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A chart as an image, its title as the alt text (what a reader without the picture sees), on one line. */
function chartImage(chart: ChartBlock, options: MarkdownOptions): string {
  const path = options.chartPath?.(chart) ?? chart.file;
  return `![${escapeText(chart.title.replace(/\s+/g, ' ').trim(), '')}](${linkPath(path)})`;
}

function renderBlock(block: Block, alternate: boolean, options: MarkdownOptions): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeHeading(block.text)}`;
    case 'paragraph':
      return renderRuns(block.runs, '');
    case 'list':
      return renderList(block, 0, alternate).join('\n');
    case 'table':
      return [
        tableRow(block.header),
        `|${' --- |'.repeat(block.header.length)}`,
        ...block.rows.map((row, r) => tableRow(row, block.links?.[r])),
      ].join('\n');
    case 'chart':
      return chartImage(block, options);
  }
}

/** The document as Markdown: `# title`, `##` section headings, lists, GFM tables; ends with one newline. */
export function renderMarkdown(doc: ReportDocument, options: MarkdownOptions = {}): string {
  const parts = [`# ${escapeHeading(doc.title)}`];
  let alternate = false;
  doc.blocks.forEach((block, i) => {
    const previous = doc.blocks[i - 1];
    const follows = block.kind === 'list' && previous?.kind === 'list' && previous.ordered === block.ordered;
    alternate = follows && !alternate;
    parts.push(renderBlock(block, alternate, options));
  });
  return `${parts.join('\n\n')}\n`;
}
