// Hostile workbooks for the limits suite, made from the sample workbook's parts with fflate (a zip bomb's stream is
// one deflated megabyte repeated, so the test never makes what it unpacks to), and the CLI run on them with its wall
// time and peak memory measured.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, type ZipInputFile, zipSync } from 'fflate';

const root = join(__dirname, '..', '..');
const cli = join(root, 'build', 'cli.cjs');
const preload = join(__dirname, 'max-rss.cjs');

/** A package as its parts: name → bytes. */
export type Parts = Record<string, Uint8Array>;

/** The sample workbook's parts (17 KB zipped, nine tabs: 项目 is xl/worksheets/sheet4.xml). */
export const sampleParts = (): Parts => unzipSync(readFileSync(join(root, 'seeds', 'sample-workbook.xlsx')));

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

/** A worksheet's XML: `dimension` as given, then rows of inline-string cells by address. */
export function worksheetXml(dimension: string, cells: Record<string, string>, extra = ''): string {
  const rows = new Map<number, string[]>();
  for (const [address, text] of Object.entries(cells)) {
    const row = Number(/\d+$/.exec(address)?.[0]);
    rows.set(row, [...(rows.get(row) ?? []), `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`]);
  }
  const data = [...rows].map(([row, cs]) => `<row r="${row}">${cs.join('')}</row>`).join('');
  return `<worksheet xmlns="${MAIN}"><dimension ref="${dimension}"/><sheetData>${data}</sheetData>${extra}</worksheet>`;
}

const edit = (parts: Parts, name: string, change: (xml: string) => string): void => {
  parts[name] = strToU8(change(strFromU8(parts[name])));
};

/** `parts` with one more tab named `tab` holding `xml`, listed in the workbook, its relationships and content types. */
export function withTab(parts: Parts, tab: string, xml: string): Parts {
  const copy = { ...parts };
  const part = 'xl/worksheets/sheet99.xml';
  copy[part] = strToU8(xml);
  edit(copy, 'xl/workbook.xml', (s) =>
    s.replace('</sheets>', `<sheet sheetId="99" name="${tab}" state="visible" r:id="rId99"/></sheets>`),
  );
  edit(copy, 'xl/_rels/workbook.xml.rels', (s) =>
    s.replace(
      '</Relationships>',
      `<Relationship Id="rId99" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet99.xml"/></Relationships>`,
    ),
  );
  edit(copy, '[Content_Types].xml', (s) =>
    s.replace(
      '</Types>',
      `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
  );
  return copy;
}

/** `parts` with the 项目 tab's XML changed by `change`. */
export function withProjects(parts: Parts, change: (xml: string) => string): Parts {
  const copy = { ...parts };
  edit(copy, 'xl/worksheets/sheet4.xml', change);
  return copy;
}

export const zipped = (parts: Parts): Uint8Array => zipSync(parts);

/** One step of CRC-32's register over a zero byte, as a matrix over GF(2): column i is the step of bit i alone. */
const ZERO_BYTE: readonly number[] = (() => {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  return Array.from({ length: 32 }, (_, i) => {
    const bit = 2 ** i;
    return (table[bit & 0xff] ^ (bit >>> 8)) >>> 0;
  });
})();

const times = (matrix: readonly number[], vector: number): number => {
  let product = 0;
  for (let i = 0; i < 32; i++) if ((vector >>> i) & 1) product ^= matrix[i];
  return product >>> 0;
};

/** The CRC-32 of `length` zero bytes, by squaring the zero-byte step (as zlib's crc32_combine), not by walking it. */
export function crc32OfZeros(length: number): number {
  let register = 0xffffffff;
  let power: readonly number[] = ZERO_BYTE;
  for (let left = length; left > 0; left = Math.floor(left / 2)) {
    if (left % 2 === 1) register = times(power, register);
    const square = power;
    power = square.map((column) => times(square, column));
  }
  return (register ^ 0xffffffff) >>> 0;
}

/** Deflated zeros, byte-aligned and not final (a sync flush), so that copies of it concatenate into one stream. */
const deflatedZeros = new Map<number, Uint8Array<ArrayBuffer>>();
const zerosDeflated = (bytes: number): Uint8Array<ArrayBuffer> => {
  let deflated = deflatedZeros.get(bytes);
  if (deflated === undefined) {
    const flush = { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH };
    deflated = new Uint8Array(deflateRawSync(Buffer.alloc(bytes), flush));
    deflatedZeros.set(bytes, deflated);
  }
  return deflated;
};
/** The final, empty block that ends a deflate stream. */
const LAST_BLOCK = new Uint8Array(deflateRawSync(Buffer.alloc(0)));

/**
 * `parts` zipped, plus parts of zeros (`megabytes` each, halves allowed) whose deflate stream is one deflated
 * megabyte repeated: the zip is kilobytes, and neither it nor what it unpacks to is ever computed in full.
 */
export function withZeros(parts: Parts, zeros: readonly { name: string; megabytes: number }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(parts)) {
    const file = new ZipDeflate(name);
    zip.add(file);
    file.push(data, true);
  }
  const megabyte = 2 ** 20;
  for (const { name, megabytes } of zeros) {
    const size = megabytes * megabyte;
    // A part handed to the zip already deflated: its size and CRC told, its stream pushed as it is.
    const file: ZipInputFile = {
      filename: name,
      size,
      crc: crc32OfZeros(size),
      compression: 8,
      terminate() {},
    };
    zip.add(file);
    for (let left = size; left > 0; left -= megabyte)
      file.ondata?.(null, zerosDeflated(Math.min(left, megabyte)), false);
    file.ondata?.(null, LAST_BLOCK, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/** `zip` with the central directory claiming `claimed` unpacked bytes for the part `name`: a lie in its header. */
export function understated(zip: Uint8Array, name: string, claimed: number): Uint8Array {
  const copy = Uint8Array.from(zip);
  const view = new DataView(copy.buffer);
  const wanted = strToU8(name);
  for (let at = copy.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (Buffer.from(copy.subarray(at + 46, at + 46 + wanted.length)).equals(wanted)) {
      view.setUint32(at + 24, claimed, true);
      return copy;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}

export interface MeasuredRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** The process's peak resident memory, in MB (NaN when it died before writing it). */
  readonly maxRssMb: number;
}

/** build/cli.cjs as a process, in English and UTC, with its wall time and peak memory (see max-rss.cjs). */
export function runMeasured(
  args: readonly string[],
  work: string,
  env: Record<string, string> = {},
): MeasuredRun {
  const rssFile = join(work, `max-rss-${process.pid}-${performance.now()}.txt`);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC', MAX_RSS_FILE: rssFile, ...env },
    maxBuffer: 64 * 2 ** 20,
    // A guard, not a budget: a run that would exhaust the machine is killed rather than left to hang the suite.
    timeout: 120_000,
    killSignal: 'SIGKILL',
  });
  const seconds = (performance.now() - started) / 1000;
  const maxRssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : Number.NaN;
  rmSync(rssFile, { force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, seconds, maxRssMb };
}
