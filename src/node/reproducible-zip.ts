// Makes a packed .docx depend only on its content and a given moment: docx stamps the clock into the core
// properties and every zip entry, so the same report would otherwise differ byte for byte on every run.
import { unzipSync, zipSync } from 'fflate';

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

/** The entries of a zip written without ZIP64, comments or data descriptors (as fflate's zipSync writes). */
function zipRecords(zip: Uint8Array): ZipRecord[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (view.getUint32(end, true) !== END) throw new Error('stampZip: not a zip fflate wrote');
  const records: ZipRecord[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    const nameLength = view.getUint16(at + 28, true);
    const centralLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + CENTRAL_OFFSET, true);
    const localLength =
      30 +
      view.getUint16(offset + 26, true) +
      view.getUint16(offset + 28, true) +
      view.getUint32(at + 20, true);
    records.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      local: zip.subarray(offset, offset + localLength),
      central: zip.subarray(at, at + centralLength),
    });
    at += centralLength;
  }
  return records;
}

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
