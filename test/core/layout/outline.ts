// A plain-text outline of a ReportDocument (no escaping, bold shown as *…*), so layout tests read like the report.
import type { Block, ListBlock, ReportDocument, TextRun } from '../../../src/core/layout/document';

const runsText = (runs: readonly TextRun[]): string =>
  runs.map((run) => (run.bold ? `*${run.text}*` : run.text)).join('');

const listLines = (list: ListBlock, depth: number): string[] =>
  list.items.flatMap((item, i) => [
    `${'  '.repeat(depth)}${list.ordered ? `${i + 1}.` : '-'} ${runsText(item.runs)}`,
    ...(item.sublist ? listLines(item.sublist, depth + 1) : []),
  ]);

const blockLines = (block: Block): string[] => {
  switch (block.kind) {
    case 'heading':
      return [`# ${block.text}`];
    case 'paragraph':
      return [runsText(block.runs)];
    case 'list':
      return listLines(block, 0);
    case 'table':
      return [block.header.join(' | '), ...block.rows.map((row) => row.join(' | '))];
    case 'chart':
      return [`[chart ${block.title}: ${block.series.map((s) => s.name).join(', ')}]`];
  }
};

/** Every block as lines, the generated-time paragraph included. */
export const outline = (doc: ReportDocument): string[] => doc.blocks.flatMap(blockLines);

/** The lines of one section: from its heading up to the next heading. */
export function sectionLines(doc: ReportDocument, heading: string): string[] {
  const lines = outline(doc);
  const start = lines.indexOf(`# ${heading}`);
  if (start < 0) return [];
  const next = lines.findIndex((line, i) => i > start && line.startsWith('# '));
  return lines.slice(start + 1, next < 0 ? undefined : next);
}
