// JSON values kept in document properties between the slices of a long read. Apps Script holds at most 9 kB per
// value, so a larger value is split into parts on UTF-8 byte counts (a Chinese character is 3 bytes).
import type { SheetProperties } from '../sheet-properties';

/** Bytes per stored part, under the 9 kB limit with room to spare. */
export const PART_BYTES = 8 * 1024;

/** What a split value's own key holds: how many parts follow (`key#0`, `key#1`, …). JSON never starts with `#`. */
const MARK = '#parts:';

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

/** Stores `value` as JSON under `key`, in as many parts as it needs; returns how many properties it took. */
export function putJson(properties: SheetProperties, key: string, value: unknown): number {
  const parts = splitUtf8(JSON.stringify(value));
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
}

/** The value stored under `key`, or null when there is none (or a part is missing). */
export function getJson<T>(properties: SheetProperties, key: string): T | null {
  const head = properties.get(key);
  if (head === null) return null;
  if (!head.startsWith(MARK)) return JSON.parse(head) as T;
  const count = Number(head.slice(MARK.length));
  const parts: string[] = [];
  for (let index = 0; index < count; index++) {
    const part = properties.get(partKey(key, index));
    if (part === null) return null;
    parts.push(part);
  }
  return JSON.parse(parts.join('')) as T;
}

/** Deletes `key` and its parts. */
export function deleteJson(properties: SheetProperties, key: string): void {
  const head = properties.get(key);
  if (head?.startsWith(MARK)) {
    const count = Number(head.slice(MARK.length));
    for (let index = 0; index < count; index++) properties.delete(partKey(key, index));
  }
  properties.delete(key);
}
