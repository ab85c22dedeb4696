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
import type { ReportDocument } from '../layout/document';
import {
  BODY_START,
  bold,
  checkIndex,
  type DocsBatch,
  type DocsRequest,
  type DocsTarget,
  deleteRange,
  insertText,
  link,
  location,
  range,
  resetTextStyle,
  rgb,
} from './docs-api';
import {
  cellStarts,
  type DocsLayout,
  docsLayout,
  type Element,
  elementSize,
  type Paragraph,
  type Table,
  tableSize,
} from './docs-layout';
import { docsHeaderRequests } from './docs-target';
import { STATUS_FILLS } from './status-colours';

/** The paragraph fields a deleted bullet leaves behind (it indents the paragraph to keep its place). */
const RESET_PARAGRAPH_FIELDS = 'namedStyleType,indentStart,indentFirstLine';

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

/** The requests that clear the body: all but its final newline, and the paragraph that survives reset (step 1). */
function clearRequests(target: DocsTarget): DocsRequest[] {
  const requests: DocsRequest[] = [];
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
  return requests;
}

/**
 * Final positions, before the bullets remove tabs: each element right after the one before it. The last written
 * paragraph ends with the body's own final newline, every other paragraph with one of its own.
 */
function elementStarts(elements: readonly Element[]): number[] {
  const starts: number[] = [];
  let next = BODY_START;
  for (const element of elements) {
    starts.push(next);
    next += elementSize(element);
  }
  return starts;
}

/** Step 2: the written paragraphs joined by newlines, in one insertText. */
function textRequests(elements: readonly Element[]): DocsRequest[] {
  const written = elements.filter((e): e is Paragraph => e.kind === 'paragraph' && !e.implicit);
  const text = written.map((p) => p.text).join('\n');
  return text.length > 0 ? [insertText(BODY_START, text)] : [];
}

/** Step 3: each table at the end of the text before it, last first, its cells filled last first. */
function tableRequests(elements: readonly Element[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
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
  return requests;
}

/** Step 4: paragraph styles, bold stretches, tables' header rows bold and status cells shaded. */
function styleRequests(elements: readonly Element[], starts: readonly number[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
  elements.forEach((element, i) => {
    const start = starts[i];
    if (element.kind === 'table') {
      const starts = cellStarts(element, start);
      element.cells[0].forEach((cell, c) => {
        if (cell.length > 0) requests.push(bold(starts[0][c], starts[0][c] + cell.length));
      });
      element.links?.forEach((row, r) => {
        row.forEach((url, c) => {
          const length = element.cells[r + 1][c].length;
          if (url !== null && length > 0)
            requests.push(link(starts[r + 1][c], starts[r + 1][c] + length, url));
        });
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
    for (const span of element.links ?? []) requests.push(link(start + span.from, start + span.to, span.url));
  });
  return requests;
}

/** Step 5: bullets, first to last, each range moved back by the tabs the ones before it removed. */
function bulletRequests({ elements, groups }: DocsLayout, starts: readonly number[]): DocsRequest[] {
  const requests: DocsRequest[] = [];
  let removed = 0;
  for (const group of groups) {
    const from = starts[group.first] - removed;
    const to = starts[group.last] + elementSize(elements[group.last]) - removed;
    requests.push({ createParagraphBullets: { range: range(from, to), bulletPreset: group.preset } });
    removed += group.tabs;
  }
  return requests;
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
  const layout = docsLayout(doc);
  const starts = elementStarts(layout.elements);
  const header = target.header;
  const requests: DocsRequest[] = [
    ...clearRequests(target),
    ...textRequests(layout.elements),
    ...tableRequests(layout.elements),
    ...styleRequests(layout.elements, starts),
    ...bulletRequests(layout, starts),
    // 6. Header.
    ...(header
      ? docsHeaderRequests(doc.headerText, header)
      : [{ createHeader: { type: 'DEFAULT' } } as const]),
  ];
  return { requests, createsHeader: header === undefined };
}
