// DocumentApp over the same in-memory Docs the Docs advanced service writes (docs-api.ts): what the shell does after
// the batch — find a chart's placeholder paragraph, put the chart's image there — and the Doc as a PDF for the mail.
// Only the methods the script uses exist; each returns the next object of the chain as Apps Script does.
import { FakeBlob } from './blob';
import { type CallLog, counted, type FakeOf, unwrap } from './calls';
import type { FakeDocuments } from './docs-api';
import { type DocsModel, type InlineImageData, outline } from './docs-body';

/** Apps Script's findText takes a regular expression (a subset; capture groups and flags are not supported). */
function searchPattern(pattern: string): RegExp {
  if (/\((?!\?:)/.test(pattern.replace(/\\./g, '')))
    throw new Error('Exception: Invalid argument: searchPattern (capture groups are not supported)');
  return new RegExp(pattern);
}

export class FakeInlineImage
  implements
    FakeOf<
      GoogleAppsScript.Document.InlineImage,
      'setAltTitle' | 'setWidth' | 'setHeight' | 'getWidth' | 'getHeight'
    >
{
  constructor(readonly data: InlineImageData) {}

  setAltTitle(title: string): this {
    this.data.altTitle = title;
    return this;
  }

  setWidth(width: number): this {
    this.data.width = width;
    return this;
  }

  setHeight(height: number): this {
    this.data.height = height;
    return this;
  }

  getWidth(): number {
    return this.data.width;
  }

  getHeight(): number {
    return this.data.height;
  }
}

export class FakeParagraph
  implements
    FakeOf<
      GoogleAppsScript.Document.Paragraph,
      'getText' | 'appendInlineImage' | 'asParagraph' | 'replaceText'
    >
{
  constructor(
    private readonly model: DocsModel,
    readonly uid: number,
    private readonly log: CallLog,
  ) {}

  asParagraph(): this {
    return this;
  }

  getText(): string {
    return this.model.paragraphText(this.uid);
  }

  /** The image keeps its pixel size, as Docs does; the script scales it to the page with setWidth/setHeight. */
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource): FakeInlineImage {
    const blob = unwrap(image) as unknown as FakeBlob;
    const data = this.model.appendImage(this.uid, {
      contentType: blob.getContentType(),
      byteLength: blob.getBytes().length,
      width: blob.width,
      height: blob.height,
      altTitle: '',
    });
    return counted(new FakeInlineImage(data), this.log, 'DocumentApp', 'InlineImage');
  }

  /**
   * Every match of the pattern (findText's regular expressions) in the paragraph's text replaced; images stay.
   * The model edits a paragraph's text only as a whole, so a replacement that would leave text behind is refused
   * rather than guessed: the script only ever removes a placeholder that is the paragraph's whole text.
   */
  replaceText(pattern: string, replacement: string): this {
    const text = this.getText();
    const replaced = text.replace(new RegExp(searchPattern(pattern).source, 'g'), () => replacement);
    if (replaced === text) return this;
    if (replaced !== '') throw new Error("the fake replaces a paragraph's whole text only");
    this.model.removeText(this.uid);
    return this;
  }
}

/** The Text element a search lands in: all the text of its paragraph (the report writes one run there). */
export class FakeText implements FakeOf<GoogleAppsScript.Document.Text, 'getParent' | 'removeFromParent'> {
  constructor(
    private readonly model: DocsModel,
    private readonly paragraph: FakeParagraph,
  ) {}

  getParent(): FakeParagraph {
    return this.paragraph;
  }

  /** The text goes; the paragraph, and any image in it, stays. */
  removeFromParent(): this {
    this.model.removeText(this.paragraph.uid);
    return this;
  }
}

export class FakeRangeElement implements FakeOf<GoogleAppsScript.Document.RangeElement, 'getElement'> {
  constructor(
    private readonly model: DocsModel,
    readonly paragraph: FakeParagraph,
    private readonly log: CallLog,
  ) {}

  getElement(): FakeText {
    return counted(new FakeText(this.model, this.paragraph), this.log, 'DocumentApp', 'Text');
  }
}

export class FakeBody implements FakeOf<GoogleAppsScript.Document.Body, 'findText' | 'getParagraphs'> {
  constructor(
    private readonly model: DocsModel,
    private readonly log: CallLog,
  ) {}

  /** Every paragraph of the body in order, those in table cells included (list items are paragraphs here too). */
  getParagraphs(): FakeParagraph[] {
    return this.model
      .paragraphs()
      .map((p) =>
        counted(new FakeParagraph(this.model, p.uid, this.log), this.log, 'DocumentApp', 'Paragraph'),
      );
  }

  /** The first paragraph after `from` whose text matches; null when none does. Matches do not span paragraphs. */
  findText(pattern: string, from?: GoogleAppsScript.Document.RangeElement | null): FakeRangeElement | null {
    const regex = searchPattern(pattern);
    const after = from ? (unwrap(from) as unknown as FakeRangeElement).paragraph.uid : undefined;
    const paragraphs = this.model.paragraphs();
    const start = after === undefined ? 0 : paragraphs.findIndex((p) => p.uid === after) + 1;
    const found = paragraphs.slice(start).find((p) => regex.test(p.text));
    if (!found) return null;
    const paragraph = counted(
      new FakeParagraph(this.model, found.uid, this.log),
      this.log,
      'DocumentApp',
      'Paragraph',
    );
    return counted(
      new FakeRangeElement(this.model, paragraph, this.log),
      this.log,
      'DocumentApp',
      'RangeElement',
    );
  }
}

export class FakeDocument
  implements FakeOf<GoogleAppsScript.Document.Document, 'getBody' | 'getAs' | 'saveAndClose' | 'getName'>
{
  /** Test view: how many times the script saved. */
  saves = 0;

  constructor(
    private readonly model: DocsModel,
    private readonly log: CallLog,
  ) {}

  getBody(): FakeBody {
    return counted(new FakeBody(this.model, this.log), this.log, 'DocumentApp', 'Body');
  }

  getName(): string {
    return this.model.title;
  }

  saveAndClose(): void {
    this.saves++;
  }

  /**
   * Only PDF, as the script asks for. The bytes are not a real PDF: a `%PDF-` line and the Doc's outline as JSON,
   * so a test can read what the attachment holds.
   */
  getAs(contentType: string): FakeBlob {
    if (contentType !== 'application/pdf')
      throw new Error(
        `Exception: Converting from application/vnd.google-apps.document to ${contentType} is not supported.`,
      );
    const text = `%PDF-1.7 (fake)\n${JSON.stringify(outline(this.model.document()))}`;
    return counted(
      new FakeBlob(new TextEncoder().encode(text), 'application/pdf', `${this.model.title}.pdf`),
      this.log,
      'DocumentApp',
      'Blob',
    );
  }
}

export class FakeDocumentApp implements FakeOf<typeof DocumentApp, 'openById'> {
  constructor(
    private readonly docs: FakeDocuments,
    private readonly log: CallLog,
  ) {}

  openById(id: string): FakeDocument {
    const model = this.docs.docs.get(id);
    if (!model) throw new Error(`Exception: Document ${id} is missing (perhaps it was deleted?)`);
    return counted(new FakeDocument(model, this.log), this.log, 'DocumentApp', 'Document');
  }
}
