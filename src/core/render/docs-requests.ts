// Serialises the abstract report document as Google Docs API v1 `documents.batchUpdate` requests (plain REST
// objects), so a Docs advanced-service writer sends one atomic batch instead of hundreds of DocumentApp calls.
//
// The batch, in order (every index is in UTF-16 code units, what a JS string's length counts):
//  1. Clear: delete the previous report, [1, end − 1) — a segment's final newline can never be deleted — and
//     reset the paragraph that survives. Deleting across paragraphs merges them, so that paragraph may keep the
//     old one's heading, bullet or bold, and text inserted next to it copies its paragraph style "including lists
//     and bullets" and the neighbouring text style (developers.google.com/workspace/docs/api/concepts/
//     rules-behavior, "Insert text"). Reset once, everything written after it starts clean.
//  2. Text: every paragraph in one insertText at index 1, nested list items behind one `\t` per level.
//  3. Tables, last first so earlier positions never move: insertTable at the end of the paragraph before the
//     table. The API puts a newline before the table (InsertTableRequest.location), so that paragraph keeps a
//     newline and its old one is left as an empty paragraph after the table, which is deleted unless the Doc
//     needs it (before another table, or last in the body). Inserting at the end of a paragraph, just before its
//     newline, is always a grapheme-cluster boundary: the API moves an insertion inside a cluster (rules-behavior).
//     Cells are filled last first; an empty table starting at S has its cell (r, c) paragraph at
//     S + 3 + r·(2·columns + 1) + 2·c (the index table in developers.google.com/workspace/docs/api/how-tos/tables).
//  4. Styles, now that every index is final: TITLE / HEADING_n on their paragraphs, bold on exactly the bold
//     characters, the header row of each table bold, and each status cell shaded with its STATUS_FILLS colour:
//     one updateTableCellStyle per run of adjacent same-status cells in a row, addressed by the table's start
//     index and the cell's row (the header row is row 0) and column (UpdateTableCellStyleRequest, TableRange).
//  5. Bullets, one createParagraphBullets per run of list paragraphs, first to last. The request reads nesting
//     from leading tabs and removes them, shifting what follows, so each range is moved back by the tabs removed
//     before it. A range right after a list of the same preset joins that list (CreateParagraphBulletsRequest),
//     so adjacent lists are kept apart by an empty paragraph, as the DocumentApp writer does: every list is its
//     own list and a numbered one counts from 1. A sublist of its parent's kind is a deeper level of the
//     parent's list; see `layout` for one of the other kind.
//  6. Header: see `docsRequests`.
//
// A chart is one NORMAL_TEXT paragraph saying what goes there (`【图表】支付成功率`): a batch cannot insert an image
// it has no URL for, so the Apps Script shell replaces each placeholder with the chart's image after the batch
// (`docsChartPlaceholders` says which paragraphs, in body order).
import type { Block, CellStatus, ChartBlock, ListBlock, ReportDocument, TextRun } from '../layout/document';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import { STATUS_FILLS } from './status-colours';

export type NamedStyleType = 'TITLE' | 'HEADING_1' | 'HEADING_2' | 'NORMAL_TEXT';
export type BulletPreset = typeof BULLETS | typeof NUMBERS;

export interface DocsLocation {
  readonly index: number;
  readonly segmentId?: string;
}

export interface DocsRange {
  readonly startIndex: number;
  readonly endIndex: number;
  readonly segmentId?: string;
}

/**
 * The REST `Request` shapes this writer sends that edit a segment (a subset of the API's union, field names as
 * in the API); they fit Apps Script's `GoogleAppsScript.Docs.Schema.Request` as they are.
 */
export type DocsContentRequest =
  | { readonly insertText: { readonly location: DocsLocation; readonly text: string } }
  | { readonly deleteContentRange: { readonly range: DocsRange } }
  | {
      readonly insertTable: {
        readonly location: DocsLocation;
        readonly rows: number;
        readonly columns: number;
      };
    }
  | {
      readonly updateParagraphStyle: {
        readonly range: DocsRange;
        readonly paragraphStyle: { readonly namedStyleType?: NamedStyleType };
        readonly fields: string;
      };
    }
  | {
      readonly updateTextStyle: {
        readonly range: DocsRange;
        readonly textStyle: { readonly bold?: boolean };
        readonly fields: string;
      };
    }
  | { readonly createParagraphBullets: { readonly range: DocsRange; readonly bulletPreset: BulletPreset } }
  | { readonly deleteParagraphBullets: { readonly range: DocsRange } };

/** An RGB colour, each component 0–1 (the API's `RgbColor`). */
export interface DocsRgbColor {
  readonly red: number;
  readonly green: number;
  readonly blue: number;
}

/**
 * Shades a run of cells of one table row: `tableStartLocation` is the table's own start index, rows count from 0
 * at the header row. Fields as in the REST `UpdateTableCellStyleRequest` (tableRange: `TableRange`), which
 * Apps Script's typings predate.
 */
export interface DocsTableCellStyleRequest {
  readonly updateTableCellStyle: {
    readonly tableRange: {
      readonly tableCellLocation: {
        readonly tableStartLocation: DocsLocation;
        readonly rowIndex: number;
        readonly columnIndex: number;
      };
      readonly rowSpan: number;
      readonly columnSpan: number;
    };
    readonly tableCellStyle: {
      readonly backgroundColor: { readonly color: { readonly rgbColor: DocsRgbColor } };
    };
    readonly fields: string;
  };
}

/**
 * Every request the writer sends. Apps Script's typings predate createHeader and updateTableCellStyle: pass the
 * batch on as `object[]`.
 */
export type DocsRequest =
  | DocsContentRequest
  | DocsTableCellStyleRequest
  | { readonly createHeader: { readonly type: 'DEFAULT' } };

/** The Doc's page header: its id and the endIndex of its last element. */
export interface DocsHeader {
  readonly id: string;
  readonly endIndex: number;
}

/** What one `documents.get` says about the Doc to be written (see `docsTarget`). */
export interface DocsTarget {
  /** endIndex of the body's last element: 2 for a new Doc, whose body is one empty paragraph. */
  readonly bodyEndIndex: number;
  /** The default header, when the Doc has one. */
  readonly header?: DocsHeader;
}

export interface DocsBatch {
  readonly requests: readonly DocsRequest[];
  /**
   * The Doc had no header and the batch ends with createHeader. The new header's id is only known from that
   * request's reply (the last reply), so its text goes in a second batch:
   * `docsHeaderRequests(doc.headerText, { id: createdHeaderId(replies), endIndex: 1 })`.
   */
  readonly createsHeader: boolean;
}

const BULLETS = 'BULLET_DISC_CIRCLE_SQUARE';
/** Level 0 `1.`, level 1 `a.`, level 2 `i.`: no preset numbers a nested level `1.` without its parent's number. */
const NUMBERS = 'NUMBERED_DECIMAL_ALPHA_ROMAN';
/** Docs lists have nesting levels 0–8; deeper items are written at level 8. */
const MAX_NESTING = 8;
/** The body's first index: index 0 is the section break that opens it. Headers start at 0. */
const BODY_START = 1;
/**
 * A vertical tab is Docs' line break inside a paragraph (what Shift+Enter types, and what documents.get shows
 * for one); insertText keeps it (it strips U+000C–U+001F, not U+000B). A `\n` in a run so stays one paragraph:
 * a cell stays one cell paragraph and a list item one item.
 */
const LINE_BREAK = '\u000b';
const REPLACEMENT = '\ufffd';

/** The paragraph fields a deleted bullet leaves behind (it indents the paragraph to keep its place). */
const RESET_PARAGRAPH_FIELDS = 'namedStyleType,indentStart,indentFirstLine';

interface Span {
  readonly from: number;
  readonly to: number;
}

interface Paragraph {
  readonly kind: 'paragraph';
  /** Text without its newline, list items behind their nesting tabs. */
  readonly text: string;
  readonly style: NamedStyleType;
  /** Bold stretches, offsets into `text`. */
  readonly bold: readonly Span[];
  /** Index into the layout's bullet groups, for list items. */
  readonly group?: number;
  /** Made by the API rather than written: between two tables, or last in the body after a table. */
  readonly implicit?: boolean;
}

interface Table {
  readonly kind: 'table';
  /** Header row first; every row as wide as the widest. */
  readonly cells: readonly (readonly string[])[];
  /** The status of each body cell, indexed like `cells.slice(1)`, when the block gives any. */
  readonly statuses?: readonly (readonly (CellStatus | null)[])[];
}

type Element = Paragraph | Table;

/** A run of list paragraphs that shares one createParagraphBullets request. */
interface BulletGroup {
  readonly preset: BulletPreset;
  readonly first: number;
  last: number;
  /** Leading tabs in the group, which the request removes. */
  tabs: number;
}

/**
 * Text as the API will keep it: it strips U+0000–U+0008, U+000C–U+001F and the BMP private use area from
 * inserted text (rules-behavior, "Insert text"), so they are dropped here to keep every index true; `\n` becomes
 * a line break; a lone surrogate half, which no UTF-16 text may hold, becomes U+FFFD (same length).
 */
export function docsText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) out += LINE_BREAK;
    else if (code <= 0x08 || (code >= 0x0c && code <= 0x1f) || (code >= 0xe000 && code <= 0xf8ff)) continue;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else out += REPLACEMENT;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += REPLACEMENT;
    else out += text[i];
  }
  return out;
}

/** A paragraph's text and bold stretches; a list item's leading tabs become spaces, or they would nest it. */
function runsText(runs: readonly TextRun[], listItem: boolean): { text: string; bold: Span[] } {
  let text = '';
  const bold: Span[] = [];
  for (const run of runs) {
    const part = docsText(run.text);
    if (run.bold && part.length > 0) {
      const last = bold[bold.length - 1];
      if (last && last.to === text.length)
        bold[bold.length - 1] = { from: last.from, to: text.length + part.length };
      else bold.push({ from: text.length, to: text.length + part.length });
    }
    text += part;
  }
  if (listItem) text = text.replace(/^\t+/, (tabs) => ' '.repeat(tabs.length));
  return { text, bold };
}

const shifted = (spans: readonly Span[], by: number): Span[] =>
  spans.map((span) => ({ from: span.from + by, to: span.to + by }));

const chartPlaceholder = (doc: ReportDocument, chart: ChartBlock): string =>
  t(doc.language, reportMessages.chartPlaceholder, { title: chart.title });

/**
 * The paragraphs the batch writes for charts, in body order, each with the text it holds once written (as
 * `Paragraph.getText()` reads it): the Apps Script shell finds the n-th body paragraph whose whole text is the
 * n-th placeholder's and puts the chart's image there.
 */
export function docsChartPlaceholders(
  doc: ReportDocument,
): { readonly chart: ChartBlock; readonly text: string }[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'chart' ? [{ chart: b, text: docsText(chartPlaceholder(doc, b)) }] : [],
  );
}

/** The report as the sequence of body elements it becomes, and the bullet groups of its lists. */
function layout(doc: ReportDocument): { elements: Element[]; groups: BulletGroup[] } {
  const elements: Element[] = [];
  const groups: BulletGroup[] = [];
  const paragraph = (text: string, style: NamedStyleType, bold: readonly Span[] = []): void => {
    elements.push({ kind: 'paragraph', text, style, bold });
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
      const { text, bold } = runsText(item.runs, true);
      elements.push({
        kind: 'paragraph',
        text: '\t'.repeat(tabs) + text,
        style: 'NORMAL_TEXT',
        bold: shifted(bold, tabs),
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
        const { text, bold } = runsText(b.runs, false);
        paragraph(text, 'NORMAL_TEXT', bold);
        break;
      }
      case 'list':
        if (b.items.length > 0 && endsWithListItem()) paragraph('', 'NORMAL_TEXT');
        list(b, 0, false, true);
        break;
      case 'chart':
        paragraph(docsText(chartPlaceholder(doc, b)), 'NORMAL_TEXT');
        break;
      case 'table': {
        const columns = Math.max(b.header.length, ...b.rows.map((row) => row.length));
        // insertTable needs at least one column; a table with none has nothing to show.
        if (columns === 0) break;
        const row = (cells: readonly string[]): string[] =>
          Array.from({ length: columns }, (_, c) => docsText(cells[c] ?? ''));
        const statuses = b.statuses;
        elements.push({
          kind: 'table',
          cells: [row(b.header), ...b.rows.map(row)],
          ...(statuses
            ? {
                statuses: b.rows.map((_, r) =>
                  Array.from({ length: columns }, (_, c) => statuses[r]?.[c] ?? null),
                ),
              }
            : {}),
        });
        break;
      }
    }
  };

  paragraph(docsText(doc.title), 'TITLE');
  for (const b of doc.blocks) block(b);

  // A table is always followed by a paragraph: an empty one between two tables and at the end of the body.
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

/** Where a table's cell paragraphs sit once written, row by row. */
function cellStarts(table: Table, start: number): number[][] {
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

const tableSize = (table: Table): number =>
  2 + table.cells.reduce((sum, row) => sum + 1 + row.reduce((s, cell) => s + cell.length + 2, 0), 0);

const size = (element: Element): number =>
  element.kind === 'table' ? tableSize(element) : element.text.length + 1;

const range = (startIndex: number, endIndex: number, segmentId?: string): DocsRange =>
  segmentId === undefined ? { startIndex, endIndex } : { startIndex, endIndex, segmentId };

const location = (index: number, segmentId?: string): DocsLocation =>
  segmentId === undefined ? { index } : { index, segmentId };

const insertText = (index: number, text: string, segmentId?: string): DocsContentRequest => ({
  insertText: { location: location(index, segmentId), text },
});

const deleteRange = (from: number, to: number, segmentId?: string): DocsContentRequest => ({
  deleteContentRange: { range: range(from, to, segmentId) },
});

/** `RRGGBB` as the API's 0–1 components. */
const rgb = (hex: string): DocsRgbColor => {
  const part = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return { red: part(0), green: part(2), blue: part(4) };
};

/** One updateTableCellStyle per run of adjacent cells of the same status in a body row. */
function shading(table: Table, tableStart: number): DocsRequest[] {
  const requests: DocsRequest[] = [];
  (table.statuses ?? []).forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const status = row[c];
      let span = 1;
      while (c + span < row.length && row[c + span] === status) span++;
      const fill = status === null ? undefined : STATUS_FILLS[status];
      if (fill !== undefined) {
        requests.push({
          updateTableCellStyle: {
            tableRange: {
              tableCellLocation: {
                tableStartLocation: location(tableStart),
                rowIndex: r + 1,
                columnIndex: c,
              },
              rowSpan: 1,
              columnSpan: span,
            },
            tableCellStyle: { backgroundColor: { color: { rgbColor: rgb(fill) } } },
            fields: 'backgroundColor',
          },
        });
      }
      c += span;
    }
  });
  return requests;
}

const bold = (from: number, to: number): DocsRequest => ({
  updateTextStyle: { range: range(from, to), textStyle: { bold: true }, fields: 'bold' },
});

/** Every text style of the range back to its paragraph style's ("*" lists every field; unset means reset). */
const resetTextStyle = (from: number, to: number, segmentId?: string): DocsContentRequest => ({
  updateTextStyle: { range: range(from, to, segmentId), textStyle: {}, fields: '*' },
});

function checkIndex(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be an integer ≥ ${min}: ${value}`);
}

/**
 * The requests that replace the Doc's content with `doc`: body first, then the page header's text when the
 * Doc has a header. A Doc without one gets a createHeader last instead: the header's id comes back only in
 * that request's reply, which later requests of the same batch cannot name, so its text needs a second small
 * batch (`createsHeader`, `docsHeaderRequests`). Until that lands the Doc has an empty header and a complete
 * body; the next run finds the header and writes its text in the one batch.
 */
export function docsRequests(doc: ReportDocument, target: DocsTarget): DocsBatch {
  checkIndex('bodyEndIndex', target.bodyEndIndex, BODY_START + 1);
  const { elements, groups } = layout(doc);
  const requests: DocsRequest[] = [];

  // 1. Clear.
  if (target.bodyEndIndex > BODY_START + 1) requests.push(deleteRange(BODY_START, target.bodyEndIndex - 1));
  const survivor = range(BODY_START, BODY_START + 1);
  requests.push(
    { deleteParagraphBullets: { range: survivor } },
    {
      updateParagraphStyle: {
        range: survivor,
        paragraphStyle: { namedStyleType: 'NORMAL_TEXT' },
        fields: RESET_PARAGRAPH_FIELDS,
      },
    },
    resetTextStyle(BODY_START, BODY_START + 1),
  );

  // Final positions, before the bullets remove tabs: each element right after the one before it. The last
  // written paragraph ends with the body's own final newline, every other paragraph with one of its own.
  const starts: number[] = [];
  let next = BODY_START;
  for (const element of elements) {
    starts.push(next);
    next += size(element);
  }

  // 2. Text: written paragraphs joined by newlines; a table goes at the end of the text before it.
  const written = elements.filter((e): e is Paragraph => e.kind === 'paragraph' && !e.implicit);
  const text = written.map((p) => p.text).join('\n');
  if (text.length > 0) requests.push(insertText(BODY_START, text));

  // 3. Tables, last first.
  const anchors: number[] = [];
  let textEnd = BODY_START;
  let offset = BODY_START;
  for (const element of elements) {
    if (element.kind === 'table') anchors.push(textEnd);
    else if (!element.implicit) {
      textEnd = offset + element.text.length;
      offset = textEnd + 1;
    }
  }
  const tables = elements.flatMap((e, i) => (e.kind === 'table' ? [{ table: e, index: i }] : []));
  for (let t = tables.length - 1; t >= 0; t--) {
    const { table, index } = tables[t];
    const at = anchors[t];
    const columns = table.cells[0].length;
    requests.push({ insertTable: { location: location(at), rows: table.cells.length, columns } });
    const tableStart = at + 1;
    for (let r = table.cells.length - 1; r >= 0; r--) {
      for (let c = columns - 1; c >= 0; c--) {
        const cell = table.cells[r][c];
        if (cell.length > 0) requests.push(insertText(tableStart + 3 + r * (2 * columns + 1) + 2 * c, cell));
      }
    }
    // The paragraph's old newline, now alone after the table, goes unless the layout keeps one there.
    const after = elements[index + 1];
    if (after.kind === 'paragraph' && !after.implicit) {
      const leftover = tableStart + tableSize(table);
      requests.push(deleteRange(leftover, leftover + 1));
    }
  }

  // 4. Styles.
  elements.forEach((element, i) => {
    const start = starts[i];
    if (element.kind === 'table') {
      const header = cellStarts(element, start)[0];
      element.cells[0].forEach((cell, c) => {
        if (cell.length > 0) requests.push(bold(header[c], header[c] + cell.length));
      });
      requests.push(...shading(element, start));
      return;
    }
    if (element.style !== 'NORMAL_TEXT') {
      requests.push({
        updateParagraphStyle: {
          range: range(start, start + element.text.length + 1),
          paragraphStyle: { namedStyleType: element.style },
          fields: 'namedStyleType',
        },
      });
    }
    for (const span of element.bold) requests.push(bold(start + span.from, start + span.to));
  });

  // 5. Bullets, first to last, each range moved back by the tabs the ones before it removed.
  let removed = 0;
  for (const group of groups) {
    const from = starts[group.first] - removed;
    const to = starts[group.last] + size(elements[group.last]) - removed;
    requests.push({ createParagraphBullets: { range: range(from, to), bulletPreset: group.preset } });
    removed += group.tabs;
  }

  // 6. Header.
  const header = target.header;
  requests.push(
    ...(header
      ? docsHeaderRequests(doc.headerText, header)
      : [{ createHeader: { type: 'DEFAULT' } } as const]),
  );
  return { requests, createsHeader: header === undefined };
}

/** Replaces a header's text (header indices start at 0) with `text`, plain. */
export function docsHeaderRequests(text: string, header: DocsHeader): DocsContentRequest[] {
  checkIndex('header endIndex', header.endIndex, 1);
  const content = docsText(text);
  const requests: DocsContentRequest[] = [];
  if (header.endIndex > 1) requests.push(deleteRange(0, header.endIndex - 1, header.id));
  requests.push(resetTextStyle(0, 1, header.id));
  if (content.length > 0) requests.push(insertText(0, content, header.id));
  return requests;
}

/** The id in a createHeader reply: `replies` as a batchUpdate returned them. */
export function createdHeaderId(replies: readonly (object | undefined)[] | undefined): string | undefined {
  for (const reply of replies ?? []) {
    const id = (reply as { createHeader?: { headerId?: unknown } } | undefined)?.createHeader?.headerId;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

interface ElementShape {
  readonly endIndex?: number | null;
}

interface SegmentShape {
  readonly content?: readonly ElementShape[] | null;
}

/** The parts of a `documents.get` response the writer needs (structurally the REST `Document`). */
export interface DocsDocumentShape {
  readonly body?: SegmentShape | null;
  readonly documentStyle?: { readonly defaultHeaderId?: string | null } | null;
  /** Keyed by header id (typed `object`, as Apps Script's typings have it). */
  readonly headers?: object | null;
}

const endOf = (segment: SegmentShape | null | undefined): number | undefined =>
  segment?.content?.[segment.content.length - 1]?.endIndex ?? undefined;

/** What `docsRequests` needs to know about a Doc, read from one `documents.get`. */
export function docsTarget(document: DocsDocumentShape): DocsTarget {
  const bodyEndIndex = endOf(document.body) ?? BODY_START + 1;
  const id = document.documentStyle?.defaultHeaderId;
  if (!id) return { bodyEndIndex };
  const header = (
    document.headers as Readonly<Record<string, SegmentShape | undefined>> | null | undefined
  )?.[id];
  return { bodyEndIndex, header: { id, endIndex: endOf(header) ?? 1 } };
}
