// 发送周报 Send report: the recipients confirmed in a dialog, the report generated as Generate does and mailed as the
// scheduled run does; says whom it was sent to, or why not.
import { formatIssue, gasMessages, t } from '../../core';
import { alert } from '../dialogs';
import { generateReport } from '../generate';
import { mailOutcome } from '../report-mail';
import type { Services } from '../services';
import { readSettings } from '../sheet-reader';
import { showGenerateOutcome } from './generate';

const text = gasMessages;

export function sendReport(services: Services): void {
  const dialogs = services.dialogs();
  const { ui } = dialogs;
  const { language, recipients, maxMailsPerRun } = readSettings(services.spreadsheet());
  if (recipients.length === 0) {
    alert(dialogs, language, text.sendNoRecipients);
    return;
  }
  if (recipients.length > maxMailsPerRun) {
    const subject = text.sendConfirmTitle[language];
    alert(dialogs, language, text.mailCapReached, {
      max: maxMailsPerRun,
      recipients: recipients.join(', '),
      subject,
    });
    return;
  }
  const question = t(language, text.sendConfirm, {
    count: recipients.length,
    recipients: recipients.join('\n'),
  });
  if (ui.alert(t(language, text.sendConfirmTitle), question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  // Before generating: a Doc revision nobody is sent would only raise the Revision.
  const quota = services.gas.mailApp.getRemainingDailyQuota();
  if (quota < recipients.length) {
    alert(dialogs, language, text.sendNoQuota, { quota, count: recipients.length });
    return;
  }
  const outcome = generateReport(services.generate(), services.now);
  if (outcome.kind !== 'written') {
    showGenerateOutcome(services, outcome);
    return;
  }
  const { sent, problems } = mailOutcome(services.mail(services.user(), null), outcome);
  const doc = t(language, text.mailDocLine, { url: outcome.url });
  // Warnings as Generate's dialog shows them (a chart that could not be drawn, a metric without a Target…).
  const warnings = outcome.issues.map(formatIssue);
  ui.alert([...(sent === null ? [] : [sent]), ...problems, doc, ...warnings].join('\n'));
}
