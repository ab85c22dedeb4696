// The 周报 menu: each item names a global function of the bundle (see main.ts), captions in both languages.
import { gasMessages, type Message, reminderMessages } from '../core';

const text = gasMessages;

/** Menu items in order, each with the name of the global function it calls. */
export const MENU_ITEMS: readonly { readonly caption: Message; readonly handler: string }[] = [
  { caption: text.menuGenerate, handler: 'generateWeeklyReport' },
  { caption: text.menuGenerateWeek, handler: 'generateReportForWeek' },
  { caption: text.menuPreview, handler: 'previewReport' },
  { caption: text.menuSend, handler: 'sendWeeklyReport' },
  { caption: text.menuValidate, handler: 'validateSheet' },
  { caption: text.menuNewWeek, handler: 'startNewWeek' },
  { caption: text.menuSetUp, handler: 'setUpSheet' },
  { caption: text.menuSchedule, handler: 'scheduleReport' },
  { caption: text.menuUnschedule, handler: 'removeSchedule' },
  { caption: reminderMessages.menuRemind, handler: 'remindOwners' },
  { caption: reminderMessages.menuScheduleReminders, handler: 'scheduleReminders' },
  { caption: reminderMessages.menuRemoveReminders, handler: 'removeReminders' },
];

/** onOpen runs without authorisation, so the menu cannot depend on the sheet's Settings: it shows both. */
export function addMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(text.menuTitle.zh);
  for (const item of MENU_ITEMS) menu.addItem(`${item.caption.zh} ${item.caption.en}`, item.handler);
  menu.addToUi();
}
