// The report's mail (the scheduled run and Send report): the report as HTML with its charts inline, the Doc's link
// and the Doc as a PDF, to the Settings recipients; or what stopped the run. Never silent, never over quota.
import {
  type ChartBlock,
  DEFAULT_MAX_MAILS,
  escapeHtml,
  formatIssue,
  gasMessages,
  type Language,
  type Message,
  type Settings,
  singleLine,
  splitByConfirmation,
  t,
  uniqueAddresses,
  WRITERS,
} from '../core';
import { errorMessage } from './folder';
import { failureText, type GenerateOutcome } from './generate';

type Blob = GoogleAppsScript.Base.Blob;

const text = gasMessages;

/** A scheduled run as it ended: a Generate outcome, or an error thrown before one (a missing service, say). */
export type ScheduledOutcome =
  | GenerateOutcome
  | { readonly kind: 'crashed'; readonly settings: Settings | null; readonly reason: string };

type Written = Extract<GenerateOutcome, { readonly kind: 'written' }>;

export interface MailServices {
  readonly mail: GoogleAppsScript.Mail.MailApp;
  /** Opens the written Doc for its PDF. */
  readonly documents: Pick<GoogleAppsScript.Document.DocumentApp, 'openById'>;
  /** Where failures are written for the Executions page (console.error in Apps Script). */
  readonly logError: (line: string) => void;
  /** In whose name the mail goes: the schedule's owner, or the user of Send report. Hears of every failure. */
  readonly owner: string;
  /**
   * The recipients the schedule's owner confirmed: only these are mailed, and the owner is told of the others.
   * Null when the user is confirming the list in a dialog right now (Send report).
   */
  readonly confirmed: readonly string[] | null;
  /** The sheet, linked from the notice of addresses waiting for confirmation. */
  readonly sheetUrl: string;
  /** The menu item that confirms the recipients again (a team's 周报 → 定时生成, a center's 汇总 → 定时). */
  readonly scheduleMenu: Message;
}

/** What goes into a mail besides its recipients and subject. */
export interface MailContent {
  readonly body: string;
  readonly htmlBody?: string;
  readonly attachments?: Blob[];
  readonly inlineImages?: Record<string, Blob>;
  /** What the mail lacks (the PDF) and says so in its body: told to the sender too. */
  readonly missing?: readonly string[];
}

/** What a mailing did: the line saying whom it mailed (null when no one), and every problem, one line each. */
export interface MailResult {
  readonly sent: string | null;
  readonly problems: readonly string[];
}

/** Lines the reader should know beside the report: a chart that could not be drawn (SPEC §12). */
function noteLines(notes: readonly string[], language: Language): { text: string[]; html: string } {
  if (notes.length === 0) return { text: [], html: '' };
  const heading = t(language, text.mailWarnings);
  const items = notes.map((note) => `<p style="margin:4px 0 0">${escapeHtml(note)}</p>`).join('');
  return { text: [heading, ...notes], html: `<p style="margin:8px 0 0">${escapeHtml(heading)}</p>${items}` };
}

/** The link line above the report; its width and margins follow the HTML writer's 640 px page. */
const LEAD_STYLE =
  'max-width:640px;margin:0 auto;padding:16px 16px 0;font-family:sans-serif;font-size:14px;line-height:1.5';

/**
 * The mail of a written report: the link (and any missing part) on top, then the report as the HTML writer gives
 * it, each chart a `cid:chartN` picture with its image inline (ASCII keys, in the charts' order); the PDF attached.
 * Charts are matched by file name, unique within a report; one without an image stays the writer's line.
 */
export function reportMail(
  report: Pick<Written, 'url' | 'document' | 'charts' | 'chartWarnings'>,
  pdf: Blob | string,
): MailContent {
  const { language } = report.document;
  const inline = report.charts.map(({ chart, image }, i) => ({
    file: chart.file,
    cid: `chart${i + 1}`,
    image,
  }));
  const chartSrc = (chart: ChartBlock) => {
    const found = inline.find((picture) => picture.file === chart.file);
    return found && `cid:${found.cid}`;
  };
  const link = t(language, text.mailDocLine, { url: report.url });
  const missing = typeof pdf === 'string' ? [t(language, text.mailPdfMissing, { reason: pdf })] : [];
  const notes = noteLines(report.chartWarnings.map(formatIssue), language);
  const lead = [
    `<p style="margin:0"><a href="${escapeHtml(report.url)}">${escapeHtml(link)}</a></p>`,
    ...missing.map((line) => `<p style="margin:4px 0 0">${escapeHtml(line)}</p>`),
    notes.html,
  ];
  return {
    body: [report.document.title, link, ...missing, ...notes.text].join('\n'),
    htmlBody: `<div style="${LEAD_STYLE}">${lead.join('')}</div>\n${WRITERS.htmlBody(report.document, { chartImage: chartSrc })}`,
    ...(typeof pdf === 'string' ? {} : { attachments: [pdf] }),
    inlineImages: Object.fromEntries(inline.map(({ cid, image }) => [cid, image])),
    missing,
  };
}

/** The written Doc as a PDF named after the report, or why it could not be had. */
function reportPdf(documents: MailServices['documents'], report: Written): Blob | string {
  try {
    return documents.openById(report.docId).getAs('application/pdf').setName(`${report.title}.pdf`);
  } catch (error) {
    return errorMessage(error);
  }
}

function failureLetter(
  outcome: Exclude<ScheduledOutcome, { kind: 'written' }>,
  language: Language,
): { readonly subject: string; readonly body: string } {
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

/** Mails a run may still send: today's quota, and Settings 每次最多邮件 for the run. Counted in recipients. */
interface Allowance {
  readonly quota: number;
  readonly max: number;
  used: number;
}

/**
 * One mail to all of `to`, composed only once today's quota and the run's cap are known to cover every one of them
 * (nothing is sent otherwise); what was not sent, or lacks a part, is returned. The subject is one line whatever a
 * cell put in it.
 */
function send(
  services: MailServices,
  allowance: Allowance,
  mail: { readonly to: readonly string[]; readonly subject: string; readonly compose: () => MailContent },
  language: Language,
): MailResult {
  const { to } = mail;
  const subject = singleLine(mail.subject);
  if (to.length === 0) return { sent: null, problems: [] };
  const recipients = to.join(', ');
  const quota = allowance.quota - allowance.used;
  if (quota < to.length) {
    return { sent: null, problems: [t(language, text.mailQuotaExceeded, { quota, recipients, subject })] };
  }
  if (allowance.max - allowance.used < to.length) {
    return {
      sent: null,
      problems: [t(language, text.mailCapReached, { max: allowance.max, recipients, subject })],
    };
  }
  const { missing = [], ...content } = mail.compose();
  try {
    services.mail.sendEmail({ to: to.join(','), subject, ...content });
    allowance.used += to.length;
    return { sent: t(language, text.mailSent, { subject, recipients }), problems: missing };
  } catch (error) {
    const failed = t(language, text.mailFailed, { recipients, reason: errorMessage(error) });
    return { sent: null, problems: [...missing, failed] };
  }
}

/** The owner's one notice of recipients that wait for their confirmation (and the same in the log). */
function waitingNotice(
  services: MailServices,
  allowance: Allowance,
  waiting: readonly string[],
  language: Language,
) {
  if (waiting.length === 0) return { sent: null, problems: [] };
  const menu = t(language, services.scheduleMenu);
  const params = { count: waiting.length, addresses: waiting.join('\n'), url: services.sheetUrl, menu };
  const subject = t(language, text.recipientsWaitingSubject, params);
  const body = t(language, text.recipientsWaiting, params);
  services.logError(`${subject}\n${body}`);
  const to = uniqueAddresses([services.owner]);
  return send(services, allowance, { to, subject, compose: () => ({ body }) }, language);
}

/**
 * A written report is mailed to the recipients the owner confirmed; new recipients wait, and the owner is told.
 * Anything else is logged and mailed to the owner and those recipients, so a failing Monday never goes unnoticed.
 * Every problem is logged too, and returned with whom was mailed, for a dialog to show.
 */
export function mailOutcome(services: MailServices, outcome: ScheduledOutcome): MailResult {
  const language = outcome.settings?.language ?? 'zh';
  const listed = outcome.settings?.recipients ?? [];
  const { confirmed, waiting } =
    services.confirmed === null
      ? { confirmed: listed, waiting: [] }
      : // The owner's own address needs no one's confirmation: mail in their name to themselves.
        splitByConfirmation(listed, [...services.confirmed, services.owner]);
  const allowance: Allowance = {
    quota: services.mail.getRemainingDailyQuota(),
    max: outcome.settings?.maxMailsPerRun ?? DEFAULT_MAX_MAILS,
    used: 0,
  };
  const results: MailResult[] = [];
  if (outcome.kind === 'written') {
    for (const warning of outcome.chartWarnings) services.logError(formatIssue(warning));
    const compose = () => reportMail(outcome, reportPdf(services.documents, outcome));
    results.push(send(services, allowance, { to: confirmed, subject: outcome.title, compose }, language));
  } else {
    const letter = failureLetter(outcome, language);
    services.logError(`${letter.subject}\n${letter.body}`);
    const to = uniqueAddresses([services.owner, ...confirmed]);
    const compose = () => ({ body: letter.body });
    results.push(send(services, allowance, { to, subject: letter.subject, compose }, language));
  }
  results.push(waitingNotice(services, allowance, waiting, language));
  const result: MailResult = {
    sent: results[0].sent,
    problems: results.flatMap((r) => r.problems),
  };
  for (const problem of result.problems) services.logError(problem);
  return result;
}
