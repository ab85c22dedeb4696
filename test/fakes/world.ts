// One fake Apps Script world: every service sharing one call log, exposed as the globals Apps Script provides.
import { CallLog, counted } from './calls';
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
import { FakeSpreadsheetApp } from './spreadsheet-app';

export interface FakeWorld {
  readonly calls: CallLog;
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
  /** What the script sees: each service under its Apps Script global name, every call counted. */
  readonly globals: Record<string, unknown>;
}

export function createWorld(options: { timeZone?: string; locale?: string } = {}): FakeWorld {
  const calls = new CallLog();
  const spreadsheetApp = new FakeSpreadsheetApp(calls);
  spreadsheetApp.spreadsheet.timeZone = options.timeZone ?? 'Asia/Shanghai';
  spreadsheetApp.spreadsheet.locale = options.locale ?? 'zh_CN';
  const docs = new FakeDocuments();
  const drive = new FakeDrive(calls, docs);
  const documentApp = new FakeDocumentApp(docs, calls);
  const lockService = new FakeLockService(calls);
  const propertiesService = new FakePropertiesService(calls);
  const session = new FakeSession(calls);
  const scriptApp = new FakeScriptApp(calls, session);
  const mailApp = new FakeMailApp();
  const htmlService = new FakeHtmlService(calls);
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
  };
  return {
    calls,
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
    globals,
  };
}
