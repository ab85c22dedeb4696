// Text as the Docs API keeps it: every index the batch computes is in the text the API will hold.
import type { TextRun } from '../layout/document';
import { webLink } from './web-link';

/** A stretch of a paragraph's text, as offsets. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** A stretch of text that links somewhere. */
export interface LinkSpan extends Span {
  readonly url: string;
}

/**
 * A vertical tab is Docs' line break inside a paragraph (what Shift+Enter types, and what documents.get shows
 * for one); insertText keeps it (it strips U+000C–U+001F, not U+000B). A `\n` in a run so stays one paragraph:
 * a cell stays one cell paragraph and a list item one item.
 */
const LINE_BREAK = '\u000b';
const REPLACEMENT = '\ufffd';

/**
 * Text as the API will keep it: it strips U+0000–U+0008, U+000C–U+001F and the BMP private use area from
 * inserted text (rules-behavior, "Insert text"), so they are dropped here to keep every index true; `\n` becomes
 * a line break; a lone surrogate half, which no UTF-16 text may hold, becomes U+FFFD (same length).
 */
export function docsText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) out += LINE_BREAK;
    else if (code <= 0x08 || (code >= 0x0c && code <= 0x1f) || (code >= 0xe000 && code <= 0xf8ff)) continue;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else out += REPLACEMENT;
    } else if (code >= 0xdc00 && code <= 0xdfff) out += REPLACEMENT;
    else out += text[i];
  }
  return out;
}

/** A paragraph's text, bold stretches and links; a list item's leading tabs become spaces, or they would nest it. */
export function runsText(
  runs: readonly TextRun[],
  listItem: boolean,
): { text: string; bold: Span[]; links: LinkSpan[] } {
  let text = '';
  const bold: Span[] = [];
  const links: LinkSpan[] = [];
  for (const run of runs) {
    const part = docsText(run.text);
    const url = webLink(run.link);
    if (url !== null && part.length > 0)
      links.push({ from: text.length, to: text.length + part.length, url });
    if (run.bold && part.length > 0) {
      const last = bold[bold.length - 1];
      if (last && last.to === text.length)
        bold[bold.length - 1] = { from: last.from, to: text.length + part.length };
      else bold.push({ from: text.length, to: text.length + part.length });
    }
    text += part;
  }
  if (listItem) text = text.replace(/^\t+/, (tabs) => ' '.repeat(tabs.length));
  return { text, bold, links };
}

export const shifted = <S extends Span>(spans: readonly S[], by: number): S[] =>
  spans.map((span) => ({ ...span, from: span.from + by, to: span.to + by }));
