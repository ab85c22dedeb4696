// The report folder and the Docs in it, through the Drive advanced service (drive.file: only what the tool made).
import { gasMessages, type Language, t } from '../core';
import type { SheetProperties } from './sheet-properties';

type Drive = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

const folderKey = (name: string): string => `reportFolder:${name}`;

/** How Drive and Docs word a file that does not exist (or is no longer shared with us): HTTP 404. */
const NOT_FOUND = /not found|404/i;

/** A service error's message; errors come from another realm than the bundle's, so `instanceof Error` cannot tell. */
export const errorMessage = (error: unknown): string =>
  String((error as { message?: unknown } | null)?.message ?? error);

/**
 * Whether a file the tool made is still there: `gone` only when Drive says so for certain (not found, or in the
 * bin). Any other failure — a quota, a timeout — is thrown, so a passing outage never makes a second file.
 */
export function fileState(files: Drive, id: string): 'live' | 'gone' {
  return fileTag(files, id) === null ? 'gone' : 'live';
}

/** The Drive property that ties a Doc to its spreadsheet and week, set when the Doc is made. */
const REPORT_KEY = 'weeklyReport';

/**
 * A live file's tag (`spreadsheet-id:week`, '' when it has none), or null when Drive says for certain that it is
 * gone. Any other failure is thrown, as fileState's.
 */
export function fileTag(files: Drive, id: string): string | null {
  try {
    const file = files.get(id, { fields: 'id,trashed,appProperties' });
    return file.trashed ? null : (file.appProperties?.[REPORT_KEY] ?? '');
  } catch (error) {
    if (NOT_FOUND.test(errorMessage(error))) return null;
    throw error;
  }
}

/** The folder named in Settings, created once and remembered in this spreadsheet's properties. */
export function reportFolderId(
  files: Drive,
  properties: SheetProperties,
  name: string,
  language: Language,
): string {
  const known = properties.get(folderKey(name));
  if (known && fileState(files, known) === 'live') return known;
  const id = files.create({ name, mimeType: FOLDER }).id;
  if (!id) throw new Error(t(language, gasMessages.driveNoId, { name }));
  properties.set(folderKey(name), id);
  return id;
}

/** A tag as stored: quotes and backslashes dropped, so it can stand inside a Drive query. */
export const cleanTag = (tag: string): string => tag.replace(/['\\]/g, '');

/**
 * The Doc made for this tag (`spreadsheet-id:week`) that is not in the bin, if one exists: a Doc whose first run
 * stopped before the Reports tab recorded it is found again, so a retry never makes a second one.
 */
export function taggedDoc(files: Drive, tag: string): string | null {
  const q = `appProperties has { key='${REPORT_KEY}' and value='${cleanTag(tag)}' } and trashed = false`;
  return files.list({ q, fields: 'files(id)' }).files?.[0]?.id ?? null;
}

/**
 * A new, empty Google Doc created directly inside the folder and tagged with `tag`: one call, and the Doc never
 * sits in the user's root (creating it elsewhere and then moving it would take a second call).
 */
export function createDocIn(
  files: Drive,
  doc: { readonly folderId: string; readonly title: string; readonly tag: string },
  language: Language,
): string {
  const { folderId, title, tag } = doc;
  const appProperties = { [REPORT_KEY]: cleanTag(tag) };
  const id = files.create({ name: title, mimeType: DOCUMENT, parents: [folderId], appProperties }).id;
  if (!id) throw new Error(t(language, gasMessages.driveNoId, { name: title }));
  return id;
}
