// Makes a packed .docx depend only on its content and a given moment: docx stamps the clock into the core
// properties and every zip entry, so the same report would otherwise differ byte for byte on every run.
import { unzipSync, zipSync } from 'fflate';
import { localRecord, zipEntries } from './zip-limits';

const CORE_PROPERTIES = 'docProps/core.xml';
const TIMESTAMP = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

const END = 0x06054b50;
/** Where a header holds its DOS time and date: in a local header, in a central directory header. */
const LOCAL_DATE = 10;
const CENTRAL_DATE = 12;
const CENTRAL_OFFSET = 42;

/** One entry of a zip that fflate wrote: its local record (header and data) and its central directory record. */
interface ZipRecord {
  readonly name: string;
  readonly local: Uint8Array;
  readonly central: Uint8Array;
}

/**
 * The same package with its created/modified properties and every entry's date set to `now`: the bytes fflate's
 * `zipSync` writes for the unpacked entries with that date. Only the core properties are inflated and deflated again;
 * every other entry keeps the data docx deflated (with the same fflate, at the same level), so a report's pictures
 * and text are not inflated and deflated a second time (~0.15 s for a year's report with four charts).
 */
export function stampZip(packed: Uint8Array, now: Date): Buffer {
  const core = unzipSync(packed, { filter: ({ name }) => name === CORE_PROPERTIES })[CORE_PROPERTIES];
  const iso = `${now.toISOString().slice(0, 19)}Z`;
  const xml = core && new TextDecoder().decode(core).replace(TIMESTAMP, `$1${iso}$3`);
  // The core properties as fflate writes them with this date, and the date's four bytes for every other header.
  const stamped = zipRecords(
    zipSync({ [CORE_PROPERTIES]: new TextEncoder().encode(xml ?? '') }, { mtime: zipDate(now) }),
  )[0];
  const date = stamped.local.subarray(LOCAL_DATE, LOCAL_DATE + 4);
  const records = zipRecords(packed).map((record) => {
    if (record.name === CORE_PROPERTIES) return stamped;
    const local = record.local.slice();
    const central = record.central.slice();
    local.set(date, LOCAL_DATE);
    central.set(date, CENTRAL_DATE);
    return { ...record, local, central };
  });
  return joinRecords(records);
}

/** The entries of a zip, each its local record and its central directory record, as they stand in the file. */
const zipRecords = (zip: Uint8Array): ZipRecord[] =>
  zipEntries(zip).map((entry) => ({
    name: entry.name,
    local: localRecord(zip, entry),
    central: zip.subarray(entry.central.offset, entry.central.offset + entry.central.length),
  }));

/** The records as one zip: local records in order, then the central directory pointing at them, then its end. */
function joinRecords(records: readonly ZipRecord[]): Buffer {
  const localsLength = records.reduce((sum, r) => sum + r.local.length, 0);
  const centralLength = records.reduce((sum, r) => sum + r.central.length, 0);
  const out = Buffer.alloc(localsLength + centralLength + 22);
  let local = 0;
  let central = localsLength;
  for (const record of records) {
    out.set(record.local, local);
    out.set(record.central, central);
    out.writeUInt32LE(local, central + CENTRAL_OFFSET);
    local += record.local.length;
    central += record.central.length;
  }
  out.writeUInt32LE(END, central);
  out.writeUInt16LE(records.length, central + 8);
  out.writeUInt16LE(records.length, central + 10);
  out.writeUInt32LE(centralLength, central + 12);
  out.writeUInt32LE(localsLength, central + 16);
  return out;
}

/**
 * fflate writes an entry's DOS date from the Date's local fields; build a Date whose local fields are `now` in
 * UTC, so the bytes do not depend on the machine's time zone. Zip dates start in 1980.
 */
export function zipDate(now: Date): Date {
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
