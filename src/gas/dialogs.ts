// HTML dialogs and alerts: problems as `Tab!A1: …`, the generated Doc's link. Every text is HTML-escaped.
import {
  type Completeness,
  completenessLine,
  escapeHtml,
  formatIssue,
  gasMessages,
  type Issue,
  type Language,
  type Message,
  ownerLine,
  reminderMessages,
  t,
} from '../core';
import type { Blocked } from './lock';

const text = gasMessages;

export interface DialogServices {
  readonly ui: GoogleAppsScript.Base.Ui;
  readonly html: GoogleAppsScript.HTML.HtmlService;
}

function show(services: DialogServices, title: string, body: string): void {
  const page = `<div style="font:13px/1.5 sans-serif">${body}</div>`;
  services.ui.showModalDialog(services.html.createHtmlOutput(page).setWidth(560), title);
}

function issueSection(heading: Message, issues: readonly Issue[], language: Language): string {
  if (issues.length === 0) return '';
  const items = issues.map((issue) => `<li>${escapeHtml(formatIssue(issue))}</li>`).join('');
  return `<h3>${escapeHtml(t(language, heading, { count: issues.length }))}</h3><ul>${items}</ul>`;
}

/** Every error, then every warning; `clean` when there is neither. */
export function issuesHtml(issues: readonly Issue[], language: Language): string {
  if (issues.length === 0) return `<p>${escapeHtml(t(language, text.validateClean))}</p>`;
  return (
    issueSection(
      text.errorsHeading,
      issues.filter((i) => i.severity === 'error'),
      language,
    ) +
    issueSection(
      text.warningsHeading,
      issues.filter((i) => i.severity === 'warning'),
      language,
    )
  );
}

/** Every problem; then, for Validate, the completeness lines of the report in progress (SPEC §11). */
export function showIssues(
  services: DialogServices,
  title: Message,
  issues: readonly Issue[],
  language: Language,
  completeness: Completeness | null = null,
): void {
  const part = completeness ? completenessHtml(completeness, language) : '';
  show(services, t(language, title), issuesHtml(issues, language) + part);
}

/** `2023-11-20 的周报：已更新 12/15`, then each owner's rows not updated. */
function completenessHtml(completeness: Completeness, language: Language): string {
  const owners = completeness.owners.map((owner) => `<li>${escapeHtml(ownerLine(owner, language))}</li>`);
  const list =
    owners.length > 0
      ? `<p>${escapeHtml(t(language, reminderMessages.notUpdatedHeading))}</p><ul>${owners.join('')}</ul>`
      : '';
  return `<h3>${escapeHtml(completenessLine(completeness, language))}</h3>${list}`;
}

/** The link to the written Doc, with any warnings below it. */
export function showGenerated(
  services: DialogServices,
  report: {
    readonly title: string;
    readonly url: string;
    readonly revision: number;
    readonly issues: readonly Issue[];
  },
  language: Language,
): void {
  const summary = t(language, text.generatedBody, { title: report.title, revision: report.revision });
  const link = `<a href="${escapeHtml(report.url)}" target="_blank" rel="noopener">${escapeHtml(t(language, text.openDoc))}</a>`;
  const warnings = report.issues.length > 0 ? issuesHtml(report.issues, language) : '';
  show(services, t(language, text.generatedTitle), `<p>${escapeHtml(summary)}</p><p>${link}</p>${warnings}`);
}

export const alert = (services: DialogServices, language: Language, message: Message, params = {}): void => {
  services.ui.alert(t(language, message, params));
};

/** Tells why a writing action wrote nothing: "already running", or every problem as `Tab!A1: …`. */
export function showBlocked(services: DialogServices, outcome: Blocked): void {
  const { language } = outcome.settings;
  if (outcome.kind === 'busy') alert(services, language, text.alreadyRunning);
  else showIssues(services, text.problemsTitle, outcome.issues, language);
}
