// The Doc being rewritten, as one `documents.get` shows it, and its page header: the batch's only inputs besides the
// report, and the small second batch a new Doc's header needs.
import {
  BODY_START,
  checkIndex,
  type DocsContentRequest,
  type DocsHeader,
  type DocsTarget,
  deleteRange,
  insertText,
  resetTextStyle,
} from './docs-api';
import { docsText } from './docs-text';

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
