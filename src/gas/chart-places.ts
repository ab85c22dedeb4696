// Where each chart's placeholder paragraph is, read once for all charts (SPEC §9): one documents.get of every
// paragraph's text gives each placeholder's position in the list Body.getParagraphs() returns, so DocumentApp is
// asked for the paragraphs once and never searched. The reading is checked against that list before it is trusted.

type Snapshot = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** Only the text of the body's paragraphs, those in table cells included. */
export const PARAGRAPH_FIELDS =
  'body(content(paragraph(elements(textRun(content))),' +
  'table(tableRows(tableCells(content(paragraph(elements(textRun(content)))))))))';

/** A paragraph's text as Paragraph.getText() reads it: its runs without the closing newline. */
const textOf = (element: StructuralElement): string =>
  (element.paragraph?.elements ?? [])
    .map((e) => e.textRun?.content ?? '')
    .join('')
    .replace(/\n$/, '');

/** The body's paragraph texts in order: with every table cell's paragraphs (`deep`), or the body's own only. */
function paragraphTexts(content: readonly StructuralElement[], deep: boolean): string[] {
  return content.flatMap((element) => {
    if (element.paragraph) return [textOf(element)];
    if (!deep || !element.table) return [];
    return (element.table.tableRows ?? []).flatMap((row) =>
      (row.tableCells ?? []).flatMap((cell) => paragraphTexts(cell.content ?? [], true)),
    );
  });
}

/**
 * For each placeholder text, in order, the index in Body.getParagraphs() of the paragraph whose whole text it is
 * (the n-th of equal texts for the n-th placeholder), or null where the snapshot has no such paragraph. Null
 * altogether when the snapshot's paragraphs do not line up with the body's `paragraphCount` (the Doc changed in
 * between, or the list is counted another way): the caller then searches.
 */
export function placeholderIndexes(
  snapshot: Snapshot,
  placeholders: readonly string[],
  paragraphCount: number,
): (number | null)[] | null {
  const content = snapshot.body?.content ?? [];
  const texts = [true, false]
    .map((deep) => paragraphTexts(content, deep))
    .find((list) => list.length === paragraphCount);
  if (!texts) return null;
  const taken = new Set<number>();
  return placeholders.map((placeholder) => {
    const index = texts.findIndex((text, i) => text === placeholder && !taken.has(i));
    if (index < 0) return null;
    taken.add(index);
    return index;
  });
}
