// JSON values kept in document properties between the slices of a long read. Apps Script holds at most 9 kB per
// value and 500 kB in all: a value over a few hundred bytes is gzipped (Utilities.gzip, base64), and one still over
// 8 kB is split into parts on UTF-8 byte counts (a Chinese character is 3 bytes).
import type { SheetProperties } from '../sheet-properties';

/** Bytes per stored part, under the 9 kB limit with room to spare. */
export const PART_BYTES = 8 * 1024;

/** Values shorter than this are stored as they are: gzip and base64 would make them longer. */
const PACK_FROM = 512;

/** What a split value's own key holds: how many parts follow (`key#0`, `key#1`, …). JSON never starts with `#`. */
const MARK = '#parts:';
/** A packed value: `~` and the base64 of its gzip. JSON never starts with `~`. */
const PACKED = '~';

/** Text to a shorter text and back (gzip and base64, through Apps Script's Utilities). */
export interface Packer {
  pack(text: string): string;
  unpack(packed: string): string;
}

export type PackingUtilities = Pick<
  GoogleAppsScript.Utilities.Utilities,
  'newBlob' | 'gzip' | 'ungzip' | 'base64Encode' | 'base64Decode'
>;

export const gzipPacker = (utilities: PackingUtilities): Packer => ({
  pack: (text) =>
    utilities.base64Encode(utilities.gzip(utilities.newBlob(text, 'application/json')).getBytes()),
  unpack: (packed) =>
    utilities
      .ungzip(utilities.newBlob(utilities.base64Decode(packed), 'application/x-gzip'))
      .getDataAsString(),
});

const utf8Bytes = (char: string): number => {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** `text` in pieces of at most `max` UTF-8 bytes, never splitting a character (surrogate pairs stay whole). */
export function splitUtf8(text: string, max: number = PART_BYTES): string[] {
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  for (const char of text) {
    const size = utf8Bytes(char);
    if (bytes + size > max) {
      parts.push(part);
      part = '';
      bytes = 0;
    }
    part += char;
    bytes += size;
  }
  if (part !== '' || parts.length === 0) parts.push(part);
  return parts;
}

const partKey = (key: string, index: number): string => `${key}#${index}`;

/** Document properties holding JSON values of any size. */
export interface JsonStore {
  /** Stores `value` under `key`; returns how many properties it took. */
  put(key: string, value: unknown): number;
  /** The value under `key`, or null when there is none (or a part is missing). */
  get<T>(key: string): T | null;
  /** Deletes `key` and its parts. */
  delete(key: string): void;
}

export function jsonStore(properties: SheetProperties, packer: Packer | null): JsonStore {
  const read = (key: string): string | null => {
    const head = properties.get(key);
    if (head === null || !head.startsWith(MARK)) return head;
    const count = Number(head.slice(MARK.length));
    const parts: string[] = [];
    for (let index = 0; index < count; index++) {
      const part = properties.get(partKey(key, index));
      if (part === null) return null;
      parts.push(part);
    }
    return parts.join('');
  };
  return {
    put(key, value) {
      const json = JSON.stringify(value);
      const text = packer && json.length >= PACK_FROM ? `${PACKED}${packer.pack(json)}` : json;
      const parts = splitUtf8(text);
      if (parts.length === 1) {
        properties.set(key, parts[0]);
        return 1;
      }
      parts.forEach((part, index) => {
        properties.set(partKey(key, index), part);
      });
      // Last: a reader never finds the mark before every part is there.
      properties.set(key, `${MARK}${parts.length}`);
      return parts.length + 1;
    },
    get<T>(key: string): T | null {
      const text = read(key);
      if (text === null) return null;
      if (!text.startsWith(PACKED)) return JSON.parse(text) as T;
      if (!packer) return null;
      return JSON.parse(packer.unpack(text.slice(PACKED.length))) as T;
    },
    delete(key) {
      const head = properties.get(key);
      if (head?.startsWith(MARK)) {
        const count = Number(head.slice(MARK.length));
        for (let index = 0; index < count; index++) properties.delete(partKey(key, index));
      }
      properties.delete(key);
    },
  };
}
