// Generate: under the document lock, read every tab, build the report in memory, write the week's Doc, log it.
import {
  buildReport,
  gasMessages,
  hasErrors,
  type Issue,
  type Language,
  type LoggedReport,
  loggedReport,
  type Message,
  parseWorkbook,
  type ReportDocument,
  reportMessages,
  type Settings,
  TRENDS_TAB,
  t,
  type WeekChoice,
} from '../core';
import { docUrl, writeDocument } from './doc-writer';
import { cleanTag, createDocIn, errorMessage, fileTag, reportFolderId, taggedDoc } from './folder';
import { type Blocked, withLock } from './lock';
import { findReportsSheet, recordReport } from './report-log';
import type { SheetProperties } from './sheet-properties';
import { readSettings, readWorkbook } from './sheet-reader';
import { type ChartImage, drawTrendCharts, placeChartImages } from './trend-charts';

export type { ChartImage } from './trend-charts';

export interface GenerateServices {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** SpreadsheetApp.flush: pending writes applied, before charts are drawn from them. */
  readonly flush: () => void;
  readonly documents: GoogleAppsScript.Docs.Collection.DocumentsCollection;
  /**
   * For the chart pictures only (SPEC §9): the batch cannot insert an image it has no URL for (the Docs API fetches
   * an image only from a public URL), so DocumentApp puts each PNG where documents.get found its placeholder.
   */
  readonly documentApp: GoogleAppsScript.Document.DocumentApp;
  readonly files: GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
  /** This spreadsheet's own properties (the report folder): a copy of the sheet has none of the original's. */
  readonly properties: SheetProperties;
  readonly lock: GoogleAppsScript.Lock.Lock | null;
  /** Who generates: recorded in Reports. */
  readonly userEmail: string;
}

/**
 * Where a failed run left the week's Doc, so the message can say so: `untouched` (nothing was changed),
 * `unchanged` (the batch was rejected: the Doc is its previous revision), `empty` (a new Doc was made but not
 * written; a retry finds and writes it), `unrecorded` (the Doc is written, the Reports tab is not; a retry
 * rewrites it and records it).
 */
export type DocState = 'untouched' | 'unchanged' | 'empty' | 'unrecorded';

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
      readonly docId: string;
      /** What was written: the mail and the preview render the same tree as HTML. */
      readonly document: ReportDocument;
      /** Each chart block's picture as placed in the Doc (PNG), for the mail's inline images; in block order. */
      readonly charts: readonly ChartImage[];
      /** The charts that could not be drawn or placed, one warning each (also among `issues`): the mail says so. */
      readonly chartWarnings: readonly Issue[];
    }
  | {
      readonly kind: 'failed';
      readonly settings: Settings;
      readonly title: string;
      readonly reason: string;
      readonly doc: DocState;
    };

type Failed = Extract<GenerateOutcome, { readonly kind: 'failed' }>;

const FAILURES: Readonly<Record<DocState, Message>> = {
  untouched: gasMessages.failedUntouched,
  unchanged: gasMessages.failedUnchanged,
  empty: gasMessages.failedEmpty,
  unrecorded: gasMessages.failedUnrecorded,
};

/** What a failed run tells the user (dialog or mail): the reason, and the state it left the Doc in. */
export const failureText = (outcome: Failed): string =>
  t(outcome.settings.language, FAILURES[outcome.doc], { title: outcome.title, reason: outcome.reason });

interface WeekDoc {
  readonly id: string;
  /** Made by this run: known to be empty. */
  readonly created: boolean;
  /** The week's revisions go on from the Reports row's (false: the row came with a copy and names another's Doc). */
  readonly continues: boolean;
}

/**
 * The week's Doc: the one Reports records if its Drive tag is this spreadsheet's and week's, else one an
 * interrupted run made (found by its tag), else a new one in the folder. A Doc in the bin or deleted is replaced;
 * a Doc tagged for another spreadsheet — the original of a copied sheet, whose Reports rows came with the copy —
 * is never written (SPEC §12). Any other failure to tell stops the run.
 */
function weekDoc(
  services: GenerateServices,
  logged: LoggedReport | null,
  doc: { title: string; tag: string; folder: string; language: Language },
): WeekDoc {
  const { files, properties } = services;
  const loggedTag = logged?.docId ? fileTag(files, logged.docId) : null;
  if (logged && loggedTag === cleanTag(doc.tag)) return { id: logged.docId, created: false, continues: true };
  const continues = loggedTag === null;
  const tagged = taggedDoc(files, doc.tag);
  if (tagged) return { id: tagged, created: false, continues };
  const folderId = reportFolderId(files, properties, doc.folder, doc.language);
  return { id: createDocIn(files, { ...doc, folderId }, doc.language), created: true, continues };
}

/**
 * The charts of a written Doc: drawn on the Trends tab and put in place of their placeholders. They never fail the
 * report, and one chart never takes the others down: a chart that cannot be drawn or placed leaves its own
 * placeholder line and a warning saying why.
 */
function addCharts(
  services: GenerateServices,
  docId: string,
  document: ReportDocument,
): { charts: ChartImage[]; warnings: Issue[] } {
  const { language } = document;
  const warning = (message: string): Issue => ({
    tab: TRENDS_TAB[language],
    cell: '',
    severity: 'warning',
    message,
  });
  try {
    const drawn = drawTrendCharts(services.spreadsheet, services.properties, document, services.flush);
    const missing = placeChartImages(services.documentApp, services.documents, docId, document, drawn.images);
    const warnings = [...drawn.failed, ...missing].map(({ chart, reason }) =>
      warning(
        reason === null
          ? t(language, reportMessages.chartNotPlaced, { title: chart.title })
          : t(language, reportMessages.chartFailed, { title: chart.title, reason }),
      ),
    );
    const placed = drawn.images.filter((image) => !missing.some((m) => m.chart === image.chart));
    return { charts: placed, warnings };
  } catch (error) {
    return {
      charts: [],
      warnings: [warning(t(language, reportMessages.chartsFailed, { reason: errorMessage(error) }))],
    };
  }
}

interface Written {
  readonly url: string;
  readonly revision: number;
  readonly docId: string;
  readonly charts: readonly ChartImage[];
  readonly warnings: readonly Issue[];
}

/** Writes the Doc, its charts, and records it, saying on failure how far it got. */
function writeAndRecord(
  services: GenerateServices,
  document: ReportDocument,
  record: (url: string, target: WeekDoc) => number,
  find: () => WeekDoc,
): Written | { reason: string; doc: DocState } {
  let doc: DocState = 'untouched';
  try {
    const target = find();
    doc = target.created ? 'empty' : 'unchanged';
    writeDocument(services.documents, { id: target.id, empty: target.created }, document, () => {
      doc = 'unrecorded';
    });
    const { charts, warnings } = addCharts(services, target.id, document);
    const url = docUrl(target.id);
    return { url, revision: record(url, target), docId: target.id, charts, warnings };
  } catch (error) {
    return { reason: errorMessage(error), doc };
  }
}

/** Generates the chosen week's report; nothing is written unless the whole sheet validates. */
export function generateReport(
  services: GenerateServices,
  now: Date,
  choice: WeekChoice = 'latest',
): GenerateOutcome {
  const { spreadsheet } = services;
  return withLock<GenerateOutcome>(
    services.lock,
    () => ({ kind: 'busy', settings: readSettings(spreadsheet) }),
    () => {
      // People is for reminders (SPEC §11): not one read of it counts against Generate's budget (SPEC §7).
      const input = readWorkbook(spreadsheet, ['people']);
      const workbook = parseWorkbook(input);
      const report = buildReport(workbook, { now, week: choice });
      const { settings, issues, model, document } = report;
      if (!model || !document || hasErrors(issues)) return { kind: 'invalid', settings, issues };
      const monday = model.week.monday;
      const reportsRead = findReportsSheet(input.sheets);
      const reportsHandle = reportsRead && input.handles.get(reportsRead.name);
      const reports = reportsRead && reportsHandle ? { read: reportsRead, sheet: reportsHandle } : undefined;
      const logged = loggedReport(workbook, monday);
      const record = (url: string, target: WeekDoc): number => {
        // A copy's own Doc starts at 1: the row's revisions were the original's.
        const revision = (target.continues ? (logged?.revision ?? 0) : 0) + 1;
        const entry = { week: monday, url, generated: now, by: services.userEmail, revision };
        recordReport(spreadsheet, reports, logged, entry, {
          language: settings.language,
          timeZone: input.timeZone,
        });
        return revision;
      };
      const written = writeAndRecord(services, document, record, () =>
        weekDoc(services, logged, {
          title: document.title,
          tag: `${spreadsheet.getId()}:${monday}`,
          folder: settings.folder,
          language: settings.language,
        }),
      );
      if ('reason' in written) return { kind: 'failed', settings, title: document.title, ...written };
      const { warnings, ...done } = written;
      const all = [...issues, ...warnings];
      const title = document.title;
      return { kind: 'written', settings, issues: all, chartWarnings: warnings, title, document, ...done };
    },
  );
}
