// Writes the report into its Google Doc with the Docs advanced service: one atomic batchUpdate per revision.
import {
  createdHeaderId,
  docsHeaderRequests,
  docsTarget,
  NEW_DOC,
  type ReportDocument,
  WRITERS,
} from '../core';

type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;
type Request = GoogleAppsScript.Docs.Schema.Request;

/** All `docsTarget` reads of a Doc: the body's last index and the default page header. */
const TARGET_FIELDS = 'body(content(endIndex)),documentStyle(defaultHeaderId),headers';

/**
 * Replaces the Doc's content with `report` in one batch, which the API applies whole or not at all: a rejected
 * batch leaves the previous revision exactly as it was. A Doc without a page header gets one in the batch, and its
 * text in a second, small batch (the new header's id is only known from the first batch's reply).
 */
export function writeDocument(
  documents: Documents,
  doc: { readonly id: string; readonly empty: boolean },
  report: ReportDocument,
  bodyWritten: () => void,
) {
  const docId = doc.id;
  const target = doc.empty ? NEW_DOC : docsTarget(documents.get(docId, { fields: TARGET_FIELDS }));
  const batch = WRITERS.docs(report, { target });
  // Apps Script's typings predate createHeader; the service sends the requests as JSON either way.
  const response = documents.batchUpdate({ requests: batch.requests as Request[] }, docId);
  bodyWritten();
  if (!batch.createsHeader) return;
  const id = createdHeaderId(response.replies);
  if (id)
    documents.batchUpdate({ requests: docsHeaderRequests(report.headerText, { id, endIndex: 1 }) }, docId);
}

/** The address a Doc is opened at. */
export const docUrl = (docId: string): string => `https://docs.google.com/document/d/${docId}/edit`;
