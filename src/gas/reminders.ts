// Remind owners (SPEC §11): one mail per owner with rows not updated, never more than the day's quota, and what was not sent said.
import {
  type CompletenessCheck,
  checkCompleteness,
  completenessLine,
  formatIssue,
  type Issue,
  type Language,
  type OwnerRows,
  ownerLine,
  ownerList,
  reminderLetter,
  reminderMessages,
  reportMessages,
  type Settings,
  t,
  type WeeklyTime,
} from '../core';
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
  readonly failed: readonly { readonly owner: OwnerRows; readonly reason: string }[];
  /** Owners with rows to update but no address. */
  readonly unreachable: readonly OwnerRows[];
}

/** Completeness of the report in progress, as the sheet holds it now. */
export const readCompleteness = (spreadsheet: Spreadsheet, now: Date): CompletenessCheck =>
  checkCompleteness(readWorkbook(spreadsheet), now);

/** Errors in what reminders read: the rows would not be told apart from their copies, so nothing is sent. */
export const blockingIssues = (check: CompletenessCheck): readonly Issue[] =>
  check.issues.filter((issue) => issue.severity === 'error');

const reachable = (check: CompletenessCheck) => check.completeness.owners.filter((o) => o.address !== null);
const unreachable = (check: CompletenessCheck) => check.completeness.owners.filter((o) => o.address === null);

/**
 * One mail per reachable owner, listing their rows and linking the sheet. The quota is read first and only as many
 * owners as it allows are mailed (each mail has one recipient); the rest are returned, never silently dropped.
 */
export function sendReminders(mail: MailApp, check: CompletenessCheck, url: string): ReminderOutcome {
  const { settings, completeness } = check;
  const quota = Math.max(0, mail.getRemainingDailyQuota());
  const owners = reachable(check);
  const sent: OwnerRows[] = [];
  const failed: { owner: OwnerRows; reason: string }[] = [];
  const context = { team: settings.team, week: completeness.week, url };
  for (const owner of owners.slice(0, quota)) {
    const letter = reminderLetter(owner, context, settings.language);
    if (letter === null) continue;
    try {
      mail.sendEmail({ to: letter.to, subject: letter.subject, body: letter.body });
      sent.push(owner);
    } catch (error) {
      failed.push({ owner, reason: String((error as { message?: unknown } | null)?.message ?? error) });
    }
  }
  return { sent, overQuota: owners.slice(quota), quota, failed, unreachable: unreachable(check) };
}

/** The question before sending: the count, who gets a mail for which rows, who cannot be reached. */
export function confirmationText(check: CompletenessCheck, language: Language): string {
  const owners = reachable(check);
  const cannot = unreachable(check);
  return [
    completenessLine(check.completeness, language),
    '',
    t(language, text.confirmMail, { count: owners.length }),
    ...owners.map((owner) => ownerLine(owner, language)),
    ...(cannot.length > 0
      ? ['', t(language, text.confirmUnreachable), ...cannot.map((owner) => ownerLine(owner, language))]
      : []),
    '',
    t(language, text.confirmQuestion),
  ].join('\n');
}

/** What did not happen, one line each: over quota, failed, no address. Empty when every owner was mailed. */
export function notSentLines(outcome: ReminderOutcome, language: Language): string[] {
  return [
    ...(outcome.overQuota.length > 0
      ? [
          t(language, text.remindOverQuota, {
            quota: outcome.quota,
            owners: ownerList(outcome.overQuota, language),
          }),
        ]
      : []),
    ...outcome.failed.map(({ owner, reason }) =>
      t(language, text.remindFailed, { owner: ownerList([owner], language), reason }),
    ),
    ...(outcome.unreachable.length > 0
      ? [t(language, text.remindUnreachable, { owners: ownerList(outcome.unreachable, language) })]
      : []),
  ];
}

/** The dialog after sending: who was mailed, then everyone who was not and why. */
export function outcomeText(outcome: ReminderOutcome, language: Language): string {
  const sent =
    outcome.sent.length > 0
      ? t(language, text.remindSent, {
          count: outcome.sent.length,
          owners: ownerList(outcome.sent, language),
        })
      : t(language, text.remindSentNone);
  return [sent, ...notSentLines(outcome, language)].join('\n');
}

/** When there is nobody to ask about: everyone updated, or no owner with rows to update can be mailed. */
export function nothingToSend(check: CompletenessCheck, language: Language): string | null {
  const completeness = completenessLine(check.completeness, language);
  if (check.completeness.owners.length === 0) return t(language, text.nothingToRemind, { completeness });
  if (reachable(check).length > 0) return null;
  const lines = unreachable(check).map((owner) => ownerLine(owner, language));
  return [t(language, text.noOneReachable, { completeness }), ...lines].join('\n');
}

/**
 * The reminder trigger's run, as its owner and with no one to ask: mails directly when Settings 提醒时间 is set,
 * and writes to the log (Executions) every reminder it could not send and why.
 */
export function remindFromTrigger(
  services: {
    readonly spreadsheet: Spreadsheet;
    readonly mail: MailApp;
    readonly logError: (line: string) => void;
  },
  now: Date,
): void {
  const check = readCompleteness(services.spreadsheet, now);
  const { language, reminderTime } = check.settings;
  // Blank means off, even while a trigger installed earlier still fires.
  if (reminderTime === null) return;
  const problems = blockingIssues(check);
  if (problems.length > 0) {
    services.logError([t(language, text.remindProblems), ...problems.map(formatIssue)].join('\n'));
    return;
  }
  const outcome = sendReminders(services.mail, check, services.spreadsheet.getUrl());
  const notSent = notSentLines(outcome, language);
  if (notSent.length > 0) services.logError(notSent.join('\n'));
}

/** `每周五 15:00` / `every Fri 15:00`, in the words the report uses for weekdays. */
export function weeklyTimeText(time: WeeklyTime, settings: Settings): { weekday: string; time: string } {
  const weekday = t(settings.language, reportMessages.weekdays).split(',')[time.weekday - 1];
  const pad = (n: number) => String(n).padStart(2, '0');
  return { weekday, time: `${pad(time.hour)}:${pad(time.minute)}` };
}
