// In-memory Drive advanced service (v3): folders and Google Docs the script created, as `drive.file` sees them.
import type { CallLog } from './calls';
import { counted } from './calls';
import type { FakeDocuments } from './docs-api';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

export class FakeFiles {
  readonly files = new Map<string, DriveFile>();
  private created = 0;

  constructor(private readonly documents: FakeDocuments) {}

  /** A folder, or a Google Doc that the Docs service can then read and write (the Doc shares the file's id). */
  create(resource: DriveFile): DriveFile {
    if (
      resource.parents?.some((id) => this.files.get(id)?.mimeType !== FOLDER || this.files.get(id)?.trashed)
    ) {
      throw new Error(
        `API call to drive.files.create failed with error: File not found: ${resource.parents}.`,
      );
    }
    const id =
      resource.mimeType === DOCUMENT
        ? (this.documents.create({ title: resource.name ?? '' }).documentId ?? '')
        : `folder-${++this.created}`;
    const file: DriveFile = { ...resource, id, parents: [...(resource.parents ?? [])], trashed: false };
    this.files.set(id, file);
    return { ...file };
  }

  get(fileId: string, _optionalArgs?: Record<string, unknown>): DriveFile {
    const file = this.files.get(fileId);
    if (!file) throw new Error(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
    return { ...file };
  }

  /**
   * Files matching a query of the one form the tool sends, `appProperties has { key='K' and value='V' } and
   * trashed = false` (drive.file lists only files the tool made, as all of these are); anything else throws, so a
   * query the fake does not understand cannot pass as an empty result.
   */
  list(optionalArgs: { q?: string; fields?: string } = {}): { files: DriveFile[] } {
    const query = /^appProperties has \{ key='([^']*)' and value='([^']*)' \} and trashed = false$/.exec(
      optionalArgs.q ?? '',
    );
    if (!query)
      throw new Error(`API call to drive.files.list failed with error: Invalid Value (${optionalArgs.q})`);
    const [, key, value] = query;
    const files = [...this.files.values()].filter((f) => !f.trashed && f.appProperties?.[key] === value);
    return { files: files.map((f) => ({ id: f.id })) };
  }

  /** Test helper: the user deletes a file for good (a Doc's content goes with it). */
  delete(fileId: string): void {
    this.files.delete(fileId);
    this.documents.docs.delete(fileId);
  }

  /** Test helper: the user moves a file to the bin. */
  trash(fileId: string): void {
    const file = this.files.get(fileId);
    if (file) file.trashed = true;
  }
}

export class FakeDrive {
  readonly Files: FakeFiles;

  constructor(
    private readonly log: CallLog,
    documents: FakeDocuments,
  ) {
    this.Files = new FakeFiles(documents);
  }

  /** The `Files` collection as the code sees it: counted under the `Drive` service. */
  counted(): { Files: FakeFiles } {
    return { Files: counted(this.Files, this.log, 'Drive', 'Files') };
  }
}
