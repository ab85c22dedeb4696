// 校验数据 Validate: Generate's checks, errors and warnings in a dialog, then who has not updated (SPEC §11).
import { analyseWorkbook, checkCompleteness, gasMessages, parseWorkbook } from '../../core';
import { showIssues } from '../dialogs';
import type { Services } from '../services';
import { readWorkbook } from '../sheet-reader';

/** Nothing is written. */
export function validate(services: Services): void {
  const workbook = parseWorkbook(readWorkbook(services.spreadsheet()));
  const { now } = services;
  const { issues, settings } = analyseWorkbook(workbook, { now });
  const { completeness } = checkCompleteness(workbook, now);
  showIssues(services.dialogs(), gasMessages.validateTitle, issues, settings.language, completeness);
}
