// Trend charts in Apps Script (SPEC §9): Sheets draws them from the hidden Trends tab, the Doc gets their pictures
// where the batch left each chart's placeholder paragraph. A few calls per chart, none per row.
import {
  type ChartBlock,
  docsChartPlaceholders,
  type ReportDocument,
  reportMessages,
  type SheetsChartSpec,
  TRENDS_TAB,
  t,
  trendsSheet,
} from '../core';
import { literalText } from './cell-values';
import { errorMessage } from './folder';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Blob = GoogleAppsScript.Base.Blob;

export interface ChartImage {
  readonly chart: ChartBlock;
  readonly image: Blob;
}

/** A chart that could not be drawn or placed, and why (null: its placeholder was not found). */
export interface ChartFailure {
  readonly chart: ChartBlock;
  readonly reason: string | null;
}

/** Marks the Trends tab as the tool's (developer metadata on the sheet), so that a team's own 趋势 tab is never cleared. */
const TRENDS_KEY = 'weeklyReport.trends';

const ours = (sheet: Sheet): boolean => sheet.getDeveloperMetadata().some((m) => m.getKey() === TRENDS_KEY);

/** Nothing on it to lose: no value and no chart (an interrupted run may leave the tab made but not yet marked). */
const blank = (sheet: Sheet): boolean => sheet.getLastRow() === 0 && sheet.getCharts().length === 0;

/**
 * The tool's Trends tab in either language, else a new one in the sheet's language; marked when made (or when a
 * blank one is found unmarked) and kept hidden. A tab of that name holding anything the tool did not put there is
 * left exactly as it is: the charts are not drawn, and the warning says why.
 */
function trendsTab(spreadsheet: Spreadsheet, language: 'zh' | 'en'): Sheet {
  const found =
    spreadsheet.getSheetByName(TRENDS_TAB[language]) ??
    spreadsheet.getSheetByName(TRENDS_TAB[language === 'zh' ? 'en' : 'zh']);
  const sheet = found ?? spreadsheet.insertSheet(TRENDS_TAB[language]);
  if (!ours(sheet)) {
    if (found && !blank(found))
      throw new Error(t(language, reportMessages.trendsTabNotOurs, { tab: found.getName() }));
    sheet.addDeveloperMetadata(TRENDS_KEY);
  }
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  return sheet;
}

/**
 * The chart of `spec`, built over its block: the tab's `i`-th chart modified in place when there is one, so that
 * regenerating never adds a chart; a new one otherwise.
 */
function drawChart(
  sheet: Sheet,
  existing: GoogleAppsScript.Spreadsheet.EmbeddedChart | undefined,
  spec: SheetsChartSpec,
  column: number,
) {
  let builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
    .asLineChart()
    .addRange(sheet.getRange(spec.row, 1, spec.rows, spec.columns))
    .setPosition(spec.row, column, 0, 0);
  for (const [option, value] of spec.options) builder = builder.setOption(option, value);
  const chart = builder.build();
  if (existing) sheet.updateChart(chart);
  else sheet.insertChart(chart);
  return chart;
}

/**
 * Draws every chart block of `report` on the Trends tab (its data rewritten in one setValues, one chart per block,
 * charts beyond them removed) and returns each chart's PNG, in block order. A chart that fails is returned with
 * its reason and the others are still drawn. No chart block: nothing is touched.
 */
export function drawTrendCharts(
  spreadsheet: Spreadsheet,
  report: ReportDocument,
  flush: () => void,
): { readonly images: ChartImage[]; readonly failed: ChartFailure[] } {
  const charts = report.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  if (charts.length === 0) return { images: [], failed: [] };
  const layout = trendsSheet(charts, report.language);
  const sheet = trendsTab(spreadsheet, report.language);
  sheet.clearContents();
  const width = layout.values[0].length;
  // Text as text: a metric called `=…` or `+1` must not become a formula or a number.
  const cells = layout.values.map((row) => row.map((v) => (typeof v === 'string' ? literalText(v) : v)));
  sheet.getRange(1, 1, cells.length, width).setValues(cells);
  const existing = sheet.getCharts();
  for (const extra of existing.slice(layout.charts.length)) sheet.removeChart(extra);
  const failed: ChartFailure[] = [];
  const attempt = <T>(chart: ChartBlock, work: () => T): T | null => {
    try {
      return work();
    } catch (error) {
      failed.push({ chart, reason: errorMessage(error) });
      return null;
    }
  };
  const drawn = layout.charts.map((spec, i) =>
    attempt(charts[i], () => drawChart(sheet, existing[i], spec, width + 2)),
  );
  // Sheets applies writes in batches: the data and the charts must be in before a chart is drawn from them.
  flush();
  const images = drawn.flatMap((chart, i) => {
    if (chart === null) return [];
    const image = attempt(charts[i], () => chart.getAs('image/png'));
    return image === null ? [] : [{ chart: charts[i], image }];
  });
  return { images, failed };
}

/** A literal for findText, which reads its pattern as a regular expression. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text of the paragraph whose whole text is `text`: a search hit inside a longer paragraph is skipped. */
function placeholderText(body: GoogleAppsScript.Document.Body, text: string) {
  const pattern = literal(text);
  for (let hit = body.findText(pattern); hit; hit = body.findText(pattern, hit)) {
    const element = hit.getElement();
    const paragraph = element.getParent().asParagraph();
    if (paragraph.getText() === text) return { element, paragraph };
  }
  return null;
}

/**
 * Puts each chart's picture where the batch wrote its placeholder (`【图表】支付成功率`), the picture titled by the
 * chart for screen readers. A chart whose placeholder is not found (the Doc edited meanwhile) or whose picture
 * cannot be put in is left out and returned; the others are placed.
 */
export function placeChartImages(
  documentApp: GoogleAppsScript.Document.DocumentApp,
  docId: string,
  report: ReportDocument,
  images: readonly ChartImage[],
): ChartFailure[] {
  if (images.length === 0) return [];
  const doc = documentApp.openById(docId);
  const body = doc.getBody();
  const placeholders = docsChartPlaceholders(report);
  const blocks = report.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  const missing: ChartFailure[] = [];
  for (const { chart, image } of images) {
    try {
      const found = placeholderText(body, placeholders[blocks.indexOf(chart)].text);
      if (!found) {
        missing.push({ chart, reason: null });
        continue;
      }
      // Picture first, then the placeholder's text goes: a failure in between leaves both, never an empty line.
      found.paragraph.appendInlineImage(image).setAltTitle(chart.title);
      found.element.removeFromParent();
    } catch (error) {
      missing.push({ chart, reason: errorMessage(error) });
    }
  }
  // Saved before anything else reads the Doc in this run (the mail's PDF).
  doc.saveAndClose();
  return missing;
}
