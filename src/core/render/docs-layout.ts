// The report laid out as the Doc's body will hold it: paragraphs with their styles and bold stretches, tables, the
// bullet groups of the lists, and where each element's text starts once written (see docs-requests.ts).
import { chartPlaceholder } from '../layout/chart-placeholder';
import type {
  Block,
  CellStatus,
  ChartBlock,
  ListBlock,
  ReportDocument,
  TableBlock,
} from '../layout/document';
import { BULLETS, type BulletPreset, type NamedStyleType, NUMBERS } from './docs-api';
import { docsText, type LinkSpan, runsText, type Span, shifted } from './docs-text';
import { webLink } from './web-link';

/** Docs lists have nesting levels 0–8; deeper items are written at level 8. */
const MAX_NESTING = 8;

export interface Paragraph {
  readonly kind: 'paragraph';
  /** Text without its newline, list items behind their nesting tabs. */
  readonly text: string;
  readonly style: NamedStyleType;
  /** Bold stretches, offsets into `text`. */
  readonly bold: readonly Span[];
  /** Stretches that link somewhere, offsets into `text`. */
  readonly links?: readonly LinkSpan[];
  /** Index into the layout's bullet groups, for list items. */
  readonly group?: number;
  /** Made by the API rather than written: between two tables, or last in the body after a table. */
  readonly implicit?: boolean;
}

export interface Table {
  readonly kind: 'table';
  /** Header row first; every row as wide as the widest. */
  readonly cells: readonly (readonly string[])[];
  /** The status of each body cell, indexed like `cells.slice(1)`, when the block gives any. */
  readonly statuses?: readonly (readonly (CellStatus | null)[])[];
  /** Where each body cell's text links, indexed like `statuses`, when the block gives any. */
  readonly links?: readonly (readonly (string | null)[])[];
}

export type Element = Paragraph | Table;

/** A run of list paragraphs that shares one createParagraphBullets request. */
export interface BulletGroup {
  readonly preset: BulletPreset;
  readonly first: number;
  last: number;
  /** Leading tabs in the group, which the request removes. */
  tabs: number;
}

/** The body's elements in order, and the bullet groups (indices into the elements) of its lists. */
export interface DocsLayout {
  readonly elements: Element[];
  readonly groups: BulletGroup[];
}

/**
 * The paragraphs the batch writes for charts, in body order, each with the text it holds once written (as
 * `Paragraph.getText()` reads it): the Apps Script shell finds the n-th body paragraph whose whole text is the
 * n-th placeholder's and puts the chart's image there.
 */
export function docsChartPlaceholders(
  doc: ReportDocument,
): { readonly chart: ChartBlock; readonly text: string }[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'chart' ? [{ chart: b, text: docsText(chartPlaceholder(doc.language, b)) }] : [],
  );
}

/** A table block as the table element it becomes, every row as wide as the widest; none for a table of no column. */
function tableElement(b: TableBlock): Table | null {
  const columns = Math.max(b.header.length, ...b.rows.map((row) => row.length));
  // insertTable needs at least one column; a table with none has nothing to show.
  if (columns === 0) return null;
  const row = (cells: readonly string[]): string[] =>
    Array.from({ length: columns }, (_, c) => docsText(cells[c] ?? ''));
  const { statuses, links } = b;
  return {
    kind: 'table',
    cells: [row(b.header), ...b.rows.map(row)],
    ...(statuses
      ? {
          statuses: b.rows.map((_, r) => Array.from({ length: columns }, (_, c) => statuses[r]?.[c] ?? null)),
        }
      : {}),
    ...(links
      ? { links: b.rows.map((_, r) => Array.from({ length: columns }, (_, c) => webLink(links[r]?.[c]))) }
      : {}),
  };
}

/** The report's blocks as the body elements they become, in order, and the bullet groups of its lists. */
function bodyElements(doc: ReportDocument): DocsLayout {
  const elements: Element[] = [];
  const groups: BulletGroup[] = [];
  const paragraph = (
    text: string,
    style: NamedStyleType,
    bold: readonly Span[] = [],
    links: readonly LinkSpan[] = [],
  ): void => {
    elements.push({ kind: 'paragraph', text, style, bold, ...(links.length > 0 ? { links } : {}) });
  };
  const endsWithListItem = (): boolean => {
    const last = elements[elements.length - 1];
    return last?.kind === 'paragraph' && last.group !== undefined;
  };

  /**
   * One preset applies to a whole bullets request, so a list whose nested list is of the other kind needs more
   * than one. A bulleted list split around a numbered sublist looks the same; a numbered list split around a
   * bulleted one would restart its numbers, so a list under a numbered one stays in its group and is numbered.
   */
  const list = (block: ListBlock, level: number, numberedAbove: boolean, newList: boolean): void => {
    const numbered = block.ordered || numberedAbove;
    const preset = numbered ? NUMBERS : BULLETS;
    const tabs = Math.min(level, MAX_NESTING);
    block.items.forEach((item, i) => {
      const current = groups[groups.length - 1];
      const group =
        (newList && i === 0) || current === undefined || current.preset !== preset || !endsWithListItem()
          ? groups.push({ preset, first: elements.length, last: elements.length, tabs: 0 }) - 1
          : groups.length - 1;
      const { text, bold, links } = runsText(item.runs, true);
      elements.push({
        kind: 'paragraph',
        text: '\t'.repeat(tabs) + text,
        style: 'NORMAL_TEXT',
        bold: shifted(bold, tabs),
        ...(links.length > 0 ? { links: shifted(links, tabs) } : {}),
        group,
      });
      groups[group].last = elements.length - 1;
      groups[group].tabs += tabs;
      if (item.sublist) list(item.sublist, level + 1, numbered, false);
    });
  };

  const block = (b: Block): void => {
    switch (b.kind) {
      case 'heading':
        paragraph(docsText(b.text), b.level === 1 ? 'HEADING_1' : 'HEADING_2');
        break;
      case 'paragraph': {
        const { text, bold, links } = runsText(b.runs, false);
        paragraph(text, 'NORMAL_TEXT', bold, links);
        break;
      }
      case 'list':
        if (b.items.length > 0 && endsWithListItem()) paragraph('', 'NORMAL_TEXT');
        list(b, 0, false, true);
        break;
      case 'chart':
        paragraph(docsText(chartPlaceholder(doc.language, b)), 'NORMAL_TEXT');
        break;
      case 'table': {
        const table = tableElement(b);
        if (table) elements.push(table);
        break;
      }
    }
  };

  paragraph(docsText(doc.title), 'TITLE');
  for (const b of doc.blocks) block(b);

  return { elements, groups };
}

/**
 * A table is always followed by a paragraph: the API makes an empty one between two tables and at the end of the
 * body, so the layout holds one there too (`implicit`), and the bullet groups' indices move past them.
 */
function withImplicitParagraphs({ elements, groups }: DocsLayout): DocsLayout {
  const withImplicit: Element[] = [];
  elements.forEach((element, i) => {
    withImplicit.push(element);
    const next = elements[i + 1];
    if (element.kind === 'table' && (next === undefined || next.kind === 'table')) {
      withImplicit.push({ kind: 'paragraph', text: '', style: 'NORMAL_TEXT', bold: [], implicit: true });
    }
  });
  // Implicit paragraphs only follow tables, so list items keep their order and groups their runs.
  const position = new Map(withImplicit.map((element, i) => [element, i]));
  const moved = (index: number): number => position.get(elements[index]) ?? index;
  return {
    elements: withImplicit,
    groups: groups.map((g) => ({ ...g, first: moved(g.first), last: moved(g.last) })),
  };
}

/** The report as the sequence of body elements it becomes, and the bullet groups of its lists. */
export const docsLayout = (doc: ReportDocument): DocsLayout => withImplicitParagraphs(bodyElements(doc));

/** Where a table's cell paragraphs sit once written, row by row. */
export function cellStarts(table: Table, start: number): number[][] {
  let index = start + 1;
  return table.cells.map((row) => {
    index++;
    return row.map((cell) => {
      index++;
      const paragraph = index;
      index += cell.length + 1;
      return paragraph;
    });
  });
}

export const tableSize = (table: Table): number =>
  2 + table.cells.reduce((sum, row) => sum + 1 + row.reduce((s, cell) => s + cell.length + 2, 0), 0);

export const elementSize = (element: Element): number =>
  element.kind === 'table' ? tableSize(element) : element.text.length + 1;
