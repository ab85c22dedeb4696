// The 汇总 Center menu: each item names a global function of the center bundle (see center/main.ts).
import { centerAppMessages, type Language, type Message } from '../../core';

const text = centerAppMessages;

/** Menu items in order, each with the name of the global function it calls. */
export const CENTER_MENU: readonly { readonly caption: Message; readonly handler: string }[] = [
  { caption: text.menuBuild, handler: 'buildCenterReport' },
  { caption: text.menuPreview, handler: 'previewCenterReport' },
  { caption: text.menuSchedule, handler: 'scheduleCenterReport' },
  { caption: text.menuUnschedule, handler: 'removeCenterSchedule' },
  { caption: text.menuSetUp, handler: 'setUpCenter' },
];

/**
 * The menu in the sheet's language: a Chinese sheet shows each item in both languages (as the team's 周报 menu
 * does), an English one in English only.
 */
export function addCenterMenu(ui: GoogleAppsScript.Base.Ui, language: Language): void {
  const menu = ui.createMenu(text.menuTitle[language]);
  for (const item of CENTER_MENU) {
    const caption = language === 'en' ? item.caption.en : `${item.caption.zh} ${item.caption.en}`;
    menu.addItem(caption, item.handler);
  }
  menu.addToUi();
}
