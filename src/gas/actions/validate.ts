// 校验数据 Validate: Generate's checks, errors and warnings in a dialog, then who has not updated (SPEC §11).
import { analyseWorkbook, checkCompleteness, gasMessages } from '../../core';
import { showIssues } from '../dialogs';
import type { Services } from '../services';
import { readWorkbook } from '../sheet-reader';

/** Nothing is written. */
export function validate(services: Services): void {
  const input = readWorkbook(services.spreadsheet());
  const { now } = services;
  const { issues, settings } = analyseWorkbook(input, { now });
  const { completeness } = checkCompleteness(input, now);
  showIssues(services.dialogs(), gasMessages.validateTitle, issues, settings.language, completeness);
}
