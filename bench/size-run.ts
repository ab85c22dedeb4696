// What is measured at one workbook size; each half runs in its own process, so its peak memory is its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { analyseWorkbook, buildReport, hasErrors, parseWorkbook, type Report, WRITERS } from '../src/core';
import { renderDocx } from '../src/node/docx-writer';
import { readWorkbookFile } from '../src/node/workbook-reader';
import { generateThroughFakes, readBundle } from './apps-script';
import { median, peakMB, timed, timedAsync } from './measure';
import {
  NOW,
  rowCount,
  type SyntheticSheet,
  syntheticInput,
  syntheticWorkbook,
  TIME_ZONE,
  type WorkbookSize,
} from './synthetic-workbook';

/** The core, and the Apps Script shell through the fakes. */
export interface CoreFigures {
  readonly weeks: number;
  readonly projects: number;
  readonly rows: number;
  /** buildReport (parse + validate + model + document), median of `coreRuns`; `analyseMs` is its analysis. */
  readonly coreMs: number;
  readonly analyseMs: number;
  readonly coreRuns: number;
  /** One Generate: dist/Code.js in a fresh node:vm context, services faked, every call counted. */
  readonly generateMs: number;
  readonly serviceCalls: number;
  readonly callsByService: Readonly<Record<string, number>>;
  /** Generating the same week again: the Doc rewritten in place. */
  readonly regenerateCalls: number;
  readonly regenerateByService: Readonly<Record<string, number>>;
  /** The largest Docs batchUpdate body of the two runs, bytes of JSON. */
  readonly docsBatchBytes: number;
  /** Peak resident memory of this process once the core has run (input + report), and after Generate, in MB. */
  readonly corePeakMB: number;
  readonly generatePeakMB: number;
}

/** The Node shell: exceljs reading the .xlsx into WorkbookInput, then the .docx and Markdown renders. */
export interface NodeShellFigures {
  /** Writing the .xlsx is setup, not the product's work; shown to explain the run's length. */
  readonly xlsxWriteMs: number;
  readonly xlsxReadMs: number;
  readonly docxMs: number;
  readonly markdownMs: number;
  readonly peakMB: number;
}

/** Both halves at one size; `node` is null when reading the .xlsx ran past the time allowed. */
export interface SizeResult extends CoreFigures {
  readonly node: NodeShellFigures | null;
}

const WALL_CLOCK = { dateCells: 'wall-clock', timeZone: TIME_ZONE } as const;
const INSTANT = { dateCells: 'instant', timeZone: TIME_ZONE } as const;
/** A median of three, or one run where a run takes seconds. */
const repetitionsFor = (rows: number): number => (rows > 50_000 ? 1 : 3);

/** A report that the synthetic workbook must always give: no error, a document. */
function checked(report: Report, where: string): NonNullable<Report['document']> {
  if (!report.document || hasErrors(report.issues)) {
    const errors = report.issues.filter((i) => i.severity === 'error').slice(0, 3);
    throw new Error(`${where}: the synthetic workbook does not validate: ${JSON.stringify(errors)}`);
  }
  return report.document;
}

/** JIT warm-up on a tiny workbook, so that the smallest size does not pay for compiling the core. */
function warmUp(): void {
  const tiny = syntheticInput(syntheticWorkbook({ weeks: 2, projects: 10 }, WALL_CLOCK), WALL_CLOCK);
  for (let i = 0; i < 5; i++) checked(buildReport(parseWorkbook(tiny), { now: NOW }), 'warm-up');
}

/** Analysis and whole build alternate, so neither is favoured by running after the other has warmed up. */
function measureCore(sheets: readonly SyntheticSheet[]) {
  const input = syntheticInput(sheets, WALL_CLOCK);
  const coreRuns = repetitionsFor(rowCount(sheets));
  const analyse: number[] = [];
  const build: number[] = [];
  for (let run = 0; run < coreRuns; run++) {
    analyse.push(timed(() => analyseWorkbook(parseWorkbook(input), { now: NOW })).ms);
    build.push(timed(() => checked(buildReport(parseWorkbook(input), { now: NOW }), 'core')).ms);
  }
  return { coreMs: median(build), analyseMs: median(analyse), coreRuns };
}

/** The core on the workbook as an .xlsx hands it out, then Generate on it as Sheets hands it out. */
export function measureCoreAndGenerate(size: WorkbookSize, root: string): CoreFigures {
  warmUp();
  const sheets = syntheticWorkbook(size, WALL_CLOCK);
  const rows = rowCount(sheets);
  const core = measureCore(sheets);
  const corePeakMB = peakMB();
  const generate = generateThroughFakes(readBundle(root), syntheticWorkbook(size, INSTANT));
  return {
    ...size,
    rows,
    ...core,
    generateMs: generate.first.ms,
    serviceCalls: generate.first.serviceCalls,
    callsByService: generate.first.calls,
    regenerateCalls: generate.again.serviceCalls,
    regenerateByService: generate.again.calls,
    docsBatchBytes: generate.largestBatchBytes,
    corePeakMB,
    generatePeakMB: peakMB(),
  };
}

/** The sheets as an .xlsx exported from Sheets: typed cells with their number formats. */
export async function writeXlsx(sheets: readonly SyntheticSheet[], path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.formats.map((numFmt) => ({ style: numFmt ? { numFmt } : {} }));
    worksheet.addRows(sheet.values.map((row) => [...row]));
  }
  await workbook.xlsx.writeFile(path);
}

/** The CLI's path: the .xlsx read back with readWorkbookFile, the report built and rendered as .docx and .md. */
export async function measureNodeShell(size: WorkbookSize): Promise<NodeShellFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'weekly-report-bench-'));
  try {
    const path = join(folder, 'workbook.xlsx');
    const write = await timedAsync(() => writeXlsx(syntheticWorkbook(size, WALL_CLOCK), path));
    const read = await timedAsync(() => readWorkbookFile(path, { timeZone: TIME_ZONE }));
    const document = checked(buildReport(parseWorkbook(read.result), { now: NOW }), '.xlsx');
    // The first render also loads and compiles the docx library; the median of three is the render itself.
    const docx: number[] = [];
    for (let run = 0; run < 3; run++)
      docx.push((await timedAsync(() => renderDocx(document, { now: NOW }))).ms);
    const markdown = timed(() => WRITERS.markdown(document, {}));
    return {
      xlsxWriteMs: write.ms,
      xlsxReadMs: read.ms,
      docxMs: median(docx),
      markdownMs: markdown.ms,
      peakMB: peakMB(),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
