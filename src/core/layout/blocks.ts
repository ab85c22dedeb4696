// Small builders for document blocks and the clause joining every report line shares.

import type { Language } from '../language';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { Block, ListBlock, ListItem, TextRun } from './document';

export const heading = (text: string): Block => ({ kind: 'heading', level: 1, text });

export const paragraph = (...runs: TextRun[]): Block => ({ kind: 'paragraph', runs });

export const item = (text: string, sublist?: ListBlock): ListItem =>
  sublist ? { runs: [{ text }], sublist } : { runs: [{ text }] };

export const list = (ordered: boolean, items: readonly ListItem[]): ListBlock => ({
  kind: 'list',
  ordered,
  items,
});

/** The list as a body of blocks, or no block when it has no items. */
export const listBody = (ordered: boolean, items: readonly ListItem[]): Block[] =>
  items.length > 0 ? [list(ordered, items)] : [];

/** A numbered sublist of sub-points, or nothing when there are none. */
export const pointsList = (points: readonly string[]): ListBlock | undefined =>
  points.length > 0
    ? list(
        true,
        points.map((p) => item(p)),
      )
    : undefined;

/** A section: its heading then its body, or nothing at all when the body is empty. */
export const section = (title: string, body: readonly Block[]): Block[] =>
  body.length > 0 ? [heading(title), ...body] : [];

/** A clause that already ends a sentence needs no separator after it (`…设计中。总体进度85%`). */
const ENDS_WITH_FULL_WIDTH_PUNCTUATION = /[。．，；！？、：]\s*$/;
/** ASCII punctuation takes a space after it, as it would in running text (`预计11/28. 总体进度55%`). */
const ENDS_WITH_ASCII_PUNCTUATION = /[.,;!?:]\s*$/;

/** What goes between a clause and the next: nothing after full-width punctuation, a space after ASCII's. */
function between(line: string, separator: string): string {
  if (ENDS_WITH_FULL_WIDTH_PUNCTUATION.test(line)) return line;
  if (ENDS_WITH_ASCII_PUNCTUATION.test(line)) return `${line.trimEnd()} `;
  return `${line}${separator}`;
}

/** Non-empty clauses joined by `separator`, which is left out after a clause that ends in punctuation. */
export const joinWith = (separator: string, clauses: readonly string[]): string =>
  clauses
    .filter((clause) => clause.trim() !== '')
    .reduce((line, clause) => (line === '' ? clause : `${between(line, separator)}${clause}`), '');

/** Non-empty clauses joined by the language's separator (`，` / `, `). */
export const joinClauses = (clauses: readonly string[], language: Language): string =>
  joinWith(t(language, reportMessages.clauseSeparator), clauses);

/** `（text）` / ` (text)` around non-empty clauses, else nothing. */
export function parenthetical(clauses: readonly string[], language: Language): string {
  const text = joinClauses(clauses, language);
  return text === '' ? '' : t(language, reportMessages.parenthetical, { text });
}
