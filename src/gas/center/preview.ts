// 预览 Preview (SPEC §13): the center report of the latest week, read from every team in this one execution and
// shown as the mail's HTML in a sidebar; nothing is written, stored or mailed. A team not reached within the time
// of one slice is listed as such.
import {
  buildCenterReport,
  centerAppMessages,
  gasMessages,
  type TeamSummary,
  t,
  unreadableTeam,
  WRITERS,
} from '../../core';
import { alert, showIssues } from '../dialogs';
import { blocked, readCenter } from './center-sheet';
import { identityOf, readTeamsUntil, SLICE_MS } from './read-teams';
import type { CenterServices } from './services';

const text = centerAppMessages;

export function previewCenter(services: CenterServices): void {
  const center = readCenter(services.spreadsheet(), 'latest', services.now);
  const { language } = center.settings;
  const dialogs = services.dialogs();
  if (blocked(center)) {
    showIssues(dialogs, gasMessages.previewProblemsTitle, center.issues, language);
    return;
  }
  if (center.teams.length === 0) {
    alert(dialogs, language, text.noTeams);
    return;
  }
  const teams = center.teams.map(({ name, lead, spreadsheetId }) => ({ name, lead, spreadsheetId }));
  const read: TeamSummary[] = [];
  const context = {
    sheets: services.sheets(),
    clock: services.clock,
    center: center.settings,
    week: 'latest' as const,
    now: services.now,
  };
  readTeamsUntil(context, teams, 0, services.clock.now() + SLICE_MS, (_, summary) => {
    read.push(summary);
  });
  const notRead = t(language, text.previewNotRead);
  const summaries = teams.map((team, index) => read[index] ?? unreadableTeam(identityOf(team), notRead));
  const report = buildCenterReport(center.workbook, summaries, { week: 'latest', now: services.now });
  if (!report.document) {
    showIssues(dialogs, gasMessages.previewProblemsTitle, report.issues, language);
    return;
  }
  const title = t(language, gasMessages.previewTitle, { title: report.document.title });
  const sidebar = services.gas.htmlService
    .createHtmlOutput(WRITERS.htmlBody(report.document, {}))
    .setTitle(title);
  dialogs.ui.showSidebar(sidebar);
}
