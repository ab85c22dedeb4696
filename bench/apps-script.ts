// The Apps Script shell through the fakes: dist/Code.js in a fresh node:vm context, Generate, custom functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createWorld, type FakeWorld } from '../test/fakes/world';
import { collectGarbage, median, timed } from './measure';
import { type SyntheticSheet, TIME_ZONE } from './synthetic-workbook';

/** The services Generate may call, as named in the fakes' call log. */
const SERVICES = [
  'SpreadsheetApp',
  'Docs',
  'DocumentApp',
  'Drive',
  'LockService',
  'PropertiesService',
  'Session',
  'ScriptApp',
  'MailApp',
  'HtmlService',
] as const;

/** A fresh global scope holding the fake services, with the bundle run in it, as Apps Script loads a script. */
function loadScript(source: string, world: FakeWorld): vm.Context {
  const context = vm.createContext({ ...world.globals, console });
  vm.runInContext(source, context, { filename: 'Code.js' });
  return context;
}

export interface GenerateRun {
  readonly ms: number;
  /** Service calls of the whole run, per service (only those called). */
  readonly calls: Readonly<Record<string, number>>;
  readonly serviceCalls: number;
}

export interface GenerateRuns {
  /** The week's first Generate: a new Doc in a new folder. */
  readonly first: GenerateRun;
  /** The same week again: the same Doc rewritten. */
  readonly again: GenerateRun;
  /** The largest Docs batchUpdate request body sent, in bytes of JSON. */
  readonly largestBatchBytes: number;
}

function generateOnce(script: vm.Context, world: FakeWorld): GenerateRun {
  const docs = world.docs.docs.size;
  world.calls.reset();
  const { ms } = timed(() => script.generateWeeklyReport());
  if (world.docs.docs.size !== 1 || world.calls.count('Docs', 'Documents.batchUpdate') === 0) {
    const shown = [...world.spreadsheetApp.ui.alerts, ...world.spreadsheetApp.ui.dialogs.map((d) => d.html)];
    throw new Error(`Generate wrote no Doc (${docs} before): ${shown.join(' | ').slice(0, 500)}`);
  }
  const counts = SERVICES.map((service) => [service, world.calls.count(service)] as const);
  const calls = Object.fromEntries(counts.filter(([, count]) => count !== 0));
  const serviceCalls = counts.reduce((sum, [, count]) => sum + count, 0);
  return { ms, calls, serviceCalls };
}

/**
 * Two menu clicks on 生成周报 in a spreadsheet holding `sheets` (dates as instants): the first writes a new Doc,
 * the second rewrites it. Throws when a run wrote no Doc, so a figure never comes from a run that stopped early.
 */
export function generateThroughFakes(source: string, sheets: readonly SyntheticSheet[]): GenerateRuns {
  const world = createWorld({ timeZone: TIME_ZONE });
  for (const sheet of sheets)
    world.spreadsheetApp.spreadsheet.addSheet(sheet.name, sheet.values, sheet.displays);
  const script = loadScript(source, world);
  const first = generateOnce(script, world);
  const again = generateOnce(script, world);
  const sizes = world.docs.batches.map((batch) =>
    Buffer.byteLength(JSON.stringify({ requests: batch.requests })),
  );
  return { first, again, largestBatchBytes: Math.max(...sizes) };
}

/**
 * Median time to parse and run the bundle in a fresh context, as every custom-function call in Sheets pays.
 * V8 caches compiled scripts by source text, so each load gets a unique trailing comment to stay cold.
 */
export function bundleLoadMs(source: string, loads: number): number {
  const world = createWorld({ timeZone: TIME_ZONE });
  const times = Array.from({ length: loads }, (_, i) => {
    const context = vm.createContext({ ...world.globals, console });
    const unique = `${source}\n// load ${i}\n`;
    return timed(() => vm.runInContext(unique, context, { filename: 'Code.js' })).ms;
  });
  return median(times);
}

/** PLAIN_MAP is the floor: PREV_WEEK_VALUE's answer by the plainest Map, keyed by project and week instant. */
const CUSTOM_FUNCTIONS = ['PREV_WEEK_VALUE', 'WEEK_DELTA', 'PROGRESS_DELTA', 'PLAIN_MAP'] as const;

/** The floor, in the script's realm: one pass to index, one to answer; no checks, no zones, no shapes. */
const PLAIN_MAP_SCRIPT = `((keys, weeks, values) => {
  const index = new Map();
  for (let r = 0; r < keys.length; r++) index.set(keys[r][0] + '|' + weeks[r][0].getTime(), values[r][0]);
  return keys.map((key, r) => {
    const value = index.get(key[0] + '|' + (weeks[r][0].getTime() - 604800000));
    return [value === undefined ? '' : value];
  });
})`;
export type CustomFunctionName = (typeof CUSTOM_FUNCTIONS)[number];

/**
 * A `rows`-row table of 200 projects' weekly progress, built inside the script's realm as Sheets hands ranges to
 * a custom function: 2-D arrays, one column each, Week cells as Dates (midnight in Shanghai).
 */
const COLUMNS_SCRIPT = (rows: number) => `(() => {
  const projects = 200;
  const firstMonday = Date.parse('2023-01-01T16:00:00Z');
  const keys = [], weeks = [], values = [], previous = [];
  for (let r = 0; r < ${rows}; r++) {
    const week = Math.floor(r / projects);
    keys.push(['项目' + (r % projects)]);
    weeks.push([new Date(firstMonday + week * 7 * 86400000)]);
    values.push([Math.min(1, ((r % 20) + week) / 100)]);
    previous.push([Math.max(0, Math.min(1, ((r % 20) + week - 1) / 100))]);
  }
  return { keys, weeks, values, previous };
})()`;

export interface CustomFunctionTimes {
  /** In a fresh context with a freshly parsed bundle, as each call in Sheets runs (load time excluded). */
  readonly coldMs: number;
  /** The same call repeated in one context, once V8 has optimised it. */
  readonly warmMs: number;
}

/** A fresh script with a `rows`-row table in its realm, and the call of `name` on that table. */
function customFunctionCall(
  source: string,
  rows: number,
  name: CustomFunctionName,
  load: number,
): () => unknown {
  const script = loadScript(`${source}\n// ${name} ${load}\n`, createWorld({ timeZone: TIME_ZONE }));
  const table = vm.runInContext(COLUMNS_SCRIPT(rows), script);
  const calls: Record<CustomFunctionName, () => unknown> = {
    PREV_WEEK_VALUE: () => script.PREV_WEEK_VALUE(table.keys, table.weeks, table.values),
    WEEK_DELTA: () => script.WEEK_DELTA(table.keys, table.weeks, table.values),
    PROGRESS_DELTA: () => script.PROGRESS_DELTA(table.values, table.previous),
    PLAIN_MAP: () => vm.runInContext(PLAIN_MAP_SCRIPT, script)(table.keys, table.weeks, table.values),
  };
  return () => {
    const result = calls[name]();
    if (!Array.isArray(result) || result.length !== rows) throw new Error(`${name} returned no column`);
    return result;
  };
}

/**
 * Median times of each custom function over a `rows`-row column in one call, through the bundle's globals. The
 * functions take turns, round after round, so that all of them (the floor too) meet the same machine; the garbage of
 * the set-up is collected before each timed call.
 */
export function customFunctionTimes(
  source: string,
  rows: number,
  repetitions: number,
): Record<CustomFunctionName, CustomFunctionTimes> {
  const cold = new Map<CustomFunctionName, number[]>(CUSTOM_FUNCTIONS.map((name) => [name, []]));
  const warm = new Map<CustomFunctionName, number[]>(CUSTOM_FUNCTIONS.map((name) => [name, []]));
  const time = (call: () => unknown): number => {
    collectGarbage();
    return timed(call).ms;
  };
  for (let load = 0; load < repetitions; load++) {
    for (const name of CUSTOM_FUNCTIONS)
      cold.get(name)?.push(time(customFunctionCall(source, rows, name, load)));
  }
  const warmCalls = CUSTOM_FUNCTIONS.map((name) => customFunctionCall(source, rows, name, repetitions));
  for (const call of warmCalls) call();
  for (let round = 0; round < repetitions; round++) {
    CUSTOM_FUNCTIONS.forEach((name, i) => {
      warm.get(name)?.push(time(warmCalls[i]));
    });
  }
  return Object.fromEntries(
    CUSTOM_FUNCTIONS.map((name) => [
      name,
      { coldMs: median(cold.get(name) ?? []), warmMs: median(warm.get(name) ?? []) },
    ]),
  ) as Record<CustomFunctionName, CustomFunctionTimes>;
}

/** The built artifact, dist/Code.js, as pushed to Apps Script. */
export const readBundle = (root: string): string => readFileSync(join(root, 'dist/Code.js'), 'utf8');
