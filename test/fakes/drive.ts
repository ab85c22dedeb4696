// In-memory Drive advanced service (v3): folders and Google Docs the script created, as `drive.file` sees them.
import type { CallLog } from './calls';
import { counted } from './calls';
import type { FakeDocumentApp } from './document-app';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

export class FakeFiles {
  readonly files = new Map<string, DriveFile>();
  private created = 0;

  constructor(private readonly documents: FakeDocumentApp) {}

  /** A folder, or a Google Doc that DocumentApp can then open (the Doc shares the Drive file's id). */
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
        ? this.documents.add(resource.name ?? '').id
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
    documents: FakeDocumentApp,
  ) {
    this.Files = new FakeFiles(documents);
  }

  /** The `Files` collection as the code sees it: counted under the `Drive` service. */
  counted(): { Files: FakeFiles } {
    return { Files: counted(this.Files, this.log, 'Drive', 'Files') };
  }
}
