// In-memory Google Docs document for Docs API v1 batchUpdate requests: a body and headers indexed as the API
// indexes them, each request checked as the API checks it (the first bad one rejects the batch, nothing applied),
// read back as the REST `Document` documents.get returns and as an outline comparable with a ReportDocument.
//
// A segment is held flat, one unit per index, as the API counts them:
//   body: index 0 is the section break, content starts at 1; a header starts at 0;
//   a paragraph is its UTF-16 code units and a newline, the newline carrying the paragraph's style and bullet,
//     so a deletion across paragraphs keeps the style of the last one it touches (the API says only that such
//     a deletion "may result in changes to paragraph styles, lists"; the writer resets what survives anyway);
//   a table is one index at its start, one per row, one per cell, the cells' paragraphs, and one at its end:
//     an empty 2×2 table at S ends at S + 12 (developers.google.com/workspace/docs/api/how-tos/tables).
//
// Rules applied (developers.google.com/workspace/docs/api/concepts/rules-behavior and the Request reference):
//   insertText / insertTable only inside an existing paragraph (not at a table's, row's or cell's own index) and
//     before the segment's end; new paragraphs copy the style and bullet of the paragraph inserted into, new text
//     the bold of the character before (or, at a paragraph's start, of the one at the index); U+0000–U+0008,
//     U+000C–U+001F and U+E000–U+F8FF are stripped from inserted text; insertTable puts a newline before the
//     table, whose cells copy the named style of the paragraph inserted into;
//   updateTableCellStyle addresses cells by a table's own start index (a tableStartLocation that is not one is
//     refused) and a row and column inside it, rowSpan × columnSpan cells from there (or every cell, given a
//     tableStartLocation instead of a tableRange); the model sets only backgroundColor, kept on the cell;
//   deleteContentRange never deletes the segment's last newline, a cell's last newline, the newline before a
//     table, part of a table, or half a surrogate pair;
//   createParagraphBullets counts and removes each paragraph's leading tabs as its nesting level and joins the
//     list of the paragraph just before when that list has the same preset; deleteParagraphBullets indents
//     what it unbullets; "fields" lists what an update sets, a listed field left unset is reset, "*" lists all.
//
// What the model does not represent: named styles' own look (a TITLE is not bold here), text styles other than
// bold and a link's url (kept and read back in textStyle.link, not in the outline), cell styles other than the background colour, merged cells, paragraph styles other than namedStyleType
// and the two indents, list glyphs beyond ordered/unordered, tabs (document tabs), suggestions, nested tables
// (refused), inserting inside a grapheme cluster (refused where it would split a surrogate pair; the API moves
// such an insertion after the cluster instead), and re-bulleting a paragraph that already has a bullet
// (refused), footers, footnotes and section breaks past the first. A created header holds one empty paragraph, [0, 1). Error wording follows the API where known (the
// index and insertion-bounds messages); the rest is worded alike but not copied from the API.

import type { CellStatus } from '../../src/core/layout/document';
import { STATUS_FILLS } from '../../src/core/render/status-colours';

type SchemaDocument = GoogleAppsScript.Docs.Schema.Document;
type SchemaElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type SchemaParagraph = GoogleAppsScript.Docs.Schema.Paragraph;

const NAMED_STYLES = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
] as const;
type NamedStyle = (typeof NAMED_STYLES)[number];

/** BulletGlyphPreset values of the API. */
const BULLET_PRESETS = [
  'BULLET_DISC_CIRCLE_SQUARE',
  'BULLET_DIAMONDX_ARROW3D_SQUARE',
  'BULLET_CHECKBOX',
  'BULLET_ARROW_DIAMOND_DISC',
  'BULLET_STAR_CIRCLE_SQUARE',
  'BULLET_ARROW3D_CIRCLE_SQUARE',
  'BULLET_LEFTTRIANGLE_DIAMOND_DISC',
  'BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE',
  'BULLET_DIAMOND_CIRCLE_SQUARE',
  'NUMBERED_DECIMAL_ALPHA_ROMAN',
  'NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS',
  'NUMBERED_DECIMAL_NESTED',
  'NUMBERED_UPPERALPHA_ALPHA_ROMAN',
  'NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL',
  'NUMBERED_ZERODECIMAL_ALPHA_ROMAN',
];

const MAX_NESTING = 8;
/** What deleteParagraphBullets leaves per former nesting level, in points (the API keeps the look). */
const INDENT_STEP = 36;

interface Bullet {
  listId: string;
  nestingLevel: number;
}

interface ParagraphProps {
  namedStyleType: NamedStyle;
  indentStart?: number;
  indentFirstLine?: number;
  bullet?: Bullet;
}

type Marker = 'sectionBreak' | 'tableStart' | 'rowStart' | 'tableEnd';

interface Rgb {
  red: number;
  green: number;
  blue: number;
}

/** An inline image DocumentApp placed: one index, like any inline object. */
export interface InlineImageData {
  readonly id: string;
  readonly contentType: string;
  readonly byteLength: number;
  width: number;
  height: number;
  altTitle: string;
}

type Unit =
  /** `link`: the URL of a link the text carries (textStyle.link.url); the outline does not read it. */
  | { kind: 'char'; ch: string; bold?: boolean; link?: string; image?: InlineImageData }
  /** `uid` names the paragraph for DocumentApp handles, which outlive edits that move its indices. */
  | { kind: 'newline'; bold?: boolean; link?: string; paragraph: ParagraphProps; uid?: number }
  /** A cell's own index, which carries the cell's style. */
  | { kind: 'cellStart'; background?: Rgb }
  | { kind: Marker };

type TextUnit = Extract<Unit, { kind: 'char' | 'newline' }>;
type NewlineUnit = Extract<Unit, { kind: 'newline' }>;

interface Segment {
  /** '' for the body. */
  readonly id: string;
  /** The first index content may use: 1 in the body, 0 in a header. */
  readonly start: number;
  units: Unit[];
}

interface State {
  body: Segment;
  headers: Map<string, Segment>;
  defaultHeaderId?: string;
  lists: Map<string, { preset: string }>;
  nextList: number;
  nextHeader: number;
  nextObject: number;
  nextParagraphUid: number;
}

/** A request the API would refuse: `Invalid requests[i].kind: why`. */
export class DocsRequestError extends Error {
  constructor(
    readonly index: number,
    readonly kind: string,
    readonly reason: string,
  ) {
    super(`Invalid requests[${index}].${kind}: ${reason}`);
    this.name = 'DocsRequestError';
  }
}

/** Thrown inside one request; the batch adds which request it was. */
class Refusal extends Error {}

const isText = (unit: Unit | undefined): unit is TextUnit =>
  unit?.kind === 'char' || unit?.kind === 'newline';
const isChar = (unit: Unit | undefined, ch?: string): boolean =>
  unit?.kind === 'char' && (ch === undefined || unit.ch === ch);
const isHigh = (unit: Unit | undefined): boolean =>
  unit?.kind === 'char' && unit.ch.charCodeAt(0) >= 0xd800 && unit.ch.charCodeAt(0) <= 0xdbff;
const isLow = (unit: Unit | undefined): boolean =>
  unit?.kind === 'char' && unit.ch.charCodeAt(0) >= 0xdc00 && unit.ch.charCodeAt(0) <= 0xdfff;
const splitsPair = (units: Unit[], index: number): boolean => isHigh(units[index - 1]) && isLow(units[index]);

const copyProps = (props: ParagraphProps): ParagraphProps => ({
  ...props,
  ...(props.bullet ? { bullet: { ...props.bullet } } : {}),
});

/** The code units the API keeps of inserted text. */
const keptText = (text: string): string =>
  Array.from({ length: text.length }, (_, i) => text[i])
    .filter((unit) => {
      const code = unit.charCodeAt(0);
      return !(code <= 0x08 || (code >= 0x0c && code <= 0x1f) || (code >= 0xe000 && code <= 0xf8ff));
    })
    .join('');

interface ParagraphSpan {
  /** First index of the paragraph. */
  start: number;
  /** Index of its newline. */
  newline: number;
}

/** Every paragraph of the segment, those in table cells included, in index order. */
function paragraphsOf(segment: Segment): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  let start = -1;
  segment.units.forEach((unit, i) => {
    if (unit.kind === 'char') {
      if (start < 0) start = i;
    } else if (unit.kind === 'newline') {
      spans.push({ start: start < 0 ? i : start, newline: i });
      start = -1;
    } else start = -1;
  });
  return spans;
}

const newlineAt = (segment: Segment, span: ParagraphSpan): NewlineUnit =>
  segment.units[span.newline] as NewlineUnit;

/** A paragraph's text as DocumentApp's getText reads it: inline images are not text. */
const spanText = (units: Unit[], span: ParagraphSpan): string =>
  units
    .slice(span.start, span.newline)
    .map((u) => (u.kind === 'char' && !u.image ? u.ch : ''))
    .join('');

/** The table around a structural index: where it starts and the index of its end marker. */
function tableAround(units: Unit[], index: number): { start: number; end: number } {
  let depth = 0;
  let start = index;
  for (let i = index; i >= 0; i--) {
    const kind = units[i].kind;
    if (kind === 'tableEnd' && i !== index) depth++;
    if (kind === 'tableStart') {
      if (depth === 0) {
        start = i;
        break;
      }
      depth--;
    }
  }
  depth = 0;
  for (let i = start + 1; i < units.length; i++) {
    const kind = units[i].kind;
    if (kind === 'tableStart') depth++;
    if (kind === 'tableEnd') {
      if (depth === 0) return { start, end: i };
      depth--;
    }
  }
  throw new Error(`model corrupt: table at ${start} has no end`);
}

const inCell = (units: Unit[], index: number): boolean => {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (units[i].kind === 'tableEnd') depth++;
    if (units[i].kind === 'tableStart') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
};

/** Invariants every request must leave: catches a model bug before it passes for a writer bug. */
function checkSegment(segment: Segment): void {
  const { units } = segment;
  const last = units[units.length - 1];
  if (last?.kind !== 'newline')
    throw new Error(`model corrupt: segment ${segment.id || 'body'} does not end with a newline`);
  if (segment.id === '' && units[0]?.kind !== 'sectionBreak')
    throw new Error('model corrupt: body lost its section break');
  units.forEach((unit, i) => {
    if (unit.kind === 'tableStart' && units[i - 1]?.kind !== 'newline') {
      throw new Error(`model corrupt: table at ${i} does not follow a paragraph`);
    }
    if (unit.kind === 'tableEnd' && !isText(units[i + 1]))
      throw new Error(`model corrupt: table ending at ${i} has no paragraph after it`);
    if (unit.kind === 'cellStart' && !isText(units[i + 1]))
      throw new Error(`model corrupt: empty cell at ${i}`);
  });
}

export interface DocsModelOptions {
  readonly documentId?: string;
  readonly title?: string;
}

/** One Doc: a new one holds a body of one empty paragraph, [1, 2), and no header. */
export class DocsModel {
  readonly documentId: string;
  title: string;
  private state: State;

  constructor(options: DocsModelOptions = {}) {
    this.documentId = options.documentId ?? 'doc-1';
    this.title = options.title ?? 'Untitled document';
    this.state = {
      body: {
        id: '',
        start: 1,
        units: [{ kind: 'sectionBreak' }, { kind: 'newline', paragraph: { namedStyleType: 'NORMAL_TEXT' } }],
      },
      headers: new Map(),
      lists: new Map(),
      nextList: 1,
      nextHeader: 1,
      nextObject: 1,
      nextParagraphUid: 1,
    };
  }

  /** Applies the requests in order, or none of them: returns one reply per request, as batchUpdate does. */
  batchUpdate(requests: readonly unknown[]): object[] {
    const draft: State = structuredClone(this.state);
    const replies = requests.map((request, i) => {
      const [kind, body] = this.kindOf(request, i);
      try {
        const reply = apply(draft, kind, body);
        checkSegment(draft.body);
        for (const header of draft.headers.values()) checkSegment(header);
        return reply;
      } catch (error) {
        if (error instanceof Refusal) throw new DocsRequestError(i, kind, error.message);
        throw error;
      }
    });
    this.state = draft;
    return replies;
  }

  private kindOf(request: unknown, i: number): [string, Record<string, unknown>] {
    const keys = request !== null && typeof request === 'object' ? Object.keys(request) : [];
    if (keys.length !== 1) {
      throw new DocsRequestError(
        i,
        'request',
        `a request holds exactly one kind of update, got ${keys.join(', ') || 'none'}.`,
      );
    }
    const body = (request as Record<string, unknown>)[keys[0]];
    if (body === null || typeof body !== 'object')
      throw new DocsRequestError(i, keys[0], 'the request is empty.');
    return [keys[0], body as Record<string, unknown>];
  }

  /** The Doc as documents.get returns it (body, headers, lists, default header). */
  document(): SchemaDocument {
    const { state } = this;
    const headers: Record<string, GoogleAppsScript.Docs.Schema.Header> = {};
    for (const [id, header] of state.headers)
      headers[id] = { headerId: id, content: elementsOf(header.units, 0, header.units.length) };
    const lists: Record<string, GoogleAppsScript.Docs.Schema.List> = {};
    for (const [id, list] of state.lists)
      lists[id] = { listProperties: { nestingLevels: nestingLevels(list.preset) } };
    const inlineObjects: Record<string, GoogleAppsScript.Docs.Schema.InlineObject> = {};
    for (const unit of state.body.units) {
      if (unit.kind !== 'char' || !unit.image) continue;
      const { id, width, height, altTitle } = unit.image;
      const size = { width: { magnitude: width, unit: 'PT' }, height: { magnitude: height, unit: 'PT' } };
      inlineObjects[id] = {
        objectId: id,
        inlineObjectProperties: { embeddedObject: { title: altTitle, size, imageProperties: {} } },
      };
    }
    return {
      documentId: this.documentId,
      title: this.title,
      inlineObjects,
      body: { content: elementsOf(state.body.units, 0, state.body.units.length) },
      headers,
      lists,
      documentStyle: state.defaultHeaderId ? { defaultHeaderId: state.defaultHeaderId } : {},
    };
  }

  // ---- DocumentApp's view: paragraphs by handle, text, inline images (applied at once, not batched) ----

  /** Every body paragraph, those in table cells included, in order, each with a handle that survives edits. */
  paragraphs(): { uid: number; text: string }[] {
    const { body } = this.state;
    return paragraphsOf(body).map((span) => ({ uid: this.uidOf(span), text: spanText(body.units, span) }));
  }

  paragraphText(uid: number): string {
    return spanText(this.state.body.units, this.spanOf(uid));
  }

  /** Text.removeFromParent on a paragraph's only run: its text goes, its inline images stay. */
  removeText(uid: number): void {
    const span = this.spanOf(uid);
    const units = this.state.body.units;
    const kept = units.slice(span.start, span.newline).filter((u) => u.kind === 'char' && u.image);
    units.splice(span.start, span.newline - span.start, ...kept);
  }

  /** Paragraph.appendInlineImage: one inline object just before the paragraph's newline. */
  appendImage(uid: number, image: Omit<InlineImageData, 'id'>): InlineImageData {
    const span = this.spanOf(uid);
    const data = { ...image, id: `kix.image${this.state.nextObject++}` };
    this.state.body.units.splice(span.newline, 0, { kind: 'char', ch: '\ufffc', image: data });
    return data;
  }

  private uidOf(span: ParagraphSpan): number {
    const newline = newlineAt(this.state.body, span);
    newline.uid ??= this.state.nextParagraphUid++;
    return newline.uid;
  }

  private spanOf(uid: number): ParagraphSpan {
    const span = paragraphsOf(this.state.body).find((p) => newlineAt(this.state.body, p).uid === uid);
    if (!span) throw new Error('Exception: The element has been removed from the document.');
    return span;
  }
}

function nestingLevels(preset: string): GoogleAppsScript.Docs.Schema.NestingLevel[] {
  const numbered = preset.startsWith('NUMBERED_');
  const glyphTypes = preset === 'NUMBERED_DECIMAL_ALPHA_ROMAN' ? ['DECIMAL', 'ALPHA', 'ROMAN'] : ['DECIMAL'];
  const symbols = ['●', '○', '■'];
  return Array.from({ length: MAX_NESTING + 1 }, (_, level) =>
    numbered
      ? { glyphType: glyphTypes[level % glyphTypes.length], glyphFormat: `%${level}.` }
      : { glyphSymbol: symbols[level % symbols.length] },
  );
}

// ---- requests ----

function segmentOf(state: State, segmentId: unknown): Segment {
  if (segmentId === undefined || segmentId === '') return state.body;
  const header = typeof segmentId === 'string' ? state.headers.get(segmentId) : undefined;
  if (!header) throw new Refusal(`The segment ID ${String(segmentId)} was not found.`);
  return header;
}

function integer(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Refusal(`${name} must be an integer.`);
  return value;
}

/** Where insertText / insertTable go: `location` or `endOfSegmentLocation` (just before the final newline). */
function insertionPoint(state: State, body: Record<string, unknown>): { segment: Segment; index: number } {
  const end = body.endOfSegmentLocation as { segmentId?: unknown } | undefined;
  if (end) {
    const segment = segmentOf(state, end.segmentId);
    return { segment, index: segment.units.length - 1 };
  }
  const location = body.location as { index?: unknown; segmentId?: unknown } | undefined;
  if (!location) throw new Refusal('A location or endOfSegmentLocation must be set.');
  const segment = segmentOf(state, location.segmentId);
  const index = integer(location.index, 'Index');
  if (index >= segment.units.length) {
    throw new Refusal(
      `Index ${index} must be less than the end index of the referenced segment, ${segment.units.length}.`,
    );
  }
  if (index < segment.start) {
    throw new Refusal(
      `Index ${index} must be greater than or equal to the start index of the referenced segment, ${segment.start}.`,
    );
  }
  if (!isText(segment.units[index])) {
    throw new Refusal(
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  }
  if (splitsPair(segment.units, index)) throw new Refusal(`Index ${index} splits a surrogate pair.`);
  return { segment, index };
}

function rangeOf(
  state: State,
  body: Record<string, unknown>,
): { segment: Segment; from: number; to: number } {
  const range = body.range as { startIndex?: unknown; endIndex?: unknown; segmentId?: unknown } | undefined;
  if (!range) throw new Refusal('A range must be set.');
  const segment = segmentOf(state, range.segmentId);
  const from = integer(range.startIndex, 'The start index');
  const to = integer(range.endIndex, 'The end index');
  if (from < segment.start) {
    throw new Refusal(
      `Index ${from} must be greater than or equal to the start index of the referenced segment, ${segment.start}.`,
    );
  }
  if (to > segment.units.length) {
    throw new Refusal(
      `Index ${to} must be less than or equal to the end index of the referenced segment, ${segment.units.length}.`,
    );
  }
  if (to === from) throw new Refusal('The range should not be empty.');
  if (to < from) throw new Refusal('The end index of the range must be greater than its start index.');
  return { segment, from, to };
}

function fieldsOf(body: Record<string, unknown>, known: readonly string[]): string[] {
  if (typeof body.fields !== 'string' || body.fields.trim() === '')
    throw new Refusal('At least one field must be specified.');
  const fields = body.fields.split(',').map((field) => field.trim());
  if (fields.includes('*')) return [...known];
  for (const field of fields) {
    if (!known.includes(field)) throw new Refusal(`The model does not know the field "${field}".`);
  }
  return fields;
}

const overlapping = (segment: Segment, from: number, to: number): ParagraphSpan[] =>
  paragraphsOf(segment).filter((span) => span.start < to && span.newline + 1 > from);

type Reply = Record<string, unknown>;

function apply(state: State, kind: string, body: Record<string, unknown>): Reply {
  switch (kind) {
    case 'insertText':
      return insertText(state, body);
    case 'deleteContentRange':
      return deleteContentRange(state, body);
    case 'insertTable':
      return insertTable(state, body);
    case 'updateParagraphStyle':
      return updateParagraphStyle(state, body);
    case 'updateTextStyle':
      return updateTextStyle(state, body);
    case 'createParagraphBullets':
      return createParagraphBullets(state, body);
    case 'deleteParagraphBullets':
      return deleteParagraphBullets(state, body);
    case 'updateTableCellStyle':
      return updateTableCellStyle(state, body);
    case 'createHeader':
      return createHeader(state, body);
    default:
      throw new Refusal(`The model does not implement ${kind}.`);
  }
}

function insertText(state: State, body: Record<string, unknown>): Reply {
  if (typeof body.text !== 'string') throw new Refusal('The text must be a string.');
  const { segment, index } = insertionPoint(state, body);
  const text = keptText(body.text);
  const { units } = segment;
  const props = newlineAt(
    segment,
    paragraphsOf(segment).find((span) => span.newline >= index) as ParagraphSpan,
  ).paragraph;
  const before = units[index - 1];
  const at = units[index] as TextUnit;
  const bold = before?.kind === 'char' ? before.bold : at.bold;
  const inserted: Unit[] = Array.from({ length: text.length }, (_, i) =>
    text[i] === '\n'
      ? { kind: 'newline', ...(bold === undefined ? {} : { bold }), paragraph: copyProps(props) }
      : { kind: 'char', ch: text[i], ...(bold === undefined ? {} : { bold }) },
  );
  units.splice(index, 0, ...inserted);
  return {};
}

function deleteContentRange(state: State, body: Record<string, unknown>): Reply {
  const { segment, from, to } = rangeOf(state, body);
  const { units } = segment;
  if (to === units.length)
    throw new Refusal('The range cannot include the newline character at the end of the segment.');
  if (splitsPair(units, from) || splitsPair(units, to))
    throw new Refusal('The range cannot delete one code unit of a surrogate pair.');
  const wholeTable = (index: number): boolean => {
    const table = tableAround(units, index);
    return from <= table.start && table.end < to;
  };
  for (let i = from; i < to; i++) {
    const unit = units[i];
    if (unit.kind === 'sectionBreak') throw new Refusal('The range cannot include a section break.');
    if (unit.kind !== 'char' && unit.kind !== 'newline' && !wholeTable(i)) {
      throw new Refusal(
        'The range cannot delete the start, end, rows or cells of a table without deleting the whole table.',
      );
    }
    if (unit.kind === 'newline') {
      const next = units[i + 1]?.kind;
      if ((next === 'cellStart' || next === 'rowStart' || next === 'tableEnd') && !wholeTable(i + 1)) {
        throw new Refusal('The range cannot include the last newline of a table cell.');
      }
      if (next === 'tableStart' && !wholeTable(i + 1)) {
        throw new Refusal('The range cannot include the newline before a table without deleting the table.');
      }
    }
  }
  units.splice(from, to - from);
  return {};
}

function insertTable(state: State, body: Record<string, unknown>): Reply {
  const rows = integer(body.rows, 'rows');
  const columns = integer(body.columns, 'columns');
  if (rows < 1 || columns < 1) throw new Refusal('A table must have at least one row and one column.');
  const { segment, index } = insertionPoint(state, body);
  if (inCell(segment.units, index)) throw new Refusal('The model does not nest tables.');
  const props = newlineAt(
    segment,
    paragraphsOf(segment).find((span) => span.newline >= index) as ParagraphSpan,
  ).paragraph;
  const cell = (): Unit[] => [
    { kind: 'cellStart' },
    { kind: 'newline', paragraph: { namedStyleType: props.namedStyleType } },
  ];
  const table: Unit[] = [
    { kind: 'newline', paragraph: copyProps(props) },
    { kind: 'tableStart' },
    ...Array.from({ length: rows }, (): Unit[] => [
      { kind: 'rowStart' },
      ...Array.from({ length: columns }, cell).flat(),
    ]).flat(),
    { kind: 'tableEnd' },
  ];
  segment.units.splice(index, 0, ...table);
  return {};
}

function updateParagraphStyle(state: State, body: Record<string, unknown>): Reply {
  const { segment, from, to } = rangeOf(state, body);
  const fields = fieldsOf(body, ['namedStyleType', 'indentStart', 'indentFirstLine']);
  const style = (body.paragraphStyle ?? {}) as {
    namedStyleType?: unknown;
    indentStart?: { magnitude?: unknown };
    indentFirstLine?: { magnitude?: unknown };
  };
  if (style.namedStyleType !== undefined && !NAMED_STYLES.includes(style.namedStyleType as NamedStyle)) {
    throw new Refusal(`Invalid namedStyleType ${String(style.namedStyleType)}.`);
  }
  for (const span of overlapping(segment, from, to)) {
    const props = newlineAt(segment, span).paragraph;
    if (fields.includes('namedStyleType'))
      props.namedStyleType = (style.namedStyleType as NamedStyle) ?? 'NORMAL_TEXT';
    for (const field of ['indentStart', 'indentFirstLine'] as const) {
      if (!fields.includes(field)) continue;
      const magnitude = style[field]?.magnitude;
      if (typeof magnitude === 'number') props[field] = magnitude;
      else delete props[field];
    }
  }
  return {};
}

function updateTextStyle(state: State, body: Record<string, unknown>): Reply {
  const { segment, from, to } = rangeOf(state, body);
  const fields = fieldsOf(body, ['bold', 'link']);
  const style = body.textStyle as { bold?: unknown; link?: { url?: unknown } } | undefined;
  const bold = style?.bold;
  if (bold !== undefined && typeof bold !== 'boolean') throw new Refusal('bold must be a boolean.');
  const url = style?.link?.url;
  if (style?.link !== undefined && (typeof url !== 'string' || !/^https?:\/\//.test(url)))
    throw new Refusal('Invalid link: a link needs a url.');
  for (let i = from; i < to; i++) {
    const unit = segment.units[i];
    if (!isText(unit)) continue;
    if (fields.includes('bold')) {
      if (bold === undefined) delete unit.bold;
      else unit.bold = bold;
    }
    if (fields.includes('link')) {
      if (url === undefined) delete unit.link;
      else unit.link = url as string;
    }
  }
  return {};
}

function createParagraphBullets(state: State, body: Record<string, unknown>): Reply {
  const { segment, from, to } = rangeOf(state, body);
  const preset = body.bulletPreset;
  if (typeof preset !== 'string' || !BULLET_PRESETS.includes(preset)) {
    throw new Refusal(`Invalid bulletPreset ${String(preset)}.`);
  }
  const spans = overlapping(segment, from, to);
  if (spans.length === 0) throw new Refusal('The range holds no paragraph.');
  for (const span of spans) {
    const bullet = newlineAt(segment, span).paragraph.bullet;
    if (bullet)
      throw new Refusal(
        `The model does not re-bullet the paragraph at ${span.start} (list ${bullet.listId}).`,
      );
  }
  const before = segment.units[spans[0].start - 1];
  const joined =
    before?.kind === 'newline' &&
    before.paragraph.bullet &&
    state.lists.get(before.paragraph.bullet.listId)?.preset === preset
      ? before.paragraph.bullet.listId
      : undefined;
  const listId = joined ?? `kix.list.${state.nextList++}`;
  state.lists.set(listId, { preset });
  // Last first, so removing one paragraph's tabs does not move the ones still to do.
  for (const span of [...spans].reverse()) {
    let tabs = 0;
    while (span.start + tabs < span.newline && isChar(segment.units[span.start + tabs], '\t')) tabs++;
    segment.units.splice(span.start, tabs);
    const props = (segment.units[span.newline - tabs] as NewlineUnit).paragraph;
    props.bullet = { listId, nestingLevel: Math.min(tabs, MAX_NESTING) };
  }
  return {};
}

function deleteParagraphBullets(state: State, body: Record<string, unknown>): Reply {
  const { segment, from, to } = rangeOf(state, body);
  for (const span of overlapping(segment, from, to)) {
    const props = newlineAt(segment, span).paragraph;
    if (!props.bullet) continue;
    props.indentStart = INDENT_STEP * (props.bullet.nestingLevel + 1);
    props.indentFirstLine = INDENT_STEP * (props.bullet.nestingLevel + 1);
    delete props.bullet;
  }
  return {};
}

/** The cellStart index of every cell of the table starting at `start`, row by row. */
function cellsOf(units: Unit[], start: number): number[][] {
  const { end } = tableAround(units, start);
  const rows: number[][] = [];
  for (let i = start + 1; i < end; i++) {
    if (units[i].kind === 'rowStart') rows.push([]);
    else if (units[i].kind === 'cellStart') rows[rows.length - 1].push(i);
  }
  return rows;
}

/** The table whose own start index a `Location` names. */
function tableAt(state: State, value: unknown, name: string): { segment: Segment; cells: number[][] } {
  const location = value as { index?: unknown; segmentId?: unknown } | undefined;
  if (!location || typeof location !== 'object') throw new Refusal(`${name} must be set.`);
  const segment = segmentOf(state, location.segmentId);
  const index = integer(location.index, 'Index');
  if (index < segment.start || index >= segment.units.length) {
    throw new Refusal(
      `Index ${index} must be within the bounds of the referenced segment, [${segment.start}, ${segment.units.length}).`,
    );
  }
  if (segment.units[index].kind !== 'tableStart')
    throw new Refusal(`${name} ${index} is not the start index of a table.`);
  return { segment, cells: cellsOf(segment.units, index) };
}

/** A proto int field: an integer, 0 when left out (JSON leaves zeros out). */
function count(value: unknown, name: string): number {
  return value === undefined ? 0 : integer(value, name);
}

/** An `OptionalColor`: an RGB colour, or undefined for none (transparent). Left-out components are 0. */
function optionalColor(value: unknown): Rgb | undefined {
  if (value === undefined) return undefined;
  const color = (value as { color?: unknown } | null)?.color;
  if (color === undefined) return undefined;
  const rgbColor = (color as { rgbColor?: unknown } | null)?.rgbColor as Record<string, unknown> | undefined;
  if (!rgbColor || typeof rgbColor !== 'object') throw new Refusal('A color must set rgbColor.');
  const component = (name: 'red' | 'green' | 'blue'): number => {
    const v = rgbColor[name] ?? 0;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
      throw new Refusal(`rgbColor.${name} must be within [0, 1].`);
    return v;
  };
  return { red: component('red'), green: component('green'), blue: component('blue') };
}

function updateTableCellStyle(state: State, body: Record<string, unknown>): Reply {
  const range = body.tableRange as
    | { tableCellLocation?: Record<string, unknown>; rowSpan?: unknown; columnSpan?: unknown }
    | undefined;
  if ((range === undefined) === (body.tableStartLocation === undefined))
    throw new Refusal('Exactly one of tableRange and tableStartLocation must be set.');
  let segment: Segment;
  let targets: number[];
  if (range === undefined) {
    const table = tableAt(state, body.tableStartLocation, 'tableStartLocation');
    segment = table.segment;
    targets = table.cells.flat();
  } else {
    const cell = range.tableCellLocation;
    if (!cell || typeof cell !== 'object') throw new Refusal('tableRange.tableCellLocation must be set.');
    const table = tableAt(state, cell.tableStartLocation, 'tableStartLocation');
    segment = table.segment;
    const row = count(cell.rowIndex, 'rowIndex');
    const column = count(cell.columnIndex, 'columnIndex');
    const rowSpan = count(range.rowSpan, 'rowSpan');
    const columnSpan = count(range.columnSpan, 'columnSpan');
    if (rowSpan < 1 || columnSpan < 1) throw new Refusal('rowSpan and columnSpan must be at least 1.');
    const rows = table.cells.length;
    if (row < 0 || row + rowSpan > rows)
      throw new Refusal(`Rows ${row} to ${row + rowSpan - 1} are not all in the table's ${rows} rows.`);
    targets = [];
    for (let r = row; r < row + rowSpan; r++) {
      const columns = table.cells[r].length;
      if (column < 0 || column + columnSpan > columns) {
        throw new Refusal(
          `Columns ${column} to ${column + columnSpan - 1} are not all in row ${r}'s ${columns} cells.`,
        );
      }
      targets.push(...table.cells[r].slice(column, column + columnSpan));
    }
  }
  const fields = fieldsOf(body, ['backgroundColor']);
  const style = body.tableCellStyle as { backgroundColor?: unknown } | undefined;
  if (style !== undefined && (style === null || typeof style !== 'object'))
    throw new Refusal('tableCellStyle must be an object.');
  const background = optionalColor(style?.backgroundColor);
  if (!fields.includes('backgroundColor')) return {};
  for (const index of targets) {
    const unit = segment.units[index] as Extract<Unit, { kind: 'cellStart' }>;
    if (background === undefined) delete unit.background;
    else unit.background = { ...background };
  }
  return {};
}

function createHeader(state: State, body: Record<string, unknown>): Reply {
  if (body.type !== 'DEFAULT')
    throw new Refusal(`The model creates DEFAULT headers only, not ${String(body.type)}.`);
  if (body.sectionBreakLocation !== undefined)
    throw new Refusal('The model does not place headers in sections.');
  if (state.defaultHeaderId) throw new Refusal('A header of type DEFAULT already exists.');
  const headerId = `kix.header.${state.nextHeader++}`;
  state.headers.set(headerId, {
    id: headerId,
    start: 0,
    units: [{ kind: 'newline', paragraph: { namedStyleType: 'NORMAL_TEXT' } }],
  });
  state.defaultHeaderId = headerId;
  return { createHeader: { headerId } };
}

// ---- documents.get ----

/** JSON leaves out a zero start index, as the API's output does (`{ endIndex: 1, sectionBreak }`). */
const indices = (startIndex: number, endIndex: number): { startIndex?: number; endIndex: number } =>
  startIndex === 0 ? { endIndex } : { startIndex, endIndex };

function elementsOf(units: Unit[], from: number, to: number): SchemaElement[] {
  const elements: SchemaElement[] = [];
  let i = from;
  while (i < to) {
    const unit = units[i];
    if (unit.kind === 'sectionBreak') {
      elements.push({ ...indices(i, i + 1), sectionBreak: { sectionStyle: {} } });
      i++;
    } else if (unit.kind === 'tableStart') {
      const { end } = tableAround(units, i);
      elements.push({ ...indices(i, end + 1), table: tableOf(units, i, end) });
      i = end + 1;
    } else if (isText(unit)) {
      let newline = i;
      while (units[newline].kind !== 'newline') newline++;
      elements.push({ ...indices(i, newline + 1), paragraph: paragraphOf(units, i, newline) });
      i = newline + 1;
    } else throw new Error(`model corrupt: ${unit.kind} at ${i} outside a table`);
  }
  return elements;
}

function tableOf(units: Unit[], start: number, end: number): GoogleAppsScript.Docs.Schema.Table {
  const tableRows: GoogleAppsScript.Docs.Schema.TableRow[] = [];
  let i = start + 1;
  while (i < end) {
    const rowStart = i++;
    const tableCells: GoogleAppsScript.Docs.Schema.TableCell[] = [];
    while (units[i].kind === 'cellStart') {
      const cellStart = i++;
      let cellEnd = i;
      while (!['cellStart', 'rowStart', 'tableEnd'].includes(units[cellEnd].kind)) cellEnd++;
      const background = (units[cellStart] as Extract<Unit, { kind: 'cellStart' }>).background;
      tableCells.push({
        startIndex: cellStart,
        endIndex: cellEnd,
        content: elementsOf(units, i, cellEnd),
        ...(background
          ? { tableCellStyle: { backgroundColor: { color: { rgbColor: rgbJson(background) } } } }
          : {}),
      });
      i = cellEnd;
    }
    tableRows.push({ startIndex: rowStart, endIndex: i, tableCells });
  }
  return { rows: tableRows.length, columns: tableRows[0]?.tableCells?.length ?? 0, tableRows };
}

/** JSON leaves out a zero colour component, as the API's output does. */
const rgbJson = (color: Rgb): GoogleAppsScript.Docs.Schema.RgbColor =>
  Object.fromEntries(Object.entries(color).filter(([, v]) => v !== 0));

function paragraphOf(units: Unit[], start: number, newline: number): SchemaParagraph {
  const props = (units[newline] as NewlineUnit).paragraph;
  const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
  let runStart = start;
  for (let i = start; i <= newline; i++) {
    const unit = units[i] as TextUnit;
    const next = units[i + 1] as TextUnit | undefined;
    if (unit.kind === 'char' && unit.image) {
      elements.push({
        startIndex: i,
        endIndex: i + 1,
        inlineObjectElement: { inlineObjectId: unit.image.id },
      });
      runStart = i + 1;
      continue;
    }
    const nextIsImage = next?.kind === 'char' && next.image !== undefined;
    const restyled = (next?.bold === true) !== (unit.bold === true) || next?.link !== unit.link;
    if (i === newline || nextIsImage || restyled) {
      const content = units
        .slice(runStart, i + 1)
        .map((u) => (u.kind === 'char' ? u.ch : '\n'))
        .join('');
      elements.push({
        startIndex: runStart,
        endIndex: i + 1,
        textRun: {
          content,
          textStyle: { ...(unit.bold && { bold: true }), ...(unit.link && { link: { url: unit.link } }) },
        },
      });
      runStart = i + 1;
    }
  }
  const dimension = (points: number) => ({ magnitude: points, unit: 'PT' });
  return {
    elements,
    paragraphStyle: {
      namedStyleType: props.namedStyleType,
      ...(props.indentStart === undefined ? {} : { indentStart: dimension(props.indentStart) }),
      ...(props.indentFirstLine === undefined ? {} : { indentFirstLine: dimension(props.indentFirstLine) }),
    },
    ...(props.bullet
      ? {
          bullet: props.bullet.nestingLevel
            ? { listId: props.bullet.listId, nestingLevel: props.bullet.nestingLevel }
            : { listId: props.bullet.listId },
        }
      : {}),
  };
}

// ---- outline ----

export interface OutlineRun {
  text: string;
  bold?: true;
}

export interface OutlineItem {
  runs: OutlineRun[];
  sublist?: OutlineList;
}

export interface OutlineList {
  kind: 'list';
  ordered: boolean;
  items: OutlineItem[];
}

export type OutlineBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** A paragraph's inline image, named by its alt title (text beside it is a paragraph block before it). */
  | { kind: 'image'; title: string }
  | { kind: 'paragraph'; runs: OutlineRun[] }
  | OutlineList
  | OutlineTable;

export interface OutlineTable {
  kind: 'table';
  header: string[];
  rows: string[][];
  /** Each body cell's status, read from its background colour; left out when no cell has one. */
  statuses?: (CellStatus | null)[][];
}

/** A Doc read back in the ReportDocument's terms. */
export interface Outline {
  title: string;
  headerText?: string;
  blocks: OutlineBlock[];
}

/** A paragraph of a REST document, flattened: text without its newline, line breaks read as `\n`. */
export interface ReadParagraph {
  text: string;
  runs: OutlineRun[];
  startIndex: number;
  endIndex: number;
  namedStyleType: string;
  indented: boolean;
  bullet?: { listId: string; nestingLevel: number; ordered: boolean };
  /** Alt titles of the inline images in the paragraph, in order. */
  images: string[];
}

/** Docs' line break inside a paragraph, a vertical tab, reads back as the `\n` it was written from. */
const fromDocs = (text: string): string => text.split('\u000b').join('\n');

export function readParagraph(element: SchemaElement, document: SchemaDocument): ReadParagraph {
  const paragraph = element.paragraph as SchemaParagraph;
  const runs: OutlineRun[] = [];
  const images: string[] = [];
  const objects = (document.inlineObjects ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.InlineObject>;
  for (const part of paragraph.elements ?? []) {
    const objectId = part.inlineObjectElement?.inlineObjectId;
    if (objectId !== undefined) {
      const embedded = objects[objectId]?.inlineObjectProperties?.embeddedObject;
      if (!embedded) throw new OutlineError(`inline object ${objectId} is not in the document`);
      images.push(embedded.title ?? '');
      continue;
    }
    const text = fromDocs((part.textRun?.content ?? '').replace(/\n$/, ''));
    if (text === '') continue;
    const bold = part.textRun?.textStyle?.bold === true;
    const last = runs[runs.length - 1];
    if (last && (last.bold === true) === bold) last.text += text;
    else runs.push(bold ? { text, bold: true } : { text });
  }
  const style = paragraph.paragraphStyle ?? {};
  const bullet = paragraph.bullet;
  const lists = (document.lists ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.List>;
  const level = bullet?.nestingLevel ?? 0;
  const glyph = bullet?.listId ? lists[bullet.listId]?.listProperties?.nestingLevels?.[level] : undefined;
  return {
    text: runs.map((run) => run.text).join(''),
    runs,
    startIndex: element.startIndex ?? 0,
    endIndex: element.endIndex ?? 0,
    namedStyleType: style.namedStyleType ?? 'NORMAL_TEXT',
    indented: style.indentStart !== undefined || style.indentFirstLine !== undefined,
    images,
    ...(bullet?.listId
      ? {
          bullet: {
            listId: bullet.listId,
            nestingLevel: level,
            ordered:
              glyph?.glyphType !== undefined &&
              glyph.glyphType !== 'NONE' &&
              glyph.glyphType !== 'GLYPH_TYPE_UNSPECIFIED',
          },
        }
      : {}),
  };
}

/** The body's paragraphs outside tables, in order. */
export function bodyParagraphs(document: SchemaDocument): ReadParagraph[] {
  return (document.body?.content ?? []).filter((e) => e.paragraph).map((e) => readParagraph(e, document));
}

class OutlineError extends Error {}

const hex = (component: number | undefined): string =>
  Math.round((component ?? 0) * 255)
    .toString(16)
    .toUpperCase()
    .padStart(2, '0');

/** The status a cell's background stands for (STATUS_FILLS read backwards); null for no background. */
function cellStatus(cell: GoogleAppsScript.Docs.Schema.TableCell): CellStatus | null {
  const rgb = cell.tableCellStyle?.backgroundColor?.color?.rgbColor;
  if (!rgb) return null;
  const fill = hex(rgb.red) + hex(rgb.green) + hex(rgb.blue);
  const status = (Object.keys(STATUS_FILLS) as CellStatus[]).find((s) => STATUS_FILLS[s] === fill);
  if (!status)
    throw new OutlineError(`cell at ${cell.startIndex} has background #${fill}, not a status colour`);
  return status;
}

function readTable(element: SchemaElement, document: SchemaDocument): OutlineBlock {
  const tableRows = element.table?.tableRows ?? [];
  const statuses = tableRows.map((row, r) =>
    (row.tableCells ?? []).map((cell) => {
      const status = cellStatus(cell);
      if (r === 0 && status !== null)
        throw new OutlineError(`header cell at ${cell.startIndex} is shaded as ${status}`);
      return status;
    }),
  );
  const rows = tableRows.map((row, r) =>
    (row.tableCells ?? []).map((cell) => {
      const paragraphs = (cell.content ?? []).map((e) => {
        if (!e.paragraph)
          throw new OutlineError(`a table holds a ${Object.keys(e).join()} at ${e.startIndex}`);
        return readParagraph(e, document);
      });
      for (const p of paragraphs) {
        if (p.namedStyleType !== 'NORMAL_TEXT' || p.bullet || p.indented) {
          throw new OutlineError(
            `cell paragraph at ${p.startIndex} is styled ${p.namedStyleType}${p.bullet ? ', bulleted' : ''}`,
          );
        }
        const bold = p.runs
          .filter((run) => run.bold)
          .map((run) => run.text)
          .join('');
        if (r === 0 ? bold !== p.text : bold !== '') {
          throw new OutlineError(
            `${r === 0 ? 'header' : 'body'} cell at ${p.startIndex} has bold "${bold}" in "${p.text}"`,
          );
        }
      }
      return paragraphs.map((p) => p.text).join('\n');
    }),
  );
  const body = statuses.slice(1);
  return {
    kind: 'table',
    header: rows[0] ?? [],
    rows: rows.slice(1),
    ...(body.some((row) => row.some((s) => s !== null)) ? { statuses: body } : {}),
  };
}

/**
 * The Doc in the ReportDocument's terms: a TITLE paragraph first, headings, NORMAL_TEXT paragraphs (empty ones,
 * which separate lists or follow tables, end a list and are otherwise skipped), lists from consecutive bulleted
 * paragraphs nested by nestingLevel (ordered when their list's glyph at that level is a number), tables with a
 * bold header row. Anything a writer of a report should never leave (bold headings, indented or styled list and
 * cell paragraphs, a skipped nesting level, a list mixing glyph kinds) throws.
 */
export function outline(document: SchemaDocument): Outline {
  const content = document.body?.content ?? [];
  if (!content[0]?.sectionBreak) throw new OutlineError('the body does not start with a section break');
  const blocks: OutlineBlock[] = [];
  let title: string | undefined;
  let open: OutlineList[] = [];
  for (const element of content.slice(1)) {
    if (element.table) {
      open = [];
      blocks.push(readTable(element, document));
      continue;
    }
    if (!element.paragraph) throw new OutlineError(`unexpected element at ${element.startIndex}`);
    const p = readParagraph(element, document);
    const where = `paragraph at ${p.startIndex} ("${p.text}")`;
    if (p.images.length > 0) {
      if (p.images.length > 1 || p.bullet || p.namedStyleType !== 'NORMAL_TEXT')
        throw new OutlineError(`${where} holds ${p.images.length} images, or is styled`);
      // Text beside a picture (a placement cut short) reads as that text, then the picture.
      open = [];
      if (p.text !== '') blocks.push({ kind: 'paragraph', runs: p.runs });
      blocks.push({ kind: 'image', title: p.images[0] });
      continue;
    }
    if (title === undefined) {
      if (p.namedStyleType !== 'TITLE' || p.bullet || p.indented)
        throw new OutlineError(`${where} should be the title`);
      if (p.runs.some((run) => run.bold)) throw new OutlineError(`${where}: the title has bold text`);
      title = p.text;
      continue;
    }
    if (p.bullet) {
      if (p.namedStyleType !== 'NORMAL_TEXT')
        throw new OutlineError(`${where} is a ${p.namedStyleType} list item`);
      const { nestingLevel: level, ordered } = p.bullet;
      if (level > open.length) throw new OutlineError(`${where} skips to nesting level ${level}`);
      if (level === open.length) {
        const list: OutlineList = { kind: 'list', ordered, items: [] };
        if (level === 0) blocks.push(list);
        else {
          const parent = open[level - 1].items[open[level - 1].items.length - 1];
          if (parent.sublist) throw new OutlineError(`${where} opens a second sublist under one item`);
          parent.sublist = list;
        }
        open.push(list);
      } else open = open.slice(0, level + 1);
      if (open[level].ordered !== ordered)
        throw new OutlineError(`${where} mixes numbered and bulleted items`);
      open[level].items.push({ runs: p.runs });
      continue;
    }
    open = [];
    if (p.indented) throw new OutlineError(`${where} is indented`);
    switch (p.namedStyleType) {
      case 'HEADING_1':
      case 'HEADING_2':
        if (p.runs.some((run) => run.bold)) throw new OutlineError(`${where}: a heading has bold text`);
        blocks.push({ kind: 'heading', level: p.namedStyleType === 'HEADING_1' ? 1 : 2, text: p.text });
        break;
      case 'NORMAL_TEXT':
        if (p.text !== '') blocks.push({ kind: 'paragraph', runs: p.runs });
        break;
      default:
        throw new OutlineError(`${where} is styled ${p.namedStyleType}`);
    }
  }
  if (title === undefined) throw new OutlineError('the body has no title');
  const headerId = document.documentStyle?.defaultHeaderId;
  const headers = (document.headers ?? {}) as Record<string, GoogleAppsScript.Docs.Schema.Header>;
  const header = headerId ? headers[headerId] : undefined;
  if (!header) return { title, blocks };
  const lines = (header.content ?? []).map((e) => {
    const p = readParagraph(e, document);
    if (p.runs.some((run) => run.bold)) throw new OutlineError(`the header has bold text "${p.text}"`);
    return p.text;
  });
  return { title, headerText: lines.join('\n'), blocks };
}
