// How a center run's end is told (SPEC §13): a dialog to whoever is at the sheet, else a mail — the schedule's
// confirmed recipients for the Monday run, whoever clicked for a menu run that outlasted its click.
import {
  centerAppMessages,
  escapeHtml,
  formatIssue,
  gasMessages,
  type Issue,
  type Language,
  type ReportDocument,
  type Settings,
  t,
  wallClock,
} from '../../core';
import { alert, issuesHtml, showIssues } from '../dialogs';
import { errorMessage } from '../folder';
import { mailOutcome, type ScheduledOutcome } from '../report-mail';
import type { CenterRun } from './run-state';
import type { CenterServices } from './services';

const text = centerAppMessages;

/** What a run came to: the Doc written, the center sheet's errors, or why the Doc could not be written. */
export type CenterOutcome =
  | {
      readonly kind: 'written';
      readonly settings: Settings;
      readonly issues: readonly Issue[];
      readonly title: string;
      readonly url: string;
      readonly docId: string;
      readonly document: ReportDocument;
      readonly total: number;
      readonly read: number;
    }
  | { readonly kind: 'invalid'; readonly settings: Settings; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly settings: Settings; readonly reason: string };

/** The link to the center's Doc, how many teams were read, and the center sheet's warnings. */
function showWritten(services: CenterServices, outcome: Extract<CenterOutcome, { kind: 'written' }>): void {
  const { language } = outcome.settings;
  const dialogs = services.dialogs();
  const summary = t(language, text.builtBody, {
    title: outcome.title,
    total: outcome.total,
    read: outcome.read,
    unreadable: outcome.total - outcome.read,
  });
  const link = `<a href="${escapeHtml(outcome.url)}" target="_blank" rel="noopener">${escapeHtml(t(language, gasMessages.openDoc))}</a>`;
  const warnings = outcome.issues.length > 0 ? issuesHtml(outcome.issues, language) : '';
  const page = `<div style="font:13px/1.5 sans-serif"><p>${escapeHtml(summary)}</p><p>${link}</p>${warnings}</div>`;
  dialogs.ui.showModalDialog(dialogs.html.createHtmlOutput(page).setWidth(560), t(language, text.builtTitle));
}

export function showOutcome(services: CenterServices, outcome: CenterOutcome): void {
  const dialogs = services.dialogs();
  if (outcome.kind === 'written') showWritten(services, outcome);
  else if (outcome.kind === 'invalid')
    showIssues(dialogs, gasMessages.problemsTitle, outcome.issues, outcome.settings.language);
  else dialogs.ui.alert(outcome.reason);
}

/** A center outcome as the team's mail code knows outcomes: the Doc mailed, or what stopped it. */
export function scheduledOutcome(outcome: CenterOutcome): ScheduledOutcome {
  if (outcome.kind === 'written')
    return { ...outcome, kind: 'written', revision: 1, charts: [], chartWarnings: [] };
  if (outcome.kind === 'invalid') return outcome;
  return { kind: 'crashed', settings: outcome.settings, reason: outcome.reason };
}

/** A menu run that outlasted its click: whoever clicked hears by mail (to their own address only). */
function mailStarter(services: CenterServices, run: CenterRun, outcome: CenterOutcome): void {
  const { language } = outcome.settings;
  const letter =
    outcome.kind === 'written'
      ? {
          subject: outcome.title,
          body: t(language, text.doneMailBody, {
            title: outcome.title,
            total: outcome.total,
            read: outcome.read,
            unreadable: outcome.total - outcome.read,
            url: outcome.url,
          }),
        }
      : {
          subject: t(language, text.failedMailSubject),
          body: outcome.kind === 'invalid' ? outcome.issues.map(formatIssue).join('\n') : outcome.reason,
        };
  const { mailApp, logError } = services.gas;
  if (outcome.kind !== 'written') logError(`${letter.subject}\n${letter.body}`);
  if (run.by === '') return;
  try {
    if (mailApp.getRemainingDailyQuota() < 1) {
      logError(
        t(language, gasMessages.mailQuotaExceeded, { quota: 0, recipients: run.by, subject: letter.subject }),
      );
      return;
    }
    mailApp.sendEmail({ to: run.by, subject: letter.subject, body: letter.body });
  } catch (error) {
    logError(t(language, gasMessages.mailFailed, { recipients: run.by, reason: errorMessage(error) }));
  }
}

/** The end of a run in the background: the schedule mails its confirmed recipients, a menu run who clicked. */
export function tell(services: CenterServices, run: CenterRun, outcome: CenterOutcome): void {
  if (run.mode === 'scheduled')
    mailOutcome(services.mail(run.by, run.confirmed ?? []), scheduledOutcome(outcome));
  else mailStarter(services, run, outcome);
}

/** `2023-11-15 15:30`, in the center's zone. */
const shownTime = (iso: string, settings: Settings): string =>
  wallClock(new Date(iso), settings.timeZone).replace('T', ' ');

export function sayRunning(
  services: CenterServices,
  run: CenterRun,
  language: Language,
  settings: Settings,
): void {
  const started = shownTime(run.started, settings);
  alert(services.dialogs(), language, text.running, {
    by: run.by,
    started,
    read: run.next,
    total: run.total,
  });
}
