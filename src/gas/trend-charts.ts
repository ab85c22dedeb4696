// Trend charts in Apps Script (SPEC §9): Sheets draws them from the hidden Trends tab, the Doc gets their pictures
// where the batch left each chart's placeholder paragraph. A few calls per chart, none per row: the tab's data in
// one write, a chart rebuilt only where its spec changed (trend-record.ts), one flush, one picture each, and the
// placeholders found by one read of the Doc for all charts (chart-places.ts).
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
import { PARAGRAPH_FIELDS, placeholderIndexes } from './chart-places';
import { errorMessage } from './folder';
import type { SheetProperties } from './sheet-properties';
import {
  type ChartRecord,
  changes,
  forgetRecord,
  keepRecord,
  readRecord,
  recordOf,
  sameRecord,
  type TrendsRecord,
} from './trend-record';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Blob = GoogleAppsScript.Base.Blob;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

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
 * left exactly as it is: the charts are not drawn, and the warning says why. `fresh`: marked by this run, so it
 * holds no chart and nothing a record could describe.
 */
function trendsTab(spreadsheet: Spreadsheet, language: 'zh' | 'en'): { sheet: Sheet; fresh: boolean } {
  const found =
    spreadsheet.getSheetByName(TRENDS_TAB[language]) ??
    spreadsheet.getSheetByName(TRENDS_TAB[language === 'zh' ? 'en' : 'zh']);
  // A tab made here has no metadata to look through, nor chart to keep.
  const fresh = !found || !ours(found);
  if (found && fresh && !blank(found))
    throw new Error(t(language, reportMessages.trendsTabNotOurs, { tab: found.getName() }));
  const sheet = found ?? spreadsheet.insertSheet(TRENDS_TAB[language]);
  if (fresh) sheet.addDeveloperMetadata(TRENDS_KEY);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  return { sheet, fresh };
}

/** One chart to put on the tab: its spec and the record of it, and the chart at its place on the tab if any. */
interface Plan {
  readonly spec: SheetsChartSpec;
  readonly record: ChartRecord;
  readonly existing: EmbeddedChart | undefined;
  /** What the existing chart is known to be built as; null: unknown, so it is rebuilt in full. */
  readonly before: ChartRecord | null;
}

/**
 * The chart of `plan`: the existing chart untouched when its record matches, else modified in place (only what
 * changed when its record is known, everything otherwise) so that regenerating never adds a chart; a new one when
 * the tab has none at its place.
 */
function drawChart(sheet: Sheet, plan: Plan): EmbeddedChart {
  const { spec, record, existing, before } = plan;
  const range = () => sheet.getRange(spec.row, 1, spec.rows, spec.columns);
  const [row, column] = record.position;
  const options = new Map(spec.options);
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  if (existing && before) {
    if (sameRecord(before, record)) return existing;
    const changed = changes(before, record);
    builder = existing.modify();
    if (changed.range) builder = builder.clearRanges().addRange(range());
    if (changed.position) builder = builder.setPosition(row, column, 0, 0);
    for (const option of changed.options) builder = builder.setOption(option, options.get(option));
  } else {
    builder = (existing ? existing.modify().clearRanges() : sheet.newChart())
      .asLineChart()
      .addRange(range())
      .setPosition(row, column, 0, 0);
    for (const [option, value] of spec.options) builder = builder.setOption(option, value);
  }
  const chart = builder.build();
  if (existing) sheet.updateChart(chart);
  else sheet.insertChart(chart);
  return chart;
}

/**
 * Draws every chart block of `report` on the Trends tab (its data rewritten in one setValues, one chart per block:
 * left as it is when its spec has not changed, charts beyond them removed) and returns each chart's PNG, in block
 * order. A chart that fails is returned with
 * its reason and the others are still drawn. No chart block: nothing is touched.
 */
export function drawTrendCharts(
  spreadsheet: Spreadsheet,
  properties: SheetProperties,
  report: ReportDocument,
  flush: () => void,
): { readonly images: ChartImage[]; readonly failed: ChartFailure[] } {
  const charts = report.blocks.filter((b): b is ChartBlock => b.kind === 'chart');
  if (charts.length === 0) return { images: [], failed: [] };
  const layout = trendsSheet(charts, report.language);
  const { sheet, fresh } = trendsTab(spreadsheet, report.language);
  const existing = fresh ? [] : sheet.getCharts();
  const saved = fresh ? null : readRecord(properties);
  // The record speaks for the tab only while the tab has the charts it lists.
  const known = saved && saved.charts.length === existing.length ? saved : null;
  const width = layout.values[0].length;
  const plans: Plan[] = layout.charts.map((spec, i) => ({
    spec,
    record: recordOf(spec, width + 2),
    existing: existing[i],
    before: known?.charts[i] ?? null,
  }));
  // A known tab is written over the whole rectangle it held (blanks past the new grid), so nothing stale stays.
  const extent: TrendsRecord['extent'] = known
    ? [Math.max(layout.values.length, known.extent[0]), Math.max(width, known.extent[1])]
    : [layout.values.length, width];
  const unchanged =
    known !== null &&
    known.extent[0] === extent[0] &&
    known.extent[1] === extent[1] &&
    existing.length === plans.length &&
    plans.every((plan) => plan.before !== null && sameRecord(plan.before, plan.record));
  // Forgotten before anything it describes changes, so a run that stops half-way leaves no record to trust (a
  // fresh tab's record, if any, is an older tab's).
  if (!unchanged && (fresh || saved)) forgetRecord(properties);
  if (!known && !fresh) sheet.clearContents();
  // Text as text: a metric called `=…` or `+1` must not become a formula or a number.
  const cells = Array.from({ length: extent[0] }, (_, r) =>
    Array.from({ length: extent[1] }, (_, c) => {
      const v = layout.values[r]?.[c] ?? '';
      return typeof v === 'string' ? literalText(v) : v;
    }),
  );
  sheet.getRange(1, 1, extent[0], extent[1]).setValues(cells);
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
  const drawn = plans.map((plan, i) => attempt(charts[i], () => drawChart(sheet, plan)));
  if (!unchanged) {
    // What the tab now holds, in getCharts() order: a chart that failed to change is there but unknown; one that
    // failed to be inserted is not there at all.
    const built = plans.flatMap((plan, i) => {
      if (drawn[i] !== null) return [plan.record];
      return plan.existing ? [null] : [];
    });
    try {
      keepRecord(properties, { extent, charts: built });
    } catch {
      // Left forgotten: the next run rebuilds every chart in full.
    }
  }
  // Sheets applies writes in batches: the data and the charts must be in before a chart is drawn from them.
  flush();
  const images = drawn.flatMap((chart, i) => {
    if (chart === null) return [];
    const image = attempt(charts[i], () => chart.getAs('image/png'));
    return image === null ? [] : [{ chart: charts[i], image }];
  });
  return { images, failed };
}

/** A literal for findText and replaceText, which read their pattern as a regular expression. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * By search, when the Doc could not be read at once: the paragraph whose whole text is `text` (a hit inside a longer
 * paragraph is skipped).
 */
function searchPlaceholder(body: GoogleAppsScript.Document.Body, text: string) {
  const pattern = literal(text);
  for (let hit = body.findText(pattern); hit; hit = body.findText(pattern, hit)) {
    const paragraph = hit.getElement().getParent().asParagraph();
    if (paragraph.getText() === text) return paragraph;
  }
  return null;
}

/**
 * Puts each chart's picture where the batch wrote its placeholder (`【图表】支付成功率`), the picture titled by the
 * chart for screen readers. The placeholders are found by one documents.get for all charts (the Doc as the batch
 * left it) and reached through one getParagraphs(); should that reading not line up with the Doc, each is searched
 * for instead. A chart whose placeholder is not found (the Doc edited meanwhile) or whose picture cannot be put
 * in is left out and returned; the others are placed.
 */
export function placeChartImages(
  documentApp: GoogleAppsScript.Document.DocumentApp,
  documents: GoogleAppsScript.Docs.Collection.DocumentsCollection,
  docId: string,
  report: ReportDocument,
  images: readonly ChartImage[],
): ChartFailure[] {
  if (images.length === 0) return [];
  const placeholders = docsChartPlaceholders(report);
  let snapshot: GoogleAppsScript.Docs.Schema.Document | null;
  try {
    snapshot = documents.get(docId, { fields: PARAGRAPH_FIELDS });
  } catch {
    snapshot = null;
  }
  const doc = documentApp.openById(docId);
  const body = doc.getBody();
  const paragraphs = snapshot ? body.getParagraphs() : [];
  const indexes = snapshot
    ? placeholderIndexes(
        snapshot,
        placeholders.map((p) => p.text),
        paragraphs.length,
      )
    : null;
  const missing: ChartFailure[] = [];
  for (const { chart, image } of images) {
    try {
      const at = placeholders.findIndex((p) => p.chart === chart);
      const { text } = placeholders[at];
      const index = indexes?.[at] ?? null;
      const paragraph = index === null ? searchPlaceholder(body, text) : paragraphs[index];
      if (!paragraph) {
        missing.push({ chart, reason: null });
        continue;
      }
      // Picture first, then the placeholder's text goes: a failure in between leaves both, never an empty line.
      paragraph.appendInlineImage(image).setAltTitle(chart.title);
      paragraph.replaceText(literal(text), '');
    } catch (error) {
      missing.push({ chart, reason: errorMessage(error) });
    }
  }
  // Saved before anything else reads the Doc in this run (the mail's PDF).
  doc.saveAndClose();
  return missing;
}
