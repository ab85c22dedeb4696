// Text the CLI prints to a terminal: cell text may hold control characters, which a terminal would obey rather than show.

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * `line` with every control character (C0, DEL, C1: what starts an escape sequence, rings, moves the cursor or ends
 * the line) shown as text, `\u001b` or `\n`; everything else, CJK, emoji and spaces included, as it is.
 */
export const terminalSafe = (line: string): string =>
  line.replace(/\p{Cc}/gu, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
