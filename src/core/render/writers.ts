// Every writer of the report document, in one table both shells read: an output is one file (its writer) and one row
// here. The Node shell adds .docx, which needs the docx package; everything else is written by the core.
import type { ChartBlock, ReportDocument } from '../layout/document';
import type { DocsBatch, DocsTarget } from './docs-api';
import { docsRequests } from './docs-requests';
import { renderHtml, renderHtmlBody } from './html';
import { renderMarkdown } from './markdown';

/** What a writer needs besides the document. */
export interface WriteContext {
  /**
   * Where a chart's picture is, as the output links it: a path beside the Markdown, a `data:` URI or a `cid:` in
   * HTML. Undefined (or no function): the chart's placeholder line, as in the Doc before its pictures are placed.
   */
  readonly chartImage?: (chart: ChartBlock) => string | undefined;
  /** The Doc being rewritten, as one `documents.get` shows it (Docs requests); a new, empty Doc by default. */
  readonly target?: DocsTarget;
}

export type Writer<T> = (doc: ReportDocument, context: WriteContext) => T;

/** A Doc Drive has just created holds one empty paragraph and no header. */
export const NEW_DOC: DocsTarget = { bodyEndIndex: 2 };

export const WRITERS = {
  /** GitHub-flavoured Markdown (`--format md`). */
  markdown: (doc, { chartImage }) => renderMarkdown(doc, { chartPath: chartImage }),
  /** A whole HTML page (`--format html`). */
  html: (doc, { chartImage }) => renderHtml(doc, { chartSrc: chartImage }),
  /** The HTML fragment of a mail body and of the Preview sidebar. */
  htmlBody: (doc, { chartImage }) => renderHtmlBody(doc, { chartSrc: chartImage }),
  /** The Google Doc, as one Docs API batch (and whether a second, for a new header, must follow). */
  docs: (doc, { target }) => docsRequests(doc, target ?? NEW_DOC),
} as const satisfies {
  readonly markdown: Writer<string>;
  readonly html: Writer<string>;
  readonly htmlBody: Writer<string>;
  readonly docs: Writer<DocsBatch>;
};

export type WriterName = keyof typeof WRITERS;
