// Highlights of the report week: one item per Title, its unnumbered row the content, numbered rows its points.
import type { LocalDate } from '../dates';
import type { HighlightRow } from '../schema/highlights';
import type { Located } from '../schema/rows';
import { byNumber, groupBy } from './grouping';
import type { Highlight } from './report-model';

export function highlightItems(rows: readonly Located<HighlightRow>[], monday: LocalDate): Highlight[] {
  const items = groupBy(
    rows.filter((r) => r.week === monday),
    (r) => r.title,
  );
  return [...items].map(([title, item]) => ({
    title,
    content: item.find((r) => r.no === null)?.content ?? '',
    points: byNumber(
      item.filter((r) => r.no !== null),
      (r) => r.no,
    ).map((r) => r.content),
  }));
}
