// The center's Doc (SPEC §13): one per week, found again by its Drive tag, written whole in one Docs batch — the
// same writer as a team's Generate; the team sheets are never written.
import type { Language, LocalDate, ReportDocument } from '../../core';
import { docUrl, writeDocument } from '../doc-writer';
import { createDocIn, errorMessage, reportFolderId, taggedDoc } from '../folder';
import type { DocState, GenerateServices } from '../generate';

export type CenterDocResult =
  | { readonly kind: 'written'; readonly docId: string; readonly url: string }
  | { readonly kind: 'failed'; readonly reason: string; readonly doc: DocState };

/** `<center spreadsheet id>:center:<week>`: a copy of the center sheet, or a team sheet, never takes it for its own. */
export const centerTag = (spreadsheetId: string, week: LocalDate): string =>
  `${spreadsheetId}:center:${week}`;

/**
 * Writes the week's center Doc: the one tagged for this center and week if there is one (not in the bin), else a
 * new one in the Settings folder. Says how far it got when it fails.
 */
export function writeCenterDoc(
  services: Pick<GenerateServices, 'files' | 'documents' | 'properties'>,
  doc: {
    readonly tag: string;
    readonly folder: string;
    readonly language: Language;
    readonly document: ReportDocument;
  },
): CenterDocResult {
  let state: DocState = 'untouched';
  try {
    const { files } = services;
    const found = taggedDoc(files, doc.tag);
    const title = doc.document.title;
    const docId =
      found ??
      createDocIn(
        files,
        {
          folderId: reportFolderId(files, services.properties, doc.folder, doc.language),
          title,
          tag: doc.tag,
        },
        doc.language,
      );
    state = found ? 'unchanged' : 'empty';
    writeDocument(services.documents, { id: docId, empty: !found }, doc.document, () => {
      state = 'unrecorded';
    });
    return { kind: 'written', docId, url: docUrl(docId) };
  } catch (error) {
    return { kind: 'failed', reason: errorMessage(error), doc: state };
  }
}
