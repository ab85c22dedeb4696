// The report folder and the Docs in it, through the Drive advanced service (drive.file: only what the tool made).

type Drive = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Properties = GoogleAppsScript.Properties.Properties;

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

const folderKey = (name: string): string => `reportFolder:${name}`;

/** True unless the folder was deleted or moved to the bin since the tool created it. */
function isLive(files: Drive, id: string): boolean {
  try {
    return !files.get(id, { fields: 'id,trashed' }).trashed;
  } catch {
    return false;
  }
}

/** The folder named in Settings, created once and remembered in the document properties. */
export function reportFolderId(files: Drive, properties: Properties, name: string): string {
  const known = properties.getProperty(folderKey(name));
  if (known && isLive(files, known)) return known;
  const id = files.create({ name, mimeType: FOLDER }).id;
  if (!id) throw new Error(`Drive did not return an id for the folder "${name}"`);
  properties.setProperty(folderKey(name), id);
  return id;
}

/**
 * A new, empty Google Doc created directly inside the folder: one call, and the Doc never sits in the user's
 * root (creating with DocumentApp and then moving it would take a second call with `addParents`/`removeParents`).
 */
export function createDocIn(files: Drive, folderId: string, title: string): string {
  const id = files.create({ name: title, mimeType: DOCUMENT, parents: [folderId] }).id;
  if (!id) throw new Error(`Drive did not return an id for the document "${title}"`);
  return id;
}
