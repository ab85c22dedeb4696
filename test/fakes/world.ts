// One fake Apps Script world: every service sharing one call log, exposed as the globals Apps Script provides.
import manifest from '../../appsscript.json';
import centerManifest from '../../center/appsscript.json';
import { CallLog, counted } from './calls';
import { FakeClock } from './clock';
import { FakeDocuments } from './docs-api';
import { FakeDocumentApp } from './document-app';
import { FakeDrive } from './drive';
import {
  FakeHtmlService,
  FakeLockService,
  FakeMailApp,
  FakePropertiesService,
  FakeScriptApp,
  FakeSession,
} from './script-services';
import { FakeSheetsSpreadsheets, type SheetsApiOptions } from './sheets-api';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeUtilities } from './utilities';

export interface FakeWorld {
  readonly calls: CallLog;
  /** What `new Date()` reads in the bundle (load it with `clock`); the session's key rotates with it. */
  readonly clock: FakeClock;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  /** The Docs advanced service's Documents: every Doc Drive creates lives here. */
  readonly docs: FakeDocuments;
  /** DocumentApp over the same Docs: chart images after the batch, the PDF for the mail. */
  readonly documentApp: FakeDocumentApp;
  readonly drive: FakeDrive;
  readonly lockService: FakeLockService;
  readonly propertiesService: FakePropertiesService;
  readonly session: FakeSession;
  readonly scriptApp: FakeScriptApp;
  readonly mailApp: FakeMailApp;
  readonly htmlService: FakeHtmlService;
  /**
   * Other people's spreadsheets, as the Sheets advanced service reads them (`Sheets.Spreadsheets`); a global only
   * in a project whose manifest enables the service (the center's, SPEC §13).
   */
  readonly sheets: FakeSheetsSpreadsheets;
  /** Utilities.sleep, on the clock. */
  readonly utilities: FakeUtilities;
  /** What the script sees: each service under its Apps Script global name, every call counted. */
  readonly globals: Record<string, unknown>;
}

/** Which Apps Script project runs: a team's (appsscript.json) or a center's (center/appsscript.json, SPEC §13). */
export type Project = 'team' | 'center';

const MANIFESTS = { team: manifest, center: centerManifest } as const;

/** The scopes of the manifest that is pushed (the build copies it to dist/ as it is): what the user granted. */
export const manifestScopes = (project: Project = 'team'): readonly string[] =>
  MANIFESTS[project].oauthScopes;

/** Whether the project's manifest enables an advanced service: only then is its global defined. */
const enables = (project: Project, serviceId: string): boolean =>
  MANIFESTS[project].dependencies.enabledAdvancedServices.some((s) => s.serviceId === serviceId);

/** What one person's Google account holds whatever the spreadsheet: their Drive and Docs, their mail, who they are. */
type Account = Pick<FakeWorld, 'clock' | 'docs' | 'drive' | 'documentApp' | 'session' | 'mailApp'>;

export interface WorldOptions {
  readonly timeZone?: string;
  readonly locale?: string;
  /** The granted scopes; default the manifest's. */
  readonly scopes?: readonly string[];
  readonly now?: Date;
  /** Default `team`: the project's manifest decides the scopes and which advanced services are globals. */
  readonly project?: Project;
  readonly sheetsApi?: SheetsApiOptions;
}

function account(calls: CallLog, options: WorldOptions): Account {
  const clock = new FakeClock(options.now ?? new Date('2023-11-15T07:30:00Z'));
  const docs = new FakeDocuments();
  return {
    clock,
    docs,
    drive: new FakeDrive(calls, docs),
    documentApp: new FakeDocumentApp(docs, calls),
    session: new FakeSession(calls, clock, options.scopes ?? manifestScopes(options.project)),
    mailApp: new FakeMailApp(clock),
  };
}

export function createWorld(options: WorldOptions = {}, shared?: Account): FakeWorld {
  const calls = new CallLog();
  const { clock, docs, drive, documentApp, session, mailApp } = shared ?? account(calls, options);
  const spreadsheetApp = new FakeSpreadsheetApp(calls);
  spreadsheetApp.spreadsheet.timeZone = options.timeZone ?? 'Asia/Shanghai';
  spreadsheetApp.spreadsheet.locale = options.locale ?? 'zh_CN';
  const lockService = new FakeLockService(calls);
  const propertiesService = new FakePropertiesService(calls);
  const scriptApp = new FakeScriptApp(calls, session);
  const htmlService = new FakeHtmlService(calls);
  const project = options.project ?? 'team';
  const sheets = new FakeSheetsSpreadsheets(clock, options.sheetsApi);
  const utilities = new FakeUtilities(clock);
  if (project === 'center') {
    // Apps Script's limits on document properties: the center keeps its reading state there between slices.
    propertiesService.document.limits = { valueBytes: 9 * 1024, totalBytes: 500 * 1024 };
  }
  const globals = {
    SpreadsheetApp: counted(spreadsheetApp, calls, 'SpreadsheetApp', 'SpreadsheetApp'),
    Docs: { Documents: counted(docs, calls, 'Docs', 'Documents') },
    DocumentApp: counted(documentApp, calls, 'DocumentApp', 'DocumentApp'),
    Drive: drive.counted(),
    LockService: counted(lockService, calls, 'LockService', 'LockService'),
    PropertiesService: counted(propertiesService, calls, 'PropertiesService', 'PropertiesService'),
    Session: counted(session, calls, 'Session', 'Session'),
    ScriptApp: counted(scriptApp, calls, 'ScriptApp', 'ScriptApp'),
    MailApp: counted(mailApp, calls, 'MailApp', 'MailApp'),
    HtmlService: counted(htmlService, calls, 'HtmlService', 'HtmlService'),
    Utilities: counted(utilities, calls, 'Utilities', 'Utilities'),
    ...(enables(project, 'sheets') && {
      Sheets: { Spreadsheets: counted(sheets, calls, 'Sheets', 'Spreadsheets') },
    }),
  };
  return {
    calls,
    clock,
    spreadsheetApp,
    docs,
    documentApp,
    drive,
    lockService,
    propertiesService,
    session,
    scriptApp,
    mailApp,
    htmlService,
    sheets,
    utilities,
    globals,
  };
}

/**
 * File → Make a copy, as Google does it: the copy has a new id and URL, every tab's cells (the Reports rows
 * included, still pointing at the original's Docs), and a copy of the bound script — but no document properties
 * and no triggers. The same person's Drive, Docs and mail are behind both.
 */
export function copyWorld(original: FakeWorld, id: string): FakeWorld {
  const { clock, docs, drive, documentApp, session, mailApp } = original;
  const source = original.spreadsheetApp.spreadsheet;
  const copy = createWorld(
    { timeZone: source.timeZone, locale: source.locale },
    { clock, docs, drive, documentApp, session, mailApp },
  );
  source.copyInto(copy.spreadsheetApp.spreadsheet, id);
  return copy;
}
