// Preview (SPEC §10): the report Generate would write for the current rows, as the mail's HTML; nothing is written.
import { buildReport, gasMessages, hasErrors, parseWorkbook, type Settings, t, WRITERS } from '../core';
import type { Blocked } from './lock';
import { readWorkbook } from './sheet-reader';

export type Preview =
  | Extract<Blocked, { readonly kind: 'invalid' }>
  | { readonly kind: 'ready'; readonly settings: Settings; readonly title: string; readonly html: string };

/**
 * The default week's report, read and built as Generate does but under no lock (it only reads), in the HTML the
 * mail's report part is made of. Charts stay the writer's line naming them: their pictures are drawn only when
 * the report is generated.
 */
export function reportPreview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): Preview {
  const { settings, issues, model, document } = buildReport(
    parseWorkbook(readWorkbook(spreadsheet, ['people'])),
    { now },
  );
  if (!model || !document || hasErrors(issues)) return { kind: 'invalid', settings, issues };
  const title = t(settings.language, gasMessages.previewTitle, { title: document.title });
  return { kind: 'ready', settings, title, html: WRITERS.htmlBody(document, {}) };
}
