// npm run bench [-- --json] [-- --sizes 4x200,52x200] [-- --quick]: figures of SPEC §7 for workbooks from a month
// to ten years.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { buildReport, parseWorkbook, WRITERS } from '../src/core';
import { readWorkbookFile } from '../src/node/workbook-reader';
import { bundleLoadMs, customFunctionTimes, readBundle } from './apps-script';
import { bundleShare } from './bundle-size';
import { chartCalls } from './chart-calls';
import { chartTimes } from './chart-times';
import { cliFloor, cliFloorLines } from './cli-floor';
import { type BenchResult, reportLines, summary } from './report-table';
import {
  type CoreFigures,
  measureCoreAndGenerate,
  measureNodeShell,
  type NodeShellFigures,
  type SizeResult,
} from './size-run';
import type { WorkbookSize } from './synthetic-workbook';

/** A month, a quarter, a year of history for a large center (≥ 10,000 rows), and ten years (ten times that). */
const DEFAULT_SIZES = '4x200,13x200,52x200,520x200';
/**
 * Time allowed for the Node shell at one size (write the .xlsx, read it, render): ten years take about 20 s here
 * with a linear reader; one that slows down quadratically is cut off, so the whole run still ends in minutes.
 */
const NODE_SHELL_TIMEOUT_MS = 60_000;
const CUSTOM_FUNCTION_ROWS = 10_000;
const CUSTOM_FUNCTION_REPETITIONS = 5;
const BUNDLE_LOADS = 9;
/**
 * `--quick` (the test's): every figure's shape at a token cost, no figure to quote — custom functions on 400 rows
 * (two weeks of the 200 projects) once, one bundle load, no chart drawn (the chart figures NaN).
 */
const QUICK = { customFunctionRows: 400, customFunctionRepetitions: 1, bundleLoads: 1 } as const;
const FULL = {
  customFunctionRows: CUSTOM_FUNCTION_ROWS,
  customFunctionRepetitions: CUSTOM_FUNCTION_REPETITIONS,
  bundleLoads: BUNDLE_LOADS,
} as const;
const NO_CHART_TIMES = {
  charts: 0,
  firstMs: Number.NaN,
  svgMs: Number.NaN,
  pngMs: Number.NaN,
  pngWholeFontMs: Number.NaN,
};
/** When the sample's report is generated: the Wednesday after its Monday. */
const SAMPLE_NOW = '2023-11-15T07:30:00Z';

const root = join(__dirname, '..');

function parseSize(text: string): WorkbookSize {
  const match = /^(\d+)x(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`Expected a size like 52x200 (weeks x projects), got "${text}"`);
  return { weeks: Number(match[1]), projects: Number(match[2]) };
}

const optionValue = (args: readonly string[], name: string): string | undefined => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};

/** Runs one half of one size in a child process (its own heap and peak memory) and reads the JSON it prints. */
function inChild<T>(half: 'core' | 'node', size: string, timeout?: number): T {
  const output = execFileSync(process.execPath, [process.argv[1], '--child', half, size], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
    timeout,
  });
  return JSON.parse(output.trim().split('\n').pop() ?? '');
}

function nodeShellInChild(size: string): NodeShellFigures | null {
  try {
    return inChild<NodeShellFigures>('node', size, NODE_SHELL_TIMEOUT_MS);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ETIMEDOUT') throw error;
    process.stderr.write(
      `bench: the Node shell took over ${NODE_SHELL_TIMEOUT_MS / 1000} s at ${size}; cut off\n`,
    );
    return null;
  }
}

function measureSize(size: string): SizeResult {
  process.stderr.write(`bench: ${size.replace('x', ' weeks × ')} projects…\n`);
  return { ...inChild<CoreFigures>('core', size), node: nodeShellInChild(size) };
}

/**
 * The sample report with its blocks repeated `factor` times, as one Docs batch rewriting a Doc that holds it, and
 * as the mail's HTML body (the sample's and the long one's).
 */
async function docsTenfold(factor: number): Promise<BenchResult['docsTenfold']> {
  const input = await readWorkbookFile(join(root, 'seeds/sample-workbook.xlsx'), {
    timeZone: 'Asia/Shanghai',
  });
  const sample = buildReport(parseWorkbook(input), { now: new Date(SAMPLE_NOW) }).document;
  if (!sample) throw new Error('the sample workbook does not validate');
  const long = { ...sample, blocks: Array.from({ length: factor }, () => sample.blocks).flat() };
  const { requests } = WRITERS.docs(long, {
    target: { bodyEndIndex: 1_000_000, header: { id: 'h', endIndex: 40 } },
  });
  return {
    factor,
    bytes: Buffer.byteLength(JSON.stringify({ requests })),
    requests: requests.length,
    mailBytes: Buffer.byteLength(WRITERS.htmlBody(sample, {})),
    longMailBytes: Buffer.byteLength(WRITERS.htmlBody(long, {})),
  };
}

async function measureAll(sizes: readonly string[], quick: boolean): Promise<BenchResult> {
  const { customFunctionRows, customFunctionRepetitions, bundleLoads } = quick ? QUICK : FULL;
  const results = sizes.map(measureSize);
  process.stderr.write('bench: bundle and custom functions…\n');
  const source = readBundle(root);
  return {
    sizes: results,
    bundleBytes: Buffer.byteLength(source),
    bundleLoadMs: bundleLoadMs(source, bundleLoads),
    bundleLoads,
    share: bundleShare(root),
    customFunctionRows,
    customFunctions: customFunctionTimes(source, customFunctionRows, customFunctionRepetitions),
    docsTenfold: await docsTenfold(10),
    charts: quick ? NO_CHART_TIMES : chartTimes(),
    chartCalls: chartCalls(source),
  };
}

/** `--child core|node WxP`: one half of one size, its figures printed as one JSON line. */
async function runChild(half: string, size: WorkbookSize): Promise<void> {
  const figures = half === 'node' ? await measureNodeShell(size) : measureCoreAndGenerate(size, root);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--child')) {
    const [half, size] = args.slice(args.indexOf('--child') + 1);
    return runChild(half, parseSize(size ?? ''));
  }
  const sizes = (optionValue(args, '--sizes') ?? DEFAULT_SIZES).split(',');
  sizes.forEach(parseSize);
  const result = await measureAll(sizes, args.includes('--quick'));
  process.stdout.write(`${reportLines(result).join('\n')}\n`);
  // The CLI beside its floor takes minutes of fresh processes: not in the test's --quick run.
  if (!args.includes('--quick')) process.stdout.write(`${cliFloorLines(await cliFloor(root)).join('\n')}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary(result))}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
