// How names typed by people are compared: tabs, headers, choices and codes match case- and space-insensitively.

/** A name in both languages. */
export interface Names {
  readonly zh: string;
  readonly en: string;
}

/** Case, spaces (full-width too) and full-width letters do not matter: `Week`, ` week `, `ＷＥＥＫ` are one name. */
export const normaliseName = (name: string): string =>
  name.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Whether a tab name or header names a tab or column, in either language. */
export const namesMatch = (text: unknown, names: Names): boolean =>
  typeof text === 'string' && [names.zh, names.en].some((n) => normaliseName(n) === normaliseName(text));
