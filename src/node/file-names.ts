// Names of the files the CLI writes from the report's text (its title, a chart's metric group): safe on every file
// system, at most 100 bytes, never a Windows device name, and unique within a run (SPEC §12).

/** Bytes of UTF-8 a name may take, extension included: far inside every file system's 255. */
export const MAX_NAME_BYTES = 100;
/** Room a title's name keeps for the extension each format adds (`.docx`, `.html`, `.md`). */
const EXTENSION_ROOM = 8;

/** Windows opens the device, not a file, for these names, whatever the extension or the case. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * `text` with what Windows, macOS and Linux refuse (`/ \ : * ? " < > |`, control characters) as `-`, `..` unable to
 * climb out of the folder, and the edge dots and spaces Windows drops silently gone.
 */
const cleaned = (text: string): string =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s.]+|[\s.]+$/g, '');

const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

/** The longest start of `text` within `max` bytes, cut between characters (never inside one). */
function cut(text: string, max: number): string {
  let kept = '';
  let bytes = 0;
  for (const character of text) {
    bytes += bytesOf(character);
    if (bytes > max) break;
    kept += character;
  }
  return kept;
}

/**
 * `stem` + `extension` as a name within `max` bytes: cleaned, cut at a character boundary, never empty, and with `_`
 * before a device name (`CON.png` → `_CON.png`; Windows goes by the part before the first dot).
 */
export function fitName(stem: string, extension: string, max = MAX_NAME_BYTES): string {
  const room = max - bytesOf(extension);
  // Cleaned again after the cut, which may leave an edge space or dot that Windows would drop.
  const fitted = (text: string): string => cleaned(cut(text, room));
  let name = fitted(cleaned(stem)) || 'weekly-report';
  if (DEVICE_NAME.test(`${name}${extension}`.split('.')[0].trimEnd())) name = fitted(`_${name}`);
  return `${name}${extension}`;
}

/** A name (without extension) from a document title, with room for any format's extension. */
export const fileNameOf = (title: string): string => fitName(title, '', MAX_NAME_BYTES - EXTENSION_ROOM);

/**
 * Names for the files of one folder, in order: each fitted, and one already given (case-insensitively: Windows and
 * macOS would overwrite `A.png` with `a.png`) gets `-2`, `-3`…, so two names alike in their first 100 bytes stay two.
 */
export function uniqueNames(): (stem: string, extension: string) => string {
  const taken = new Set<string>();
  return (stem, extension) => {
    let name = fitName(stem, extension);
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = fitName(stem, `-${n}${extension}`);
    taken.add(name.toLowerCase());
    return name;
  };
}
