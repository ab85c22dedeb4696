// Makes a packed .docx depend only on its content and a given moment: docx stamps the clock into the core
// properties and every zip entry, so the same report would otherwise differ byte for byte on every run.
import { unzipSync, zipSync } from 'fflate';

const CORE_PROPERTIES = 'docProps/core.xml';
const TIMESTAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/** The same package with its created/modified properties and every entry's date set to `now`. */
export function stampZip(packed: Uint8Array, now: Date): Buffer {
  const entries = unzipSync(packed);
  const core = entries[CORE_PROPERTIES];
  if (core) {
    const iso = `${now.toISOString().slice(0, 19)}Z`;
    const xml = new TextDecoder().decode(core).replace(TIMESTAMP, `$1${iso}$3`);
    entries[CORE_PROPERTIES] = new TextEncoder().encode(xml);
  }
  return Buffer.from(zipSync(entries, { mtime: zipDate(now) }));
}

/**
 * fflate writes an entry's DOS date from the Date's local fields; build a Date whose local fields are `now` in
 * UTC, so the bytes do not depend on the machine's time zone. Zip dates start in 1980.
 */
function zipDate(now: Date): Date {
  const utc = now.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : now;
  return new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
}
