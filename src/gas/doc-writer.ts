// Writes the abstract report document into a Google Doc body: real headings, nested lists, bold runs, tables.
import { type Block, type ListBlock, plainText, type ReportDocument, type TextRun } from '../core';

type Body = GoogleAppsScript.Document.Body;
type Text = GoogleAppsScript.Document.Text;

/** The DocumentApp enums the writer needs (passed in with the service). */
export type DocStyles = Pick<GoogleAppsScript.Document.DocumentApp, 'ParagraphHeading' | 'GlyphType'>;

interface Writer {
  readonly body: Body;
  readonly styles: DocStyles;
  /** Whether the element written last is a list item: a list appended right after one would join its list. */
  afterListItem: boolean;
}

/** Bold stretches of a run list, as `setBold(start, endInclusive)` wants them. */
function boldRuns(text: () => Text, runs: readonly TextRun[]): void {
  let start = 0;
  let editor: Text | null = null;
  for (const run of runs) {
    if (run.bold && run.text.length > 0) {
      editor ??= text();
      editor.setBold(start, start + run.text.length - 1, true);
    }
    start += run.text.length;
  }
}

function writeList(writer: Writer, list: ListBlock, level: number): void {
  const { body, styles } = writer;
  const glyph = list.ordered
    ? styles.GlyphType.NUMBER
    : level === 0
      ? styles.GlyphType.BULLET
      : styles.GlyphType.HOLLOW_BULLET;
  for (const item of list.items) {
    const listItem = body.appendListItem(plainText(item.runs)).setNestingLevel(level).setGlyphType(glyph);
    boldRuns(() => listItem.editAsText(), item.runs);
    if (item.sublist) writeList(writer, item.sublist, level + 1);
  }
}

function writeBlock(writer: Writer, block: Block): void {
  const { body, styles } = writer;
  switch (block.kind) {
    case 'heading':
      body
        .appendParagraph(block.text)
        .setHeading(block.level === 1 ? styles.ParagraphHeading.HEADING1 : styles.ParagraphHeading.HEADING2);
      break;
    case 'paragraph': {
      // Set explicitly: an appended paragraph may inherit the heading of the one before it.
      const paragraph = body
        .appendParagraph(plainText(block.runs))
        .setHeading(styles.ParagraphHeading.NORMAL);
      boldRuns(() => paragraph.editAsText(), block.runs);
      break;
    }
    case 'list':
      // Docs has no "new list" call: a list starts fresh only after a non-list paragraph.
      if (writer.afterListItem) body.appendParagraph('').setHeading(styles.ParagraphHeading.NORMAL);
      writeList(writer, block, 0);
      break;
    case 'table':
      body
        .appendTable([[...block.header], ...block.rows.map((row) => [...row])])
        .getRow(0)
        .editAsText()
        .setBold(true);
      break;
  }
  writer.afterListItem = block.kind === 'list';
}

/** Removes the body's children with index `from` up to (not including) `to`, last first. */
function removeChildren(body: Body, from: number, to: number): void {
  for (let i = to - 1; i >= from; i--) body.removeChild(body.getChild(i));
}

/**
 * Replaces the Doc's content with `report`, never leaving it half-written: the new content is appended after
 * the previous report and the previous one is removed only once all of it is written. If writing fails midway,
 * what was appended is removed and the error is thrown on, so the Doc (same id and URL) still reads as before.
 */
export function writeDocument(
  doc: GoogleAppsScript.Document.Document,
  report: ReportDocument,
  styles: DocStyles,
) {
  const body = doc.getBody();
  const previous = body.getNumChildren();
  try {
    body.appendParagraph(report.title).setHeading(styles.ParagraphHeading.TITLE);
    const writer: Writer = { body, styles, afterListItem: false };
    for (const block of report.blocks) writeBlock(writer, block);
  } catch (error) {
    // Docs never removes a body's last paragraph: an empty one goes last so every appended element can go.
    body.appendParagraph('').setHeading(styles.ParagraphHeading.NORMAL);
    removeChildren(body, previous, body.getNumChildren() - 1);
    doc.saveAndClose();
    throw error;
  }
  removeChildren(body, 0, previous);
  (doc.getHeader() ?? doc.addHeader()).setText(report.headerText);
  doc.saveAndClose();
}
