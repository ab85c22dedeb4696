// What a Doc written from a ReportDocument reads back as (docs-body.ts `outline`), worked out independently of the
// writer: the oracle for the Docs writer's unit tests and for the Docs the bundle writes.
import type { Block, ListBlock, ReportDocument, TextRun } from '../../src/core/layout/document';
import type { Outline, OutlineBlock, OutlineList, OutlineRun } from './docs-body';

/** Text as a Doc keeps it: API-stripped controls and private-use characters gone, a lone surrogate half
 *  replaced, and both `\n` and a vertical tab (Docs' line break) read back as `\n`. */
export function kept(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0b) out += '\n';
    else if (c <= 0x08 || (c >= 0x0c && c <= 0x1f) || (c >= 0xe000 && c <= 0xf8ff)) continue;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && /[\udc00-\udfff]/.test(text[i + 1])) {
      out += text[i] + text[i + 1];
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\ufffd';
    else out += text[i];
  }
  return out;
}

function keptRuns(runs: readonly TextRun[], listItem: boolean): OutlineRun[] {
  let atStart = listItem;
  const out: OutlineRun[] = [];
  for (const run of runs) {
    let text = kept(run.text);
    // The bullets request would read a list item's leading tabs as nesting.
    if (atStart) {
      text = text.replace(/^\t+/, (tabs) => ' '.repeat(tabs.length));
      atStart = /^ *$/.test(text) && /^\t*$/.test(kept(run.text));
    }
    if (text === '') continue;
    const last = out[out.length - 1];
    if (last && (last.bold === true) === (run.bold === true)) last.text += text;
    else out.push(run.bold ? { text, bold: true } : { text });
  }
  return out;
}

/** A list under a numbered one is numbered too: one bullets preset covers both, or the numbering would restart. */
export function expectedList(list: ListBlock, numberedAbove: boolean): OutlineList | undefined {
  if (list.items.length === 0) return undefined;
  const ordered = list.ordered || numberedAbove;
  return {
    kind: 'list',
    ordered,
    items: list.items.map((item) => {
      const runs = keptRuns(item.runs, true);
      const sublist = item.sublist && expectedList(item.sublist, ordered);
      return sublist ? { runs, sublist } : { runs };
    }),
  };
}

/** A chart is a placeholder paragraph until the shell puts its image there (SPEC §9). */
const CHART_PLACEHOLDER = { zh: '【图表】', en: '[Chart] ' } as const;

/** What stands where a chart goes: the batch's placeholder, or the image Apps Script put there after it. */
export type ChartsAs = 'placeholders' | 'images';

function expectedBlock(
  block: Block,
  language: ReportDocument['language'],
  charts: ChartsAs,
): OutlineBlock | undefined {
  switch (block.kind) {
    case 'chart':
      return charts === 'images'
        ? { kind: 'image', title: block.title }
        : { kind: 'paragraph', runs: [{ text: kept(CHART_PLACEHOLDER[language] + block.title) }] };
    case 'heading':
      return { kind: 'heading', level: block.level, text: kept(block.text) };
    case 'paragraph': {
      const runs = keptRuns(block.runs, false);
      return runs.length > 0 ? { kind: 'paragraph', runs } : undefined;
    }
    case 'list':
      return expectedList(block, false);
    case 'table': {
      const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
      if (columns === 0) return undefined;
      const row = (cells: readonly string[]) =>
        Array.from({ length: columns }, (_, c) => kept(cells[c] ?? ''));
      // Statuses past the table's rows or columns have no cell to shade; a table with none reads back without.
      const statuses = block.rows.map((_, r) =>
        Array.from({ length: columns }, (_, c) => block.statuses?.[r]?.[c] ?? null),
      );
      return {
        kind: 'table',
        header: row(block.header),
        rows: block.rows.map(row),
        ...(statuses.some((r) => r.some((s) => s !== null)) ? { statuses } : {}),
      };
    }
  }
}

/** The tree a Doc written from `doc` reads back as: empty paragraphs and lists and column-less tables vanish. */
export const expectedOutline = (doc: ReportDocument, charts: ChartsAs = 'placeholders'): Outline => ({
  title: kept(doc.title),
  headerText: kept(doc.headerText),
  blocks: doc.blocks
    .map((b) => expectedBlock(b, doc.language, charts))
    .filter((b): b is OutlineBlock => b !== undefined),
});
