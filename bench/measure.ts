// Timing and memory helpers of the benchmark: medians of repeated runs, the process's peak resident memory.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The median of `values` (the lower middle one for an even count, so it is always a measured run). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

let gc: (() => void) | undefined;
/**
 * A full garbage collection now, so that what earlier work left behind is not collected inside the next timed run
 * (a run of 10–20 ms, as the custom functions' floor, is otherwise doubled by whichever collection lands in it).
 */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** Milliseconds `run` takes, once; its result is handed back so the work cannot be optimised away. */
export function timed<T>(run: () => T): { readonly ms: number; readonly result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** `timed` for work that ends in a promise. */
export async function timedAsync<T>(
  run: () => Promise<T>,
): Promise<{ readonly ms: number; readonly result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

/** The highest resident memory of this process so far, in MB (the kernel's maxrss, never lowered). */
export const peakMB = (): number => process.resourceUsage().maxRSS / 1024;

/** Rounds a figure for the JSON line: a tenth of a millisecond or megabyte is below the noise. */
export const round = (value: number, digits = 1): number => Number(value.toFixed(digits));
