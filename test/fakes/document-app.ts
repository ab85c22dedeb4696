// In-memory DocumentApp: Docs whose bodies hold paragraphs, headings, list items (nesting, glyph, list id) and tables.
import { type CallLog, counted, type FakeOf, unwrap } from './calls';

const SERVICE = 'DocumentApp';

export const ParagraphHeading = {
  NORMAL: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING1',
  HEADING2: 'HEADING2',
  HEADING3: 'HEADING3',
} as const;

export const GlyphType = { BULLET: 'BULLET', NUMBER: 'NUMBER', HOLLOW_BULLET: 'HOLLOW_BULLET' } as const;

/** Bold flags per character, edited through `editAsText()`. */
export class FakeText implements FakeOf<GoogleAppsScript.Document.Text, 'setBold'> {
  constructor(private readonly element: FakeParagraph) {}

  /** `setBold(bold)` for the whole text or `setBold(start, endInclusive, bold)`. */
  setBold(...args: unknown[]): this {
    const [start, end, bold] =
      args.length === 1 ? [0, this.element.text.length - 1, args[0]] : (args as [number, number, boolean]);
    if (start < 0 || end >= this.element.text.length || start > end) {
      throw new Error(`Index (${end}) must be less than the content length (${this.element.text.length}).`);
    }
    for (let i = start; i <= end; i++) this.element.bold[i] = Boolean(bold);
    return this;
  }
}

export class FakeParagraph
  implements FakeOf<GoogleAppsScript.Document.Paragraph, 'setText' | 'setHeading' | 'editAsText'>
{
  readonly type: 'paragraph' | 'listItem' = 'paragraph';
  text = '';
  bold: boolean[] = [];
  heading: string = ParagraphHeading.NORMAL;

  constructor(
    protected readonly log: CallLog,
    text: string,
  ) {
    this.setText(text);
  }

  setText(text: string): this {
    this.text = text;
    this.bold = Array.from(text, () => false);
    return this;
  }

  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading): this {
    this.heading = String(heading);
    return this;
  }

  editAsText(): FakeText {
    return counted(new FakeText(this), this.log, SERVICE, 'Text');
  }

  /** Test helper: `[start, endExclusive]` of every bold stretch. */
  boldRanges(): [number, number][] {
    const ranges: [number, number][] = [];
    this.bold.forEach((on, i) => {
      if (!on) return;
      const last = ranges[ranges.length - 1];
      if (last && last[1] === i) last[1] = i + 1;
      else ranges.push([i, i + 1]);
    });
    return ranges;
  }
}

export class FakeListItem
  extends FakeParagraph
  implements FakeOf<GoogleAppsScript.Document.ListItem, 'setNestingLevel' | 'setGlyphType'>
{
  override readonly type = 'listItem';
  nestingLevel = 0;
  glyph: string = GlyphType.BULLET;

  constructor(
    log: CallLog,
    text: string,
    public listId: string,
  ) {
    super(log, text);
  }

  setNestingLevel(level: number): this {
    this.nestingLevel = level;
    return this;
  }

  setGlyphType(glyph: GoogleAppsScript.Document.GlyphType): this {
    this.glyph = String(glyph);
    return this;
  }
}

/** The text of a table's header row: bold is all or nothing, so only the last argument of `setBold` counts. */
export class FakeTableRowText implements FakeOf<GoogleAppsScript.Document.Text, 'setBold'> {
  constructor(private readonly table: FakeTable) {}

  setBold(...args: unknown[]): this {
    this.table.boldHeader = Boolean(args[args.length - 1]);
    return this;
  }
}

export class FakeTableRow implements FakeOf<GoogleAppsScript.Document.TableRow, 'editAsText'> {
  constructor(
    private readonly log: CallLog,
    private readonly table: FakeTable,
  ) {}

  editAsText(): FakeTableRowText {
    return counted(new FakeTableRowText(this.table), this.log, SERVICE, 'Text');
  }
}

export class FakeTable implements FakeOf<GoogleAppsScript.Document.Table, 'getRow'> {
  readonly type = 'table';
  boldHeader = false;

  constructor(
    private readonly log: CallLog,
    readonly cells: string[][],
  ) {}

  getRow(index: number): FakeTableRow {
    if (index !== 0) throw new Error('only the header row is editable in this fake');
    return counted(new FakeTableRow(this.log, this), this.log, SERVICE, 'TableRow');
  }
}

const copyOf = (cells: string[][]): string[][] => cells.map((row) => [...row]);

export type BodyElement = FakeParagraph | FakeListItem | FakeTable;

export class FakeBody
  implements
    FakeOf<
      GoogleAppsScript.Document.Body,
      'clear' | 'getParagraphs' | 'appendParagraph' | 'appendListItem' | 'getNumChildren'
    >
{
  elements: BodyElement[] = [];
  /** Test switch: the append with this 1-based number (counted from when it is set) throws, once. */
  failAtAppend: number | null = null;
  private lists = 0;

  constructor(private readonly log: CallLog) {
    this.clear();
  }

  /** Like Docs, a cleared body keeps one empty paragraph. */
  clear(): this {
    this.elements = [new FakeParagraph(this.log, '')];
    return this;
  }

  /** An element as the code sees it, counted under its Docs type. */
  private wrap<E extends BodyElement>(element: E): E {
    const type = { paragraph: 'Paragraph', listItem: 'ListItem', table: 'Table' }[element.type];
    return counted(element, this.log, SERVICE, type);
  }

  getParagraphs(): FakeParagraph[] {
    return this.elements.filter((e): e is FakeParagraph => e.type !== 'table').map((p) => this.wrap(p));
  }

  getNumChildren(): number {
    return this.elements.length;
  }

  getChild(index: number): BodyElement {
    const child = this.elements[index];
    if (!child) throw new Error(`Child index (${index}) must be less than the number of child elements.`);
    return this.wrap(child);
  }

  /** Like Docs, the body's last paragraph cannot be removed. */
  removeChild(child: BodyElement): this {
    const index = this.elements.indexOf(unwrap(child));
    if (index < 0) throw new Error('Element is not a child of this body.');
    if (index === this.elements.length - 1 && child.type !== 'table') {
      throw new Error("Can't remove the last paragraph in a document section.");
    }
    this.elements.splice(index, 1);
    return this;
  }

  /** Counts an append and fails the one `failAtAppend` names, as a Docs service error midway would. */
  private append(): void {
    if (this.failAtAppend === null) return;
    this.failAtAppend -= 1;
    if (this.failAtAppend > 0) return;
    this.failAtAppend = null;
    throw new Error('Service Documents failed while accessing document with id doc-1.');
  }

  appendParagraph(text: string): FakeParagraph {
    this.append();
    const paragraph = new FakeParagraph(this.log, text);
    this.elements.push(paragraph);
    return this.wrap(paragraph);
  }

  /** Like Docs, an item right after another list item joins that item's list; otherwise a new list starts. */
  appendListItem(text: string): FakeListItem {
    this.append();
    const previous = this.elements[this.elements.length - 1];
    const listId = previous instanceof FakeListItem ? previous.listId : `kix.list${++this.lists}`;
    const item = new FakeListItem(this.log, text, listId);
    this.elements.push(item);
    return this.wrap(item);
  }

  /** `appendTable(cells)` only (the overload the writer uses). */
  appendTable(cells: string[][]): FakeTable {
    this.append();
    const table = new FakeTable(this.log, copyOf(cells));
    this.elements.push(table);
    return this.wrap(table);
  }
}

export class FakeHeader implements FakeOf<GoogleAppsScript.Document.HeaderSection, 'setText'> {
  text = '';

  setText(text: string): this {
    this.text = text;
    return this;
  }
}

export class FakeDocument
  implements
    FakeOf<
      GoogleAppsScript.Document.Document,
      'getUrl' | 'getBody' | 'getHeader' | 'addHeader' | 'saveAndClose'
    >
{
  readonly body: FakeBody;
  header: FakeHeader | null = null;
  saved = 0;

  constructor(
    private readonly log: CallLog,
    readonly id: string,
    public name: string,
  ) {
    this.body = new FakeBody(log);
  }

  getUrl(): string {
    return `https://docs.google.com/open?id=${this.id}`;
  }

  getBody(): FakeBody {
    return counted(this.body, this.log, SERVICE, 'Body');
  }

  getHeader(): FakeHeader | null {
    return this.header && counted(this.header, this.log, SERVICE, 'HeaderSection');
  }

  addHeader(): FakeHeader {
    if (this.header) throw new Error('The document already has a header.');
    this.header = new FakeHeader();
    return counted(this.header, this.log, SERVICE, 'HeaderSection');
  }

  saveAndClose(): void {
    this.saved++;
  }
}

export class FakeDocumentApp implements FakeOf<GoogleAppsScript.Document.DocumentApp, 'openById'> {
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  readonly documents = new Map<string, FakeDocument>();
  private created = 0;

  constructor(private readonly log: CallLog) {}

  /** Shared with the Drive fake: a Doc created as a Drive file is a Doc here too. */
  add(name: string): FakeDocument {
    const doc = new FakeDocument(this.log, `doc-${++this.created}`, name);
    this.documents.set(doc.id, doc);
    return doc;
  }

  /** Test helper: the user deletes a Doc. */
  delete(id: string): void {
    this.documents.delete(id);
  }

  openById(id: string): FakeDocument {
    const doc = this.documents.get(id);
    if (!doc)
      throw new Error(
        "Exception: Document is missing (perhaps it was deleted, or you don't have read access?)",
      );
    return counted(doc, this.log, SERVICE, 'Document');
  }
}
