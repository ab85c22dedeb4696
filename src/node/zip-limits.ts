// The zip inside an .xlsx, read from its central directory and inflated no further than the limits, so a zip bomb is
// refused in one sentence before anything is unpacked (SPEC §12).
import { inflateRawSync } from 'node:zlib';

/** All the parts of a workbook together, unpacked: far beyond a team's weekly sheet. */
export const UNPACKED_LIMIT = 256 * 2 ** 20;
/** How many times larger than stored a part may unpack: spreadsheet XML compresses 5–15 times, a bomb 1,000. */
export const RATIO_LIMIT = 100;
/** A part smaller than this unpacked is not held to the ratio: so small a part cannot exhaust anything. */
const RATIO_FLOOR = 2 ** 20;

/** A part of the zip as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** Bytes stored (compressed). */
  readonly size: number;
  /** Bytes the part claims to unpack to. */
  readonly originalSize: number;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  readonly compression: number;
  /** Where the part's local header starts. */
  readonly offset: number;
  /** Where its central directory record starts, and how long that record is. */
  readonly central: { readonly offset: number; readonly length: number };
}

/** Why a zip would exhaust the machine: too much in all, or one part too compressed to be a spreadsheet's. */
export type ZipLimitProblem =
  | { readonly kind: 'tooLarge'; readonly bytes: number; readonly largest: string }
  | { readonly kind: 'ratio'; readonly entry: string; readonly bytes: number; readonly ratio: number };

/** The zip's own words for something it cannot be: an .xlsx that is no zip we can read. */
export class DamagedZip extends Error {}

/** Thrown as soon as unpacking passes a limit, however little the part claimed. */
export class ZipLimitExceeded extends Error {
  constructor(readonly problem: ZipLimitProblem) {
    super(problem.kind);
  }
}

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A 32-bit size or offset saturated to this is in the ZIP64 extra field instead. */
const SATURATED = 0xffffffff;

/** The parts the central directory lists, none inflated; throws DamagedZip when it cannot be read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  try {
    return readCentralDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), bytes);
  } catch (error) {
    // A DataView read past the end: the directory points outside the file.
    throw error instanceof DamagedZip ? error : new DamagedZip('the central directory is cut short');
  }
}

function readCentralDirectory(view: DataView, bytes: Uint8Array): ZipEntry[] {
  // The end record is the last thing in the file, followed by a comment of at most 65,535 bytes.
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) {
    if (bytes.length - end > 22 + 0xffff) break;
    end--;
  }
  if (end < 0 || view.getUint32(end, true) !== END) throw new DamagedZip('no end of central directory');
  let count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (end >= 20 && view.getUint32(end - 20, true) === END64_LOCATOR) {
    const end64 = Number(view.getBigUint64(end - 12, true));
    if (view.getUint32(end64, true) === END64) {
      count = Number(view.getBigUint64(end64 + 32, true));
      at = Number(view.getBigUint64(end64 + 48, true));
    }
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new DamagedZip('a central directory entry is missing');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const sizes = {
      originalSize: view.getUint32(at + 24, true),
      size: view.getUint32(at + 20, true),
      offset: view.getUint32(at + 42, true),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    const length = 46 + nameLength + extraLength + commentLength;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compression: view.getUint16(at + 10, true),
      ...sizes,
      central: { offset: at, length },
    });
    at += length;
  }
  return entries;
}

/** The ZIP64 extra field holds, in this order, each of the three values that is saturated in the header. */
function readZip64Sizes(
  view: DataView,
  from: number,
  length: number,
  sizes: { originalSize: number; size: number; offset: number },
): void {
  for (let at = from; at + 4 <= from + length; ) {
    const id = view.getUint16(at, true);
    const fieldLength = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      for (const key of ['originalSize', 'size', 'offset'] as const) {
        if (sizes[key] !== SATURATED) continue;
        sizes[key] = Number(view.getBigUint64(field, true));
        field += 8;
      }
      return;
    }
    at += 4 + fieldLength;
  }
}

/** The first limit the parts' own claims pass, or null: checked before a byte is inflated. */
export function zipLimitProblem(entries: readonly ZipEntry[]): ZipLimitProblem | null {
  let total = 0;
  let largest = entries[0];
  for (const entry of entries) {
    const problem = ratioProblem(entry.name, entry.size, entry.originalSize);
    if (problem) return problem;
    total += entry.originalSize;
    if (entry.originalSize > largest.originalSize) largest = entry;
  }
  return total > UNPACKED_LIMIT ? { kind: 'tooLarge', bytes: total, largest: largest.name } : null;
}

function ratioProblem(entry: string, stored: number, unpacked: number): ZipLimitProblem | null {
  if (unpacked < RATIO_FLOOR) return null;
  const ratio = unpacked / Math.max(stored, 1);
  return ratio > RATIO_LIMIT ? { kind: 'ratio', entry, bytes: unpacked, ratio: Math.round(ratio) } : null;
}

/**
 * Every part but folders, unpacked. A part's claims in the directory may lie: each is inflated no further than one
 * byte past what it claimed or a limit, so what exceljs is given is what was checked.
 */
export function unpackEntries(bytes: Uint8Array, entries: readonly ZipEntry[]): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const data = storedData(view, bytes, entry);
    const unpacked = entry.compression === 0 ? data : inflateWithin(entry, data, total);
    if (unpacked.length !== entry.originalSize)
      throw new DamagedZip(`${entry.name} is not the size it claims`);
    total += unpacked.length;
    files.set(entry.name, unpacked);
  }
  return files;
}

/** Where a part's stored data starts, after its local header (whose name and extra field may differ in length). */
function dataStart(view: DataView, bytes: Uint8Array, entry: ZipEntry): number {
  if (view.getUint32(entry.offset, true) !== LOCAL) throw new DamagedZip(`${entry.name} has no local header`);
  const start =
    entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start + entry.size > bytes.length) throw new DamagedZip(`${entry.name} is cut short`);
  return start;
}

function storedData(view: DataView, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const start = dataStart(view, bytes, entry);
  return bytes.subarray(start, start + entry.size);
}

/** A part's local record as it stands in the file: its local header and its stored data. */
export function localRecord(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.subarray(entry.offset, dataStart(view, bytes, entry) + entry.size);
}

/**
 * `data` inflated by zlib in one call, cut off one byte past the first limit the part could pass — its claim, what
 * is left of the total, the ratio — so a lie is damage and a bomb is refused without inflating more than that.
 */
function inflateWithin(entry: ZipEntry, data: Uint8Array, unpackedBefore: number): Uint8Array {
  if (entry.compression !== 8) throw new DamagedZip(`${entry.name} uses compression ${entry.compression}`);
  const withinRatio = Math.max(RATIO_FLOOR - 1, Math.floor(entry.size * RATIO_LIMIT));
  const cap = Math.min(entry.originalSize, UNPACKED_LIMIT - unpackedBefore, withinRatio) + 1;
  try {
    return inflateRawSync(data, { maxOutputLength: cap });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') {
      throw new DamagedZip(`${entry.name} does not inflate`);
    }
  }
  // Stopped at `cap` bytes: the same limits, in the same order, as the claims were checked in.
  if (unpackedBefore + cap > UNPACKED_LIMIT) {
    throw new ZipLimitExceeded({ kind: 'tooLarge', bytes: unpackedBefore + cap, largest: entry.name });
  }
  const problem = ratioProblem(entry.name, entry.size, cap);
  if (problem) throw new ZipLimitExceeded(problem);
  throw new DamagedZip(`${entry.name} unpacks beyond what it claims`);
}
