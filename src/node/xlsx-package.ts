// An .xlsx made safe to hand to exceljs (SPEC §12): zip limits checked, every part inflated no further than the
// limits, cell ranges exceljs would expand one cell at a time bounded, and for reading, the tabs the tool does not
// read emptied, so they are never walked.
import { zipSync } from 'fflate';
import { type Message, messages, namesMatch, TABS } from '../core';
import { cellCount, columnName, rangeOf } from './a1-range';
import { UsageError } from './usage-error';
import {
  DamagedZip,
  RATIO_LIMIT,
  UNPACKED_LIMIT,
  unpackEntries,
  ZipLimitExceeded,
  type ZipLimitProblem,
  zipEntries,
  zipLimitProblem,
} from './zip-limits';

/** The largest sheet Excel and Google Sheets can have: a range beyond it is a lie. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** exceljs makes an object of every merged cell (~1 KB each), and checks each range against every other. */
export const MERGED_CELLS_LIMIT = 100_000;
export const MERGED_RANGES_LIMIT = 2_000;
/** exceljs keeps a dropdown or a named range cell by cell (~150 bytes each): two whole columns of 1,048,576. */
export const RULE_CELLS_LIMIT = 2 * MAX_ROWS;

/** How the package is prepared: for reading only, or to be written back whole (new-week's copy). */
export interface PackageOptions {
  /** Keep every tab and part as it is; otherwise empty the tabs the tool does not read and leave out what it never uses. */
  readonly keepEverything: boolean;
}

/** What exceljs reads as a worksheet part (its own pattern, unanchored as it is). */
const WORKSHEET_PART = /xl\/worksheets\/sheet(\d+)[.]xml/;
const EMPTY_WORKSHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** A problem with the package, in the words `unreadableWorkbook` takes. */
class PackageProblem extends Error {
  constructor(
    readonly reason: Message,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(reason.en);
  }
}

/**
 * The package exceljs may load: the zip's claims checked before anything is inflated, then every part inflated
 * within the limits (and re-zipped when a part was emptied or trimmed), so what exceljs reads is what was checked.
 * Refusals are one UsageError naming the file.
 */
export function safePackage(path: string, bytes: Uint8Array, options: PackageOptions): Uint8Array {
  try {
    const entries = zipEntries(bytes);
    const claimed = zipLimitProblem(entries);
    if (claimed) throw zipProblem(claimed);
    const files = unpackEntries(bytes, entries);
    const changed = prepareParts(files, options);
    // Every part was inflated within the limits, so the file as it is holds no more than was checked. A changed
    // package is stored, not deflated: exceljs reads it at once, and it lives only in memory.
    return changed ? zipSync(Object.fromEntries(files), { level: 0 }) : bytes;
  } catch (error) {
    if (error instanceof PackageProblem) {
      throw new UsageError(
        'unreadableWorkbook',
        { path, reason: error.reason, ...error.params },
        { cause: error },
      );
    }
    if (error instanceof ZipLimitExceeded) {
      const { reason, params } = zipProblem(error.problem);
      throw new UsageError('unreadableWorkbook', { path, reason, ...params }, { cause: error });
    }
    if (error instanceof DamagedZip) {
      throw new UsageError(
        'unreadableWorkbook',
        { path, reason: messages.cli.reasonDamaged },
        { cause: error },
      );
    }
    throw error;
  }
}

/** Sizes and counts as the refusals show them: `300` (MB), `1,048,576`. */
export const megabytes = (bytes: number): number => Math.ceil(bytes / 2 ** 20);
export const countText = (n: number): string => n.toLocaleString('en-US');

function zipProblem(problem: ZipLimitProblem): PackageProblem {
  return problem.kind === 'tooLarge'
    ? new PackageProblem(messages.cli.reasonUnpacksTooLarge, {
        size: countText(megabytes(problem.bytes)),
        limit: megabytes(UNPACKED_LIMIT),
        entry: problem.largest,
      })
    : new PackageProblem(messages.cli.reasonCompressionRatio, {
        entry: problem.entry,
        size: countText(megabytes(problem.bytes)),
        ratio: countText(problem.ratio),
        limit: RATIO_LIMIT,
      });
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Whether a tab is one the tool reads (in either language): the others are never walked. */
export const isTabName = (name: string): boolean => TABS.some((def) => namesMatch(name, def));

/** Checks and, for reading, trims the unpacked parts in place; says whether any part changed. */
function prepareParts(files: Map<string, Uint8Array>, options: PackageOptions): boolean {
  let changed = false;
  const replace = (name: string, text: string): void => {
    const data = encoder.encode(text);
    const before = files.get(name);
    if (before !== undefined && Buffer.from(before).equals(data)) return;
    files.set(name, data);
    changed = true;
  };
  const text = (name: string): string => decoder.decode(files.get(name) ?? new Uint8Array());
  const tabs = tabsByPart(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  const ruleCells = new Map<string, number>();
  const addRuleCells = (tab: string, cells: number): void => {
    ruleCells.set(tab, (ruleCells.get(tab) ?? 0) + cells);
  };
  const merged = { cells: 0 };
  for (const [name, data] of files) {
    if (!WORKSHEET_PART.test(name)) continue;
    const tab = tabs.get(name.replace(/^\//, ''));
    const known = tab !== undefined && isTabName(tab);
    if (!known && !options.keepEverything) {
      // Never walked: the tab keeps its name (the core names unknown tabs when a known one is missing), not its cells.
      replace(name, EMPTY_WORKSHEET);
      changed = files.delete(name.replace(WORKSHEET_PART, 'xl/worksheets/_rels/sheet$1.xml.rels')) || changed;
      continue;
    }
    const xml = decoder.decode(data);
    const label = tab ?? name;
    checkWorksheet(label, xml, known, merged);
    if (options.keepEverything) {
      addRuleCells(label, areaOf(startTags(xml, 'dataValidation'), 'sqref'));
    } else {
      // The reader needs no dropdowns, and exceljs would keep each of their cells.
      replace(name, withoutElement(xml, 'dataValidations'));
    }
  }
  const workbook = text('xl/workbook.xml');
  if (options.keepEverything) {
    for (const [tab, cells] of namedRangeCells(workbook)) addRuleCells(tab, cells);
    let total = 0;
    for (const [tab, cells] of ruleCells) {
      total += cells;
      if (total > RULE_CELLS_LIMIT) {
        throw new PackageProblem(messages.cli.reasonTooManyRuleCells, {
          tab,
          count: countText(total),
          limit: countText(RULE_CELLS_LIMIT),
        });
      }
    }
  } else if (files.has('xl/workbook.xml')) {
    // The reader needs no named ranges, and exceljs would keep each of their cells.
    replace('xl/workbook.xml', withoutElement(workbook, 'definedNames'));
  }
  return changed;
}

/** Each worksheet part's tab name, through the workbook's relationships as exceljs resolves them. */
function tabsByPart(workbook: string, relationships: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of startTags(relationships, 'Relationship')) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id !== undefined && target !== undefined)
      targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
  }
  const tabs = new Map<string, string>();
  for (const [tag] of startTags(workbook, 'sheet')) {
    const part = targets.get(attribute(tag, 'r:id') ?? '');
    const name = attribute(tag, 'name');
    if (part !== undefined && name !== undefined) tabs.set(part, name);
  }
  return tabs;
}

/**
 * Refuses what exceljs would expand one cell at a time (merged ranges, column ranges) beyond its limits, and a tab the
 * tool reads that claims more than a sheet can hold.
 */
function checkWorksheet(tab: string, xml: string, known: boolean, merged: { cells: number }): void {
  for (const [tag] of startTags(xml, 'col')) {
    const max = Number(attribute(tag, 'max'));
    if (max > MAX_COLUMNS) throw beyondGrid(tab, `${columnName(max)}1`);
  }
  // Ranges per tab (exceljs compares each with the tab's others), cells over the workbook.
  let ranges = 0;
  for (const [tag] of startTags(xml, 'mergeCell')) {
    const ref = attribute(tag, 'ref') ?? '';
    const area = rangeOf(ref);
    if (area && (area.bottom > MAX_ROWS || area.right > MAX_COLUMNS)) throw beyondGrid(tab, ref);
    ranges++;
    merged.cells += area ? cellCount(area) : 0;
    if (ranges > MERGED_RANGES_LIMIT || merged.cells > MERGED_CELLS_LIMIT) {
      throw new PackageProblem(messages.cli.reasonTooManyMerged, {
        tab,
        count: countText(merged.cells),
        ranges: countText(ranges),
        limit: countText(MERGED_CELLS_LIMIT),
        rangeLimit: countText(MERGED_RANGES_LIMIT),
      });
    }
  }
  if (!known) return;
  for (const [tag] of startTags(xml, 'dimension')) {
    const ref = attribute(tag, 'ref') ?? '';
    const area = rangeOf(ref);
    if (area && (area.bottom > MAX_ROWS || area.right > MAX_COLUMNS)) throw beyondGrid(tab, ref);
  }
}

const beyondGrid = (tab: string, ref: string): PackageProblem =>
  new PackageProblem(messages.cli.reasonBeyondGrid, { tab, ref });

/** Cells of the named ranges (`'项目'!$A$2:$A$9`) by the tab they are on. */
function namedRangeCells(workbook: string): Map<string, number> {
  const cells = new Map<string, number>();
  const names = /<(?:[\w.-]+:)?definedName\b[^>]*>([^<]*)</g;
  for (const [, formula] of workbook.matchAll(names)) {
    for (const reference of decodeXml(formula).split(',')) {
      const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference.trim());
      const area = match ? rangeOf(match[3]) : null;
      if (!match || !area) continue;
      const tab = match[1]?.replace(/''/g, "'") ?? match[2];
      cells.set(tab, (cells.get(tab) ?? 0) + cellCount(area));
    }
  }
  return cells;
}

/** Each start tag `<name …>` in `xml`, whatever its namespace prefix. */
const startTags = (xml: string, name: string): IterableIterator<RegExpMatchArray> =>
  xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>`, 'g'));

/** `xml` without the element `name` (and all it holds). */
const withoutElement = (xml: string, name: string): string =>
  xml.replace(new RegExp(`<((?:[\\w.-]+:)?${name})\\b[^>]*?(?:/>|>[\\s\\S]*?</\\1\\s*>)`, 'g'), '');

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];
  return value === undefined ? undefined : decodeXml(value);
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
    const code =
      entity[1].toLowerCase() === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** The sum of the areas of the space-separated ranges in attribute `name` of each tag. */
function areaOf(tags: Iterable<RegExpMatchArray>, name: string): number {
  let cells = 0;
  for (const [tag] of tags) {
    for (const ref of (attribute(tag, name) ?? '').split(/\s+/)) {
      const area = rangeOf(ref);
      if (area) cells += cellCount(area);
    }
  }
  return cells;
}
