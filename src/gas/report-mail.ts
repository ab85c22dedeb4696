// The scheduled run's mail: the Doc link to the Settings recipients, or what stopped the run; never silent.
import { formatIssue, gasMessages, type Language, type Settings, t } from '../core';
import { failureText, type GenerateOutcome } from './generate';

const text = gasMessages;

/** A scheduled run as it ended: a Generate outcome, or an error thrown before one (a missing service, say). */
export type ScheduledOutcome =
  | GenerateOutcome
  | { readonly kind: 'crashed'; readonly settings: Settings | null; readonly reason: string };

export interface MailServices {
  readonly mail: GoogleAppsScript.Mail.MailApp;
  /** Where failures are written for the Executions page (console.error in Apps Script). */
  readonly logError: (line: string) => void;
  /** Who hears of a failure when Settings lists no recipients: the schedule's owner (blank when unknown). */
  readonly owner: string;
}

interface Letter {
  readonly subject: string;
  readonly body: string;
}

function failureLetter(outcome: Exclude<ScheduledOutcome, { kind: 'written' }>, language: Language): Letter {
  switch (outcome.kind) {
    case 'invalid': {
      const problems = outcome.issues.filter((i) => i.severity === 'error');
      const subject = t(language, text.mailProblemsSubject, { count: problems.length });
      return { subject, body: problems.map(formatIssue).join('\n') };
    }
    case 'failed': {
      const body = failureText(outcome);
      return { subject: body.split('\n')[0], body };
    }
    case 'busy':
      return { subject: text.scheduledBusy[language], body: text.scheduledBusy[language] };
    case 'crashed': {
      const body = t(language, text.scheduledCrashed, { reason: outcome.reason });
      return { subject: body.split('\n')[0], body };
    }
  }
}

/** Sends `letter` to `to` when today's quota allows all of them; otherwise logs who was not mailed. */
function send(services: MailServices, to: readonly string[], letter: Letter, language: Language): void {
  if (to.length === 0) return;
  const quota = services.mail.getRemainingDailyQuota();
  if (quota < to.length) {
    const params = { quota, recipients: to.join(', '), subject: letter.subject };
    services.logError(t(language, text.mailQuotaExceeded, params));
    return;
  }
  try {
    services.mail.sendEmail({ to: to.join(','), subject: letter.subject, body: letter.body });
  } catch (error) {
    const reason = String((error as { message?: unknown } | null)?.message ?? error);
    services.logError(t(language, text.mailFailed, { recipients: to.join(', '), reason }));
  }
}

/**
 * A written report is mailed (its link) to the recipients. Anything else is logged and mailed to the recipients,
 * or to the schedule's owner when there are none, so a failing Monday never goes unnoticed.
 */
export function mailOutcome(services: MailServices, outcome: ScheduledOutcome): void {
  const language = outcome.settings?.language ?? 'zh';
  const recipients = outcome.settings?.recipients ?? [];
  if (outcome.kind === 'written') {
    const body = t(language, text.mailBody, { title: outcome.title, url: outcome.url });
    send(services, recipients, { subject: outcome.title, body }, language);
    return;
  }
  const letter = failureLetter(outcome, language);
  services.logError(`${letter.subject}\n${letter.body}`);
  const to = recipients.length > 0 ? recipients : [services.owner].filter((owner) => owner !== '');
  send(services, to, letter, language);
}
