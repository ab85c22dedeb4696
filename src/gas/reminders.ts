// Remind owners (SPEC §11): one mail per owner with rows not updated, never more than the day's quota, and what was not sent said.
import {
  type CompletenessCheck,
  checkCompleteness,
  completenessLine,
  formatIssue,
  type Issue,
  type Language,
  type Message,
  type OwnerRows,
  ownerLine,
  ownerList,
  parseWorkbook,
  reminderLetter,
  reminderMessages,
  reportMessages,
  type Settings,
  sameAddress,
  singleLine,
  splitByConfirmation,
  t,
  type WeeklyTime,
} from '../core';
import { errorMessage } from './folder';
import type { SheetProperties } from './sheet-properties';
import { readWorkbook } from './sheet-reader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type MailApp = GoogleAppsScript.Mail.MailApp;

const text = reminderMessages;

/** What a reminder run did, owner by owner. */
export interface ReminderOutcome {
  readonly sent: readonly OwnerRows[];
  /** Reachable owners past the day's quota: not mailed. */
  readonly overQuota: readonly OwnerRows[];
  /** The quota as it was before sending. */
  readonly quota: number;
  /** Reachable owners past Settings 每次最多邮件: not mailed. */
  readonly overCap: readonly OwnerRows[];
  readonly failed: readonly { readonly owner: OwnerRows; readonly reason: string }[];
  /** Owners with rows to update but no address. */
  readonly unreachable: readonly OwnerRows[];
  /** Owners already reminded for this week (by an earlier click, a retry or another trigger): not mailed again. */
  readonly already: readonly OwnerRows[];
  /** Owners whose address the schedule's owner has not confirmed: the trigger does not mail them. */
  readonly waiting: readonly OwnerRows[];
}

/** Who was reminded for which week: one record per spreadsheet, replaced when the week changes. */
const REMINDED_KEY = 'reminded';

interface RemindedRecord {
  readonly week: string;
  readonly addresses: readonly string[];
}

function remindedFor(properties: SheetProperties, week: string): string[] {
  try {
    const record = JSON.parse(properties.get(REMINDED_KEY) ?? 'null') as RemindedRecord | null;
    return record?.week === week && Array.isArray(record.addresses) ? [...record.addresses] : [];
  } catch {
    return [];
  }
}

/** Whether an owner's address is among those already reminded. */
const among =
  (reminded: readonly string[]) =>
  (owner: OwnerRows): boolean =>
    owner.address !== null && reminded.some((a) => sameAddress(a, owner.address ?? ''));

/** How a run may send: who was reminded already, and (for the trigger) the addresses its owner confirmed. */
export interface ReminderRun {
  readonly properties: SheetProperties;
  /** Null: the user confirms every address in the dialog now. */
  readonly confirmed: readonly string[] | null;
}

/** Completeness of the report in progress, as the sheet holds it now. */
export const readCompleteness = (spreadsheet: Spreadsheet, now: Date): CompletenessCheck =>
  checkCompleteness(parseWorkbook(readWorkbook(spreadsheet)), now);

/** Errors in what reminders read: the rows would not be told apart from their copies, so nothing is sent. */
export const blockingIssues = (check: CompletenessCheck): readonly Issue[] =>
  check.issues.filter((issue) => issue.severity === 'error');

const reachable = (check: CompletenessCheck) => check.completeness.owners.filter((o) => o.address !== null);
const unreachable = (check: CompletenessCheck) => check.completeness.owners.filter((o) => o.address === null);

/**
 * One mail per reachable owner not yet reminded this week, listing their rows and linking the sheet. The quota is
 * read first and only as many owners as it and Settings 每次最多邮件 allow are mailed (each mail has one
 * recipient); each mail is recorded as it goes, so a second run, or a retry after a timeout, mails nobody twice.
 * The rest are returned, never silently dropped.
 */
export function sendReminders(
  mail: MailApp,
  check: CompletenessCheck,
  url: string,
  run: ReminderRun,
): ReminderOutcome {
  const { settings, completeness } = check;
  const week = completeness.week;
  const before = remindedFor(run.properties, week);
  const reminded = [...before];
  const isReminded = among(before);
  const candidates = reachable(check).filter((o) => !isReminded(o));
  const addresses = candidates.map((o) => o.address ?? '');
  const allowed =
    run.confirmed === null ? addresses : splitByConfirmation(addresses, run.confirmed).confirmed;
  const owners = candidates.filter((o) => allowed.includes(o.address ?? ''));
  const quota = Math.max(0, mail.getRemainingDailyQuota());
  const limit = Math.min(quota, settings.maxMailsPerRun);
  const sent: OwnerRows[] = [];
  const failed: { owner: OwnerRows; reason: string }[] = [];
  const context = { team: settings.team, week, url };
  for (const owner of owners.slice(0, limit)) {
    const letter = reminderLetter(owner, context, settings.language);
    if (letter === null) continue;
    try {
      mail.sendEmail({ to: letter.to, subject: singleLine(letter.subject), body: letter.body });
      sent.push(owner);
      reminded.push(letter.to);
      run.properties.set(REMINDED_KEY, JSON.stringify({ week, addresses: reminded }));
    } catch (error) {
      failed.push({ owner, reason: errorMessage(error) });
    }
  }
  const rest = owners.slice(limit);
  return {
    sent,
    overQuota: quota <= settings.maxMailsPerRun ? rest : [],
    overCap: quota > settings.maxMailsPerRun ? rest : [],
    quota,
    failed,
    unreachable: unreachable(check),
    already: reachable(check).filter(isReminded),
    waiting: candidates.filter((o) => !owners.includes(o)),
  };
}

/** The question before sending: the count, who gets a mail for which rows, who cannot be reached. */
export function confirmationText(
  check: CompletenessCheck,
  language: Language,
  properties: SheetProperties,
): string {
  const isReminded = among(remindedFor(properties, check.completeness.week));
  const owners = reachable(check).filter((owner) => !isReminded(owner));
  const already = reachable(check).filter(isReminded);
  const cannot = unreachable(check);
  // Under its heading an owner is named once: the heading already says whether they have an address.
  const part = (heading: string, list: readonly OwnerRows[], withAddress = true) =>
    list.length > 0 ? ['', heading, ...list.map((owner) => ownerLine(owner, language, withAddress))] : [];
  return [
    completenessLine(check.completeness, language),
    ...part(t(language, text.confirmMail, { count: owners.length }), owners),
    ...part(t(language, text.confirmAlready, { week: check.completeness.week }), already),
    ...part(t(language, text.confirmUnreachable), cannot, false),
    '',
    t(language, text.confirmQuestion),
  ].join('\n');
}

/** What did not happen, one line each: already reminded, over quota or cap, failed, no address, unconfirmed. */
export function notSentLines(outcome: ReminderOutcome, language: Language, week: string): string[] {
  const line = (owners: readonly OwnerRows[], message: Message, params = {}): string[] =>
    owners.length > 0 ? [t(language, message, { ...params, owners: ownerList(owners, language) })] : [];
  return [
    ...line(outcome.already, text.alreadyReminded, { week }),
    ...line(outcome.overQuota, text.remindOverQuota, { quota: outcome.quota }),
    ...line(outcome.overCap, text.remindOverCap, { max: outcome.overCap.length + outcome.sent.length }),
    ...outcome.failed.map(({ owner, reason }) =>
      t(language, text.remindFailed, { owner: ownerList([owner], language), reason }),
    ),
    ...line(outcome.unreachable, text.remindUnreachable),
  ];
}

/** The dialog after sending: who was mailed, then everyone who was not and why. */
export function outcomeText(outcome: ReminderOutcome, language: Language, week: string): string {
  const sent =
    outcome.sent.length > 0
      ? t(language, text.remindSent, {
          count: outcome.sent.length,
          owners: ownerList(outcome.sent, language),
        })
      : t(language, text.remindSentNone);
  return [sent, ...notSentLines(outcome, language, week)].join('\n');
}

/** When there is nobody to ask about: everyone updated, or no owner with rows to update can be mailed. */
export function nothingToSend(check: CompletenessCheck, language: Language): string | null {
  const completeness = completenessLine(check.completeness, language);
  if (check.completeness.owners.length === 0) return t(language, text.nothingToRemind, { completeness });
  if (reachable(check).length > 0) return null;
  const lines = unreachable(check).map((owner) => ownerLine(owner, language, false));
  return [t(language, text.noOneReachable, { completeness }), ...lines].join('\n');
}

/** The services of the reminder trigger's run. */
export interface TriggerReminderServices {
  readonly spreadsheet: Spreadsheet;
  readonly mail: MailApp;
  readonly properties: SheetProperties;
  readonly logError: (line: string) => void;
  /** The schedule's owner, in whose name reminders go: told of what was not sent. */
  readonly owner: string;
  /** The addresses the owner confirmed: no one else is mailed. */
  readonly confirmed: readonly string[];
}

/**
 * The reminder trigger's run, as its owner and with no one to ask (the caller holds the document lock): mails the
 * owners not yet reminded this week at addresses the schedule's owner confirmed. Everything it could not send is
 * logged (Executions) and mailed to the schedule's owner, with the addresses that wait for their confirmation.
 */
export function remindFromTrigger(services: TriggerReminderServices, check: CompletenessCheck): void {
  const { language } = check.settings;
  const problems = blockingIssues(check);
  const url = services.spreadsheet.getUrl();
  if (problems.length > 0) {
    tellOwner(services, t(language, text.remindProblems), problems.map(formatIssue));
    return;
  }
  const run = { properties: services.properties, confirmed: services.confirmed };
  const outcome = sendReminders(services.mail, check, url, run);
  const week = check.completeness.week;
  const notSent = notSentLines({ ...outcome, already: [] }, language, week);
  if (notSent.length > 0) tellOwner(services, t(language, text.notSentSubject), notSent);
  const waiting = outcome.waiting.map((o) => o.address ?? '');
  if (waiting.length > 0) {
    const params = { count: waiting.length, addresses: waiting.join('\n'), url };
    tellOwner(services, t(language, text.waitingSubject, params), [t(language, text.waiting, params)]);
  }
}

/** A line for the log and one mail to the schedule's owner (never past the quota). */
function tellOwner(services: TriggerReminderServices, subject: string, lines: readonly string[]): void {
  services.logError([subject, ...lines].join('\n'));
  if (services.owner === '' || services.mail.getRemainingDailyQuota() < 1) return;
  try {
    services.mail.sendEmail({ to: services.owner, subject: singleLine(subject), body: lines.join('\n') });
  } catch (error) {
    services.logError(errorMessage(error));
  }
}

/** `每周五 15:00` / `every Fri 15:00`, in the words the report uses for weekdays. */
export function weeklyTimeText(time: WeeklyTime, settings: Settings): { weekday: string; time: string } {
  const weekday = t(settings.language, reportMessages.weekdays).split(',')[time.weekday - 1];
  const pad = (n: number) => String(n).padStart(2, '0');
  return { weekday, time: `${pad(time.hour)}:${pad(time.minute)}` };
}
