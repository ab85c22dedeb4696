// Links a report may carry: `https:` addresses only, so a typed `javascript:` or a local path never becomes one.

const WEB_LINK = /^https:\/\/[^\s"'<>\\]+$/;

/** The address when it is a plain `https:` one, else null (the text is then shown without a link). */
export const webLink = (url: string | null | undefined): string | null =>
  url !== null && url !== undefined && WEB_LINK.test(url) ? url : null;
