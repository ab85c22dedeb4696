// Generate: under the document lock, read every tab, build the report in memory, write the week's Doc, log it.
import {
  buildReport,
  hasErrors,
  type Issue,
  type LocalDate,
  type ReportDocument,
  type Settings,
} from '../core';
import { type DocStyles, writeDocument } from './doc-writer';
import { createDocIn, reportFolderId } from './folder';
import { type Blocked, withLock } from './lock';
import { findLoggedReport, findReportsSheet, recordReport } from './report-log';
import { readSettings, readWorkbook } from './sheet-reader';

export interface GenerateServices {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly documentApp: Pick<GoogleAppsScript.Document.DocumentApp, 'openById'> & DocStyles;
  readonly files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
  readonly properties: GoogleAppsScript.Properties.Properties;
  readonly lock: GoogleAppsScript.Lock.Lock | null;
  /** Who generates: recorded in Reports. */
  readonly userEmail: string;
}

export type GenerateOutcome =
  | Blocked
  | {
      readonly kind: 'written';
      readonly settings: Settings;
      /** Warnings do not block generation; they are shown with the link. */
      readonly issues: readonly Issue[];
      readonly title: string;
      readonly url: string;
      readonly revision: number;
    }
  | {
      /** The Doc could not be written: it keeps its previous content and Reports is left as it was. */
      readonly kind: 'failed';
      readonly settings: Settings;
      readonly title: string;
      readonly reason: string;
    };

/** The week's Doc when it still exists (rewritten in place), otherwise a new Doc in the report folder. */
function openWeekDoc(
  services: GenerateServices,
  docId: string,
  document: ReportDocument,
  settings: Settings,
) {
  if (docId) {
    try {
      return services.documentApp.openById(docId);
    } catch {
      // Deleted, or no longer shared with us: make a new one and record it instead.
    }
  }
  const folderId = reportFolderId(services.files, services.properties, settings.folder);
  return services.documentApp.openById(createDocIn(services.files, folderId, document.title));
}

/**
 * Generates the report of `week` (any day of it; default the latest week); nothing is written unless the whole
 * sheet validates.
 */
export function generateReport(services: GenerateServices, now: Date, week?: LocalDate): GenerateOutcome {
  const { spreadsheet } = services;
  return withLock<GenerateOutcome>(
    services.lock,
    () => ({ kind: 'busy', settings: readSettings(spreadsheet, now) }),
    () => {
      const input = readWorkbook(spreadsheet);
      const report = buildReport(input, { now, week });
      const { settings, issues, model, document } = report;
      if (!model || !document || hasErrors(issues)) return { kind: 'invalid', settings, issues };
      const reportsSheet = findReportsSheet(input.sheets);
      const logged = findLoggedReport(reportsSheet, model.week.monday, input.timeZone);
      const doc = openWeekDoc(services, logged?.docId ?? '', document, settings);
      // Read before writing: a Doc cannot be used after saveAndClose().
      const url = doc.getUrl();
      try {
        writeDocument(doc, document, services.documentApp);
      } catch (error) {
        // A Docs failure is the environment's, not the data's: say so, and record nothing.
        // Service errors come from another realm than the bundle's, so `instanceof Error` cannot tell.
        const reason = String((error as { message?: unknown } | null)?.message ?? error);
        return { kind: 'failed', settings, title: document.title, reason };
      }
      const revision = (logged?.revision ?? 0) + 1;
      recordReport(
        spreadsheet,
        reportsSheet,
        logged,
        { week: model.week.monday, url, generated: now, by: services.userEmail, revision },
        { language: settings.language, timeZone: input.timeZone },
      );
      return { kind: 'written', settings, issues, title: document.title, url, revision };
    },
  );
}
