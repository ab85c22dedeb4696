// 设置 Set up of a center sheet (SPEC §13): its Settings and Teams tabs created with headers and formats; a team's
// tabs are never added here. Under the document lock, like every writing action.
import { centerAppMessages, gasMessages, namesMatch, tabDef } from '../../core';
import { alert } from '../dialogs';
import { withLock } from '../lock';
import { setUpSheet } from '../setup';
import { readWorkbook } from '../sheet-reader';
import { centerLanguage } from './center-sheet';
import type { CenterServices } from './services';

const text = centerAppMessages;

export function setUpCenterSheet(services: CenterServices): void {
  const spreadsheet = services.spreadsheet();
  const language = centerLanguage(spreadsheet);
  withLock(
    services.lock(),
    () => alert(services.dialogs(), language, gasMessages.alreadyRunning),
    () => {
      const input = readWorkbook(spreadsheet);
      const newRule = () => services.gas.spreadsheetApp.newDataValidation();
      const { created } = setUpSheet(spreadsheet, newRule, input.sheets, language, 'center');
      const teams = tabDef('teams');
      const teamsTab = spreadsheet
        .getSheets()
        .find((s) => namesMatch(s.getName(), teams))
        ?.getName();
      if (created.length === 0) alert(services.dialogs(), language, text.setUpNothing);
      else
        alert(services.dialogs(), language, text.setUpCreated, {
          tabs: created.join(', '),
          teams: teamsTab ?? teams[language],
        });
    },
  );
}
