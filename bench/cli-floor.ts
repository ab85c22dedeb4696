// The CLI beside its floor (issue 25 part 2): `generate` on a year of history against a bare exceljs read of the same
// .xlsx, each a fresh `node` process, alternated so that both meet the same machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './measure';
import { writeXlsx } from './size-run';
import { syntheticWorkbook, type WorkbookSize } from './synthetic-workbook';

/** A year of weekly rows for 200 projects: 16,000 rows, four metric groups, so four trend charts. */
export const YEAR: WorkbookSize = { weeks: 52, projects: 200 };
/** Rounds of (floor, md, all formats); one more round first, not counted, warms the disk cache. */
export const CLI_FLOOR_RUNS = 5;

/** What the floor does: exceljs reading the file, nothing else (no checks, no core, no output). */
const FLOOR_SCRIPT =
  "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1]).catch(() => process.exit(1));";

/**
 * Preloaded into every measured process: on exit it writes its own CPU time (user + system, every thread) to fd 3.
 * On a shared machine a process waits for a core as long as it runs, so the wall time swings with the load; the CPU
 * time is the steadier figure.
 */
const CPU_REPORT =
  "process.on('exit', () => { const t = process.cpuUsage(); require('node:fs').writeSync(3, String((t.user + t.system) / 1000)); });";

/** One process's wall and CPU time, in ms. */
export interface ProcessTimes {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Medians over the rounds. */
export interface CliFloorFigures {
  readonly runs: number;
  readonly rows: number;
  readonly floor: ProcessTimes;
  readonly md: ProcessTimes;
  readonly allFormats: ProcessTimes;
}

/**
 * A runner of fresh `node` processes in `cwd`, each preloaded with `preload` (CPU_REPORT written to a file): its
 * wall time from spawn to exit, and the CPU time it reported. A process must succeed.
 */
export const processRunner =
  (cwd: string, preload: string) =>
  (args: readonly string[]): ProcessTimes => {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--require', preload, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const wallMs = performance.now() - start;
    if (run.status !== 0)
      throw new Error(`bench: node ${args.join(' ')} failed: ${String(run.stderr).trim()}`);
    return { wallMs, cpuMs: Number(String(run.output[3])) };
  };

const medianTimes = (times: readonly ProcessTimes[]): ProcessTimes => ({
  wallMs: median(times.map((t) => t.wallMs)),
  cpuMs: median(times.map((t) => t.cpuMs)),
});

/**
 * The year's .xlsx written once, then `runs` rounds of: the floor, `generate --format md`, `generate` with every
 * format, each a fresh process run from `root` (build/cli.cjs must be built).
 */
export async function cliFloor(root: string, runs = CLI_FLOOR_RUNS): Promise<CliFloorFigures> {
  process.stderr.write('bench: the CLI beside its floor…\n');
  const folder = mkdtempSync(join(tmpdir(), 'weekly-report-cli-floor-'));
  try {
    const path = join(folder, 'year.xlsx');
    const sheets = syntheticWorkbook(YEAR);
    await writeXlsx(sheets, path);
    const preload = join(folder, 'cpu-report.cjs');
    writeFileSync(preload, CPU_REPORT);
    const run = processRunner(root, preload);
    const generate = (formats: string) =>
      run([
        join(root, 'build/cli.cjs'),
        'generate',
        '--workbook',
        path,
        '--out',
        join(folder, 'out'),
        '--format',
        formats,
      ]);
    const round = () => ({
      floor: run(['-e', FLOOR_SCRIPT, path]),
      md: generate('md'),
      all: generate('docx,md,html'),
    });
    round();
    const rounds = Array.from({ length: runs }, round);
    return {
      runs,
      rows: sheets.reduce((sum, sheet) => sum + sheet.values.length - 1, 0),
      floor: medianTimes(rounds.map((r) => r.floor)),
      md: medianTimes(rounds.map((r) => r.md)),
      allFormats: medianTimes(rounds.map((r) => r.all)),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The section's lines: the medians, and the CLI's times over the floor's. */
export function cliFloorLines(figures: CliFloorFigures): string[] {
  const { floor } = figures;
  const line = (label: string, t: ProcessTimes, ratios: boolean) =>
    `  ${label.padEnd(31)} wall ${t.wallMs.toFixed(0).padStart(5)} ms, CPU ${t.cpuMs.toFixed(0).padStart(5)} ms` +
    (ratios
      ? ` (${(t.wallMs / floor.wallMs).toFixed(2)}× / ${(t.cpuMs / floor.cpuMs).toFixed(2)}× the floor)`
      : '');
  return [
    '',
    `CLI beside its floor: a year (${YEAR.weeks}×${YEAR.projects}, ${figures.rows.toLocaleString('en-US')} rows, ` +
      `4 trend charts), fresh processes, medians of ${figures.runs} alternated rounds:`,
    line('floor (exceljs readFile alone)', floor, false),
    line('generate --format md', figures.md, true),
    line('generate --format docx,md,html', figures.allFormats, true),
  ];
}
