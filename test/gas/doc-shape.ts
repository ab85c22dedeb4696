// The Doc a test expects, element by element, from the abstract document; and the shape of a fake Doc's body.
import { type ListBlock, plainText, type ReportDocument, type TextRun } from '../../src/core/layout/document';
import { type FakeBody, FakeListItem, FakeParagraph } from '../fakes/document-app';

export interface ElementShape {
  readonly type: 'paragraph' | 'listItem' | 'table';
  readonly text: string;
  readonly heading?: string;
  readonly bold?: readonly [number, number][];
  readonly nesting?: number;
  readonly glyph?: string;
  /** Ordinal of the list the item belongs to (0 for the document's first list), from the list ids. */
  readonly list?: number;
  readonly cells?: readonly (readonly string[])[];
}

function boldOf(runs: readonly TextRun[]): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const run of runs) {
    if (run.bold && run.text) ranges.push([at, at + run.text.length]);
    at += run.text.length;
  }
  // Adjacent bold runs read as one stretch.
  return ranges.reduce<[number, number][]>((merged, range) => {
    const last = merged[merged.length - 1];
    if (last && last[1] === range[0]) last[1] = range[1];
    else merged.push([...range]);
    return merged;
  }, []);
}

/** Title, headings, paragraphs, list items (nesting, glyph, own list) and tables, as the Doc should hold them. */
export function expectedShape(report: ReportDocument): ElementShape[] {
  const shape: ElementShape[] = [{ type: 'paragraph', text: report.title, heading: 'TITLE', bold: [] }];
  let lists = 0;
  const items = (list: ListBlock, level: number, ordinal: number) => {
    for (const item of list.items) {
      shape.push({
        type: 'listItem',
        text: plainText(item.runs),
        bold: boldOf(item.runs),
        nesting: level,
        glyph: list.ordered ? 'NUMBER' : level === 0 ? 'BULLET' : 'HOLLOW_BULLET',
        list: ordinal,
      });
      if (item.sublist) items(item.sublist, level + 1, ordinal);
    }
  };
  report.blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      shape.push({ type: 'paragraph', text: block.text, heading: `HEADING${block.level}`, bold: [] });
    } else if (block.kind === 'paragraph') {
      shape.push({
        type: 'paragraph',
        text: plainText(block.runs),
        heading: 'NORMAL',
        bold: boldOf(block.runs),
      });
    } else if (block.kind === 'list') {
      if (report.blocks[i - 1]?.kind === 'list')
        shape.push({ type: 'paragraph', text: '', heading: 'NORMAL', bold: [] });
      items(block, 0, lists++);
    } else {
      shape.push({ type: 'table', text: '', cells: [block.header, ...block.rows] });
    }
  });
  return shape;
}

export function shapeOfBody(body: FakeBody): ElementShape[] {
  const listOrdinals = new Map<string, number>();
  return body.elements.map((element): ElementShape => {
    if (element instanceof FakeListItem) {
      if (!listOrdinals.has(element.listId)) listOrdinals.set(element.listId, listOrdinals.size);
      return {
        type: 'listItem',
        text: element.text,
        bold: element.boldRanges(),
        nesting: element.nestingLevel,
        glyph: element.glyph,
        list: listOrdinals.get(element.listId),
      };
    }
    if (element instanceof FakeParagraph) {
      return { type: 'paragraph', text: element.text, heading: element.heading, bold: element.boldRanges() };
    }
    return { type: 'table', text: '', cells: element.cells };
  });
}
