// 初始化表格 Set up sheet: missing tabs created with headers, dropdowns and formats; existing tabs' own columns get
// their dropdowns and formats back; cell values are left alone. Under the document lock, like every writing action.
import { gasMessages, parseWorkbook } from '../../core';
import { alert } from '../dialogs';
import { withLock } from '../lock';
import type { Services } from '../services';
import { setUpSheet } from '../setup';
import { readSettings, readWorkbook } from '../sheet-reader';

const text = gasMessages;

export function setUp(services: Services): void {
  const spreadsheet = services.spreadsheet();
  withLock(
    services.lock(),
    () => alert(services.dialogs(), readSettings(spreadsheet).language, text.alreadyRunning),
    () => {
      const input = readWorkbook(spreadsheet);
      const { language } = parseWorkbook(input).settings;
      const newRule = () => services.gas.spreadsheetApp.newDataValidation();
      const { created } = setUpSheet(spreadsheet, newRule, input.sheets, language);
      if (created.length === 0) alert(services.dialogs(), language, text.setUpNothing);
      else alert(services.dialogs(), language, text.setUpCreated, { tabs: created.join(', ') });
    },
  );
}
