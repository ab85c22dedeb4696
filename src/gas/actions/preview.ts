// 预览 Preview: the report Generate would write, as its mail shows it, in a sidebar; nothing is written.
import { gasMessages } from '../../core';
import { showIssues } from '../dialogs';
import { reportPreview } from '../preview';
import type { Services } from '../services';

/** The sidebar, or the sheet's problems as Validate lists them. */
export function preview(services: Services): void {
  const shown = reportPreview(services.spreadsheet(), services.now);
  if (shown.kind === 'invalid') {
    showIssues(services.dialogs(), gasMessages.previewProblemsTitle, shown.issues, shown.settings.language);
    return;
  }
  const sidebar = services.gas.htmlService.createHtmlOutput(shown.html).setTitle(shown.title);
  services.dialogs().ui.showSidebar(sidebar);
}
