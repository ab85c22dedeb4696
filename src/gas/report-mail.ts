// The scheduled run's mail: the Doc link to the Settings recipients, or the problems that stopped generation.
import { formatIssue, messages, t } from '../core';
import { failureText, type GenerateOutcome } from './generate';

const text = messages.gas;

/** Nothing is sent without recipients, or when another run held the lock (that run does the mailing). */
export function mailOutcome(mail: GoogleAppsScript.Mail.MailApp, outcome: GenerateOutcome): void {
  const { recipients, language } = outcome.settings;
  if (recipients.length === 0 || outcome.kind === 'busy') return;
  const to = recipients.join(',');
  if (outcome.kind === 'written') {
    mail.sendEmail({
      to,
      subject: outcome.title,
      body: t(language, text.mailBody, { title: outcome.title, url: outcome.url }),
    });
    return;
  }
  if (outcome.kind === 'failed') {
    const failure = failureText(outcome);
    mail.sendEmail({ to, subject: failure.split('\n')[0], body: failure });
    return;
  }
  const problems = outcome.issues.filter((i) => i.severity === 'error');
  mail.sendEmail({
    to,
    subject: t(language, text.mailProblemsSubject, { count: problems.length }),
    body: problems.map(formatIssue).join('\n'),
  });
}
