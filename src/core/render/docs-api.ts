// The Docs API v1 shapes the writer sends (plain REST objects) and the small builders every phase of the batch uses.

export const BULLETS = 'BULLET_DISC_CIRCLE_SQUARE';
/** Level 0 `1.`, level 1 `a.`, level 2 `i.`: no preset numbers a nested level `1.` without its parent's number. */
export const NUMBERS = 'NUMBERED_DECIMAL_ALPHA_ROMAN';

/** The body's first index: index 0 is the section break that opens it. Headers start at 0. */
export const BODY_START = 1;

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
        readonly textStyle: { readonly bold?: boolean; readonly link?: { readonly url: string } };
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

export const range = (startIndex: number, endIndex: number, segmentId?: string): DocsRange =>
  segmentId === undefined ? { startIndex, endIndex } : { startIndex, endIndex, segmentId };

export const location = (index: number, segmentId?: string): DocsLocation =>
  segmentId === undefined ? { index } : { index, segmentId };

export const insertText = (index: number, text: string, segmentId?: string): DocsContentRequest => ({
  insertText: { location: location(index, segmentId), text },
});

export const deleteRange = (from: number, to: number, segmentId?: string): DocsContentRequest => ({
  deleteContentRange: { range: range(from, to, segmentId) },
});

/** `RRGGBB` as the API's 0–1 components. */
export const rgb = (hex: string): DocsRgbColor => {
  const part = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16) / 255;
  return { red: part(0), green: part(2), blue: part(4) };
};

export const bold = (from: number, to: number): DocsRequest => ({
  updateTextStyle: { range: range(from, to), textStyle: { bold: true }, fields: 'bold' },
});

export const link = (from: number, to: number, url: string): DocsRequest => ({
  updateTextStyle: { range: range(from, to), textStyle: { link: { url } }, fields: 'link' },
});

/** Every text style of the range back to its paragraph style's ("*" lists every field; unset means reset). */
export const resetTextStyle = (from: number, to: number, segmentId?: string): DocsContentRequest => ({
  updateTextStyle: { range: range(from, to, segmentId), textStyle: {}, fields: '*' },
});

/** A caller's index that the API would reject, refused before anything is sent. */
export function checkIndex(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be an integer ≥ ${min}: ${value}`);
}
