// The Apps Script Docs advanced service's `Docs.Documents` over in-memory Docs (docs-body.ts): create, get and
// batchUpdate, failing as the advanced service does, with the REST error wrapped in `API call to … failed`.
import { DocsModel } from './docs-body';

type Document = GoogleAppsScript.Docs.Schema.Document;
type BatchUpdateRequest = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchUpdateResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

/** How the advanced service words a failed call. */
const failed = (method: string, message: string): Error =>
  new Error(`API call to docs.documents.${method} failed with error: ${message}`);

export class FakeDocuments implements GoogleAppsScript.Docs.Collection.DocumentsCollection {
  readonly docs = new Map<string, DocsModel>();
  /** Every batch sent, accepted or not, for tests that count calls or bytes. */
  readonly batches: { documentId: string; requests: readonly unknown[] }[] = [];
  /** Test helper: the next batchUpdate is refused with this message and changes nothing (one-shot). */
  rejectNext: string | null = null;
  private nextId = 1;

  /** A blank Doc: only the title of the resource is used, as the API ignores any content given. */
  create(resource: Document): Document {
    const documentId = `doc-${this.nextId++}`;
    const doc = new DocsModel({ documentId, title: resource.title ?? 'Untitled document' });
    this.docs.set(documentId, doc);
    return doc.document();
  }

  get(documentId: string, _optionalArgs?: object): Document {
    return this.model('get', documentId).document();
  }

  batchUpdate(resource: BatchUpdateRequest, documentId: string): BatchUpdateResponse {
    const doc = this.model('batchUpdate', documentId);
    // The typings' Request predates createHeader; the service passes whatever JSON it is given.
    const requests: readonly unknown[] = resource.requests ?? [];
    this.batches.push({ documentId, requests });
    const rejection = this.rejectNext;
    this.rejectNext = null;
    if (rejection !== null) throw failed('batchUpdate', rejection);
    try {
      const replies = doc.batchUpdate(requests);
      return { documentId, replies: replies as GoogleAppsScript.Docs.Schema.Response[] };
    } catch (error) {
      throw failed('batchUpdate', (error as Error).message);
    }
  }

  private model(method: string, documentId: string): DocsModel {
    const doc = this.docs.get(documentId);
    if (!doc) throw failed(method, 'Requested entity was not found.');
    return doc;
  }
}

/** `Docs` as the advanced service exposes it, Documents only. */
export interface FakeDocs {
  readonly Documents: FakeDocuments;
}

export const fakeDocs = (): FakeDocs => ({ Documents: new FakeDocuments() });
