// Hostile workbooks for the limits suite, made from the sample workbook's parts with fflate (a zip bomb streamed, so
// the test never holds what it unpacks to), and the CLI run on them with its wall time and peak memory measured.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';

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

/**
 * `parts` zipped, plus parts of zeros (`megabytes` each, halves allowed) deflated a megabyte at a time: the zip is
 * kilobytes, the test never holds more than one megabyte of what it unpacks to.
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
  const megabyte = new Uint8Array(2 ** 20);
  for (const { name, megabytes } of zeros) {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    for (let left = megabytes * 2 ** 20; left > 0; left -= megabyte.length) {
      file.push(megabyte.subarray(0, Math.min(left, megabyte.length)), left <= megabyte.length);
    }
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
