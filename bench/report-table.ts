// The benchmark's readable output: one table row per size, then the bundle and custom-function figures.

import type { CustomFunctionName, CustomFunctionTimes } from './apps-script';
import type { BundleShare } from './bundle-size';
import { CHART_CALLS_BEFORE, type ChartCalls } from './chart-calls';
import type { ChartTimes } from './chart-times';
import { round } from './measure';
import type { NodeShellFigures, SizeResult } from './size-run';

export interface BenchResult {
  readonly sizes: readonly SizeResult[];
  readonly bundleBytes: number;
  readonly bundleLoadMs: number;
  readonly bundleLoads: number;
  readonly share: BundleShare;
  readonly customFunctionRows: number;
  readonly customFunctions: Readonly<Record<CustomFunctionName, CustomFunctionTimes>>;
  /** The Docs batch of the sample report repeated `factor` times, rewriting a Doc that holds it. */
  readonly docsTenfold: {
    readonly factor: number;
    readonly bytes: number;
    readonly requests: number;
    /** The mail's HTML body of the sample report and of the long one. */
    readonly mailBytes: number;
    readonly longMailBytes: number;
  };
  /** Node's trend charts of a quarter's report (not in the Apps Script bundle). */
  readonly charts: ChartTimes;
  /** Apps Script service calls per trend chart, through the fakes. */
  readonly chartCalls: ChartCalls;
}

/** The peak of both processes of a size. */
const peakOf = (s: SizeResult): number => Math.max(s.generatePeakMB, s.node?.peakMB ?? 0);

const nodeCell = (s: SizeResult, figure: (node: NodeShellFigures) => number, digits = 0): string =>
  s.node ? figure(s.node).toFixed(digits) : 'cut off';

const COLUMNS: readonly { readonly title: string; readonly cell: (s: SizeResult) => string }[] = [
  { title: 'weeks×projects', cell: (s) => `${s.weeks}×${s.projects}` },
  { title: 'rows', cell: (s) => s.rows.toLocaleString('en-US') },
  { title: 'core ms', cell: (s) => s.coreMs.toFixed(0) },
  { title: 'µs/row', cell: (s) => ((s.coreMs * 1000) / s.rows).toFixed(1) },
  { title: 'analyse ms', cell: (s) => s.analyseMs.toFixed(0) },
  { title: 'xlsx read ms', cell: (s) => nodeCell(s, (n) => n.xlsxReadMs) },
  { title: 'docx ms', cell: (s) => nodeCell(s, (n) => n.docxMs) },
  { title: 'md ms', cell: (s) => nodeCell(s, (n) => n.markdownMs, 1) },
  { title: 'Generate ms', cell: (s) => s.generateMs.toFixed(0) },
  { title: 'calls 1st/again', cell: (s) => `${s.serviceCalls}/${s.regenerateCalls}` },
  { title: 'Docs batch kB', cell: (s) => (s.docsBatchBytes / 1024).toFixed(1) },
  { title: 'core peak MB', cell: (s) => s.corePeakMB.toFixed(0) },
  { title: 'peak MB', cell: (s) => peakOf(s).toFixed(0) },
];

/** A plain-text table, numbers right-aligned (Markdown-compatible, so it pastes into docs/performance.md). */
function table(sizes: readonly SizeResult[]): string[] {
  const cells = sizes.map((size) => COLUMNS.map((column) => column.cell(size)));
  const widths = COLUMNS.map((column, c) =>
    Math.max(column.title.length, ...cells.map((row) => row[c].length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, c) => cell.padStart(widths[c])).join(' | ')} |`;
  return [
    line(COLUMNS.map((column) => column.title)),
    `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`,
    ...cells.map(line),
  ];
}

const calls = (byService: Readonly<Record<string, number>>): string =>
  Object.entries(byService)
    .map(([service, count]) => `${service} ${count}`)
    .join(', ');

/** Whether every size made the same calls to every service, first time and again. */
const sameCallsEverywhere = (sizes: readonly SizeResult[]): boolean =>
  sizes.every(
    (size) =>
      calls(size.callsByService) === calls(sizes[0].callsByService) &&
      calls(size.regenerateByService) === calls(sizes[0].regenerateByService),
  );

/**
 * What Google's API front end refuses ("Request payload size exceeds the limit: 10485760 bytes", the error seen
 * from Sheets and Docs; the limit is not documented, so the figure is the one the error states).
 */
const DOCS_REQUEST_LIMIT = 10_485_760;

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** Every line of the readable report. */
export function reportLines(result: BenchResult): string[] {
  const { share } = result;
  const zod = share.parts.find((p) => p.part === 'zod')?.bytes ?? 0;
  const largest = share.parts.slice(0, 6).map((p) => `${p.part} ${kB(p.bytes)}`);
  const functions = Object.entries(result.customFunctions).map(
    ([name, t]) => `  ${name.padEnd(15)} cold ${t.coldMs.toFixed(1)} ms, warm ${t.warmMs.toFixed(1)} ms`,
  );
  return [
    ...table(result.sizes),
    '',
    'core = buildReport (parse + validate + model + document); Generate = dist/Code.js in node:vm with the fakes.',
    `Service calls per Generate: ${calls(result.sizes[0]?.callsByService ?? {})}`,
    `  again (the same Doc rewritten): ${calls(result.sizes[0]?.regenerateByService ?? {})}`,
    `  equal at every size: ${sameCallsEverywhere(result.sizes) ? 'yes' : 'NO'}`,
    `Docs batch for a report ${result.docsTenfold.factor}× the sample's length: ${kB(result.docsTenfold.bytes)} ` +
      `(${result.docsTenfold.requests} requests; Google's request limit is ${kB(DOCS_REQUEST_LIMIT)})`,
    `Mail HTML body: the sample ${kB(result.docsTenfold.mailBytes)}, ${result.docsTenfold.factor}× its length ` +
      `${kB(result.docsTenfold.longMailBytes)} (Gmail shows a message over 102 kB clipped, behind a link)`,
    `Charts (Node: ECharts SVG + resvg PNG), ${result.charts.charts} metric groups: ` +
      `${(result.charts.svgMs + result.charts.pngMs).toFixed(0)} ms per group (SVG ${result.charts.svgMs.toFixed(1)} ms, ` +
      `PNG ${result.charts.pngMs.toFixed(0)} ms); the first ${result.charts.firstMs.toFixed(0)} ms (loading included)`,
    `  PNG from the whole CJK font file instead of its subset: ${result.charts.pngWholeFontMs.toFixed(0)} ms per chart ` +
      `(${(result.charts.pngWholeFontMs / result.charts.pngMs).toFixed(1)}× the subset's)`,
    `Apps Script calls per chart (${result.chartCalls.charts} charts; a Generate with them minus one without, ` +
      `÷ ${result.chartCalls.charts}): regenerated (charts reused) ${CHART_CALLS_BEFORE.again.toFixed(2)} → ` +
      `${result.chartCalls.again.toFixed(2)}, first Generate (charts built) ${CHART_CALLS_BEFORE.first.toFixed(2)} → ` +
      `${result.chartCalls.first.toFixed(2)} (before: the code before issue 25 part 3, as recorded); ` +
      'Sheets draws them server-side, so no time here',
    '',
    `Bundle dist/Code.js: ${result.bundleBytes.toLocaleString('en-US')} bytes (${kB(result.bundleBytes)})`,
    `  zod: ${kB(zod)}, ${((100 * zod) / share.moduleBytes).toFixed(1)}% of the bundled modules`,
    `  largest parts: ${largest.join(', ')}`,
    `  load into a fresh node:vm context: ${result.bundleLoadMs.toFixed(1)} ms (median of ${result.bundleLoads})`,
    '',
    `Custom functions over ${result.customFunctionRows.toLocaleString('en-US')} rows in one call (median; load excluded):`,
    ...functions,
    `  PREV_WEEK_VALUE ÷ PLAIN_MAP (the floor), first call: ` +
      `${(result.customFunctions.PREV_WEEK_VALUE.coldMs / result.customFunctions.PLAIN_MAP.coldMs).toFixed(1)}×`,
  ];
}

const rounded = <T extends object>(figures: T): T =>
  Object.fromEntries(
    Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? round(value) : value]),
  ) as T;

/** The one line of `--json`: the documented fields first (ms is the core's time), details after. */
export function summary(result: BenchResult): Record<string, unknown> {
  const zod = result.share.parts.find((p) => p.part === 'zod')?.bytes ?? 0;
  return {
    sizes: result.sizes.map((size) => {
      const { rows, coreMs, serviceCalls, node, ...rest } = size;
      return {
        rows,
        ms: Math.round(coreMs),
        serviceCalls,
        peakMB: Math.round(peakOf(size)),
        ...rounded(rest),
        node: node && rounded(node),
      };
    }),
    bundleBytes: result.bundleBytes,
    bundleLoadMs: round(result.bundleLoadMs),
    docsTenfold: result.docsTenfold,
    appsScriptCallsPerChart: { ...result.chartCalls, before: CHART_CALLS_BEFORE },
    customFunction10kMs: round(Math.max(...Object.values(result.customFunctions).map((t) => t.coldMs))),
    prevWeekValueOverPlainMap: round(
      result.customFunctions.PREV_WEEK_VALUE.coldMs / result.customFunctions.PLAIN_MAP.coldMs,
    ),
    customFunctions: Object.fromEntries(
      Object.entries(result.customFunctions).map(([name, times]) => [name, rounded(times)]),
    ),
    bundleModuleBytes: result.share.moduleBytes,
    zodBytes: zod,
    bundleParts: result.share.parts,
  };
}
