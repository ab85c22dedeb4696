// What an action gets from Apps Script: the services main.ts hands in (the one file that names Apps Script's
// globals), and the objects made from them, each fetched once per run whatever asks for it.
import { gasMessages } from '../core';
import type { DialogServices } from './dialogs';
import type { GenerateServices } from './generate';
import type { MailServices } from './report-mail';
import { type SheetProperties, sheetProperties } from './sheet-properties';
import type { ScheduleServices } from './triggers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script's services as globals name them; an advanced service not enabled in the project is undefined. */
export interface AppsScript {
  readonly spreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly htmlService: GoogleAppsScript.HTML.HtmlService;
  readonly documentApp: GoogleAppsScript.Document.DocumentApp;
  readonly docs: GoogleAppsScript.Docs | undefined;
  readonly drive: GoogleAppsScript.Drive | undefined;
  readonly mailApp: GoogleAppsScript.Mail.MailApp;
  readonly scriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly lockService: GoogleAppsScript.Lock.LockService;
  readonly propertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly session: GoogleAppsScript.Base.Session;
  /** Where a run with no one watching writes what went wrong: console.error, the Executions page. */
  readonly logError: (line: string) => void;
  /** The moment of the run. */
  readonly now: Date;
}

/** One run's services: each made on first use, so an action pays only for what it uses. */
export interface Services {
  readonly gas: AppsScript;
  readonly now: Date;
  spreadsheet(): Spreadsheet;
  dialogs(): DialogServices;
  /** The acting user's address ('' where Apps Script withholds it); in a trigger, the trigger's owner. */
  user(): string;
  /** This spreadsheet's document properties: a copy of the sheet has a new id and so none of the original's. */
  properties(): SheetProperties;
  lock(): GoogleAppsScript.Lock.Lock;
  /** Throws when the Drive or Docs advanced service is not enabled: Generate cannot run without them. */
  generate(): GenerateServices;
  /** Mail in the name of `owner`, to the addresses they confirmed (null: the user confirms in a dialog now). */
  mail(owner: string, confirmed: readonly string[] | null): MailServices;
  schedule(): ScheduleServices;
}

const once = <T>(make: () => T): (() => T) => {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
};

export function servicesOf(gas: AppsScript): Services {
  const spreadsheet = once(() => gas.spreadsheetApp.getActiveSpreadsheet());
  const dialogs = once(() => ({ ui: gas.spreadsheetApp.getUi(), html: gas.htmlService }));
  const user = once(() => {
    try {
      return gas.session.getActiveUser().getEmail() || gas.session.getEffectiveUser().getEmail();
    } catch {
      return '';
    }
  });
  const properties = once(() =>
    sheetProperties(gas.propertiesService.getDocumentProperties(), spreadsheet().getId()),
  );
  const lock = once(() => gas.lockService.getDocumentLock());
  const generate = (): GenerateServices => {
    const { drive, docs } = gas;
    const text = gasMessages;
    if (!drive) throw new Error(`${text.driveServiceMissing.zh} / ${text.driveServiceMissing.en}`);
    if (!docs) throw new Error(`${text.docsServiceMissing.zh} / ${text.docsServiceMissing.en}`);
    return {
      spreadsheet: spreadsheet(),
      flush: () => gas.spreadsheetApp.flush(),
      documents: docs.Documents,
      documentApp: gas.documentApp,
      files: drive.Files,
      properties: properties(),
      lock: lock(),
      userEmail: user(),
    };
  };
  return {
    gas,
    now: gas.now,
    spreadsheet,
    dialogs,
    user,
    properties,
    lock,
    generate,
    mail: (owner, confirmed) => ({
      mail: gas.mailApp,
      documents: gas.documentApp,
      logError: gas.logError,
      owner,
      confirmed,
      sheetUrl: spreadsheet().getUrl(),
      scheduleMenu: gasMessages.scheduleMenuPath,
    }),
    schedule: () => ({
      scriptApp: gas.scriptApp,
      properties: properties(),
      lock: lock(),
      user: user(),
      now: gas.now,
    }),
  };
}
