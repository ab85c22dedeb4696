// How wide a line of text sets, for writers that size table columns without a font at hand.

/** Display width of one line in half-width characters: CJK, full-width forms and emoji take two. */
export const displayWidth = (line: string): number =>
  [...line].reduce((width, ch) => width + ((ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1), 0);
