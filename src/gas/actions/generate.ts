// 生成周报 Generate weekly report, and Generate for a week: the Doc written, then its link (or what stopped it).
import { gasMessages, parseLocalDate } from '../../core';
import { alert, showBlocked, showGenerated } from '../dialogs';
import { failureText, type GenerateOutcome, generateReport } from '../generate';
import type { Services } from '../services';
import { readSettings } from '../sheet-reader';

const text = gasMessages;

/** The latest week's report (SPEC §4.1: the latest week with Projects rows not after the report in progress). */
export function generateLatest(services: Services): void {
  showGenerateOutcome(services, generateReport(services.generate(), services.now));
}

/** Asks for a week (any day of it, `YYYY-MM-DD`) and writes that week's report. */
export function generateForWeek(services: Services): void {
  const { ui } = services.dialogs();
  const { language } = readSettings(services.spreadsheet());
  const answer = ui.prompt(text.weekPromptTitle[language], text.weekPrompt[language], ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const typed = answer.getResponseText().trim();
  const week = parseLocalDate(typed);
  if (week === null) alert(services.dialogs(), language, text.badWeek, { value: typed });
  else showGenerateOutcome(services, generateReport(services.generate(), services.now, week));
}

/** The link to the written Doc with its warnings; or busy, the problems, or the failure and the Doc's state. */
export function showGenerateOutcome(services: Services, outcome: GenerateOutcome): void {
  const { language } = outcome.settings;
  if (outcome.kind === 'busy' || outcome.kind === 'invalid') showBlocked(services.dialogs(), outcome);
  else if (outcome.kind === 'failed') services.dialogs().ui.alert(failureText(outcome));
  else showGenerated(services.dialogs(), outcome, language);
}
