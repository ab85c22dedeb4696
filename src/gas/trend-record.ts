// What the tool last built on its Trends tab (SPEC §9), kept in this spreadsheet's properties: the rectangle its
// data covers and, in getCharts() order, each chart's range, position and a digest of each option. A chart whose
// spec matches its record is left as it is (Sheets redraws it from the rewritten cells), so a regeneration makes no
// builder call; a changed chart gets only what changed. Whatever the record cannot vouch for is rebuilt in full.
import type { SheetsChartSpec } from '../core';
import type { SheetProperties } from './sheet-properties';

/** One chart as built: its data block, where it stands, and a digest of each option's value. */
export interface ChartRecord {
  readonly range: readonly [row: number, rows: number, columns: number];
  readonly position: readonly [row: number, column: number];
  readonly options: Readonly<Record<string, string>>;
}

export interface TrendsRecord {
  /** Rows and columns the last data write covered: a smaller grid is written padded with blanks to it. */
  readonly extent: readonly [rows: number, columns: number];
  /** The tab's charts in getCharts() order; null: on the tab, but not known to match any spec. */
  readonly charts: readonly (ChartRecord | null)[];
}

const KEY = 'trends.charts';
/** A property value holds at most 9 kB; a record past this is not kept (every chart is then rebuilt in full). */
const MAX_BYTES = 8000;

/** cyrb53: a 53-bit string hash, so that two different option values practically never share a digest. */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The record of `spec` built at `column`. */
export const recordOf = (spec: SheetsChartSpec, column: number): ChartRecord => ({
  range: [spec.row, spec.rows, spec.columns],
  position: [spec.row, column],
  options: Object.fromEntries(spec.options.map(([option, value]) => [option, digest(JSON.stringify(value))])),
});

const sameTuple = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((n, i) => n === b[i]);

/** What building `after` over a chart recorded as `before` has to set; nothing at all when they match. */
export function changes(before: ChartRecord, after: ChartRecord) {
  return {
    range: !sameTuple(before.range, after.range),
    position: !sameTuple(before.position, after.position),
    options: Object.keys(after.options).filter((option) => before.options[option] !== after.options[option]),
  };
}

/** Whether the two records describe the same chart: range, position and every option alike. */
export function sameRecord(a: ChartRecord, b: ChartRecord): boolean {
  const c = changes(a, b);
  return (
    !c.range &&
    !c.position &&
    c.options.length === 0 &&
    Object.keys(a.options).length === Object.keys(b.options).length
  );
}

const isInteger = (n: unknown): n is number => Number.isSafeInteger(n);
const isTuple = (value: unknown, length: number): value is number[] =>
  Array.isArray(value) && value.length === length && value.every(isInteger);

function chartOf(value: unknown): ChartRecord | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { range, position, options } = value as Record<string, unknown>;
  if (!isTuple(range, 3) || !isTuple(position, 2)) return undefined;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  if (!Object.values(options).every((d) => typeof d === 'string')) return undefined;
  return {
    range: [range[0], range[1], range[2]],
    position: [position[0], position[1]],
    options: options as Record<string, string>,
  };
}

/** The record as stored, or null when there is none or it is not one this code wrote. */
export function readRecord(properties: SheetProperties): TrendsRecord | null {
  const text = properties.get(KEY);
  if (!text) return null;
  try {
    const { extent, charts } = JSON.parse(text) as Record<string, unknown>;
    if (!isTuple(extent, 2) || !Array.isArray(charts)) return null;
    const read = charts.map(chartOf);
    if (read.some((c) => c === undefined)) return null;
    return { extent: [extent[0], extent[1]], charts: read as (ChartRecord | null)[] };
  } catch {
    return null;
  }
}

/** UTF-8 length, as Apps Script measures a property (no TextEncoder there). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Forgets the record: done before anything it describes changes. */
export const forgetRecord = (properties: SheetProperties): void => properties.delete(KEY);

/** Keeps the record of what is now on the tab; one too large for a property is not kept. */
export function keepRecord(properties: SheetProperties, record: TrendsRecord): void {
  const text = JSON.stringify(record);
  if (utf8Bytes(text) <= MAX_BYTES) properties.set(KEY, text);
}
