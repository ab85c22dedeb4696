// The CJK font cut down to the characters the charts draw (issue 25). resvg's Node build opens and reads a font file
// for every glyph it looks up, so the 19.5 MB Noto CJK collection cost ~0.4 s per chart; the same face cut to the few
// hundred glyphs a report's charts use is ~20–60 kB and costs nothing to read. The big file is read once per process,
// into HarfBuzz's hb-subset (harfbuzzjs' WebAssembly build: no imports, so it loads synchronously), and every subset
// is made from that copy and kept in memory; it is a file only while resvg draws with it. Glyph outlines, metrics and
// layout tables are kept as they are, so the PNGs are the same bytes.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The faces of a font file (one for .ttf/.otf, several for a .ttc collection) and their family names. */
export interface FontFace {
  readonly index: number;
  /** The typographic family (name ID 16), else the family (name ID 1). */
  readonly family: string;
}

const tag = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

/** A face's family name from its `name` table: Windows Unicode (UTF-16BE) preferred, English first. */
function familyAt(bytes: Uint8Array, view: DataView, sfnt: number): string | undefined {
  const tables = view.getUint16(sfnt + 4);
  for (let t = 0; t < tables; t++) {
    const record = sfnt + 12 + 16 * t;
    if (tag(bytes, record) !== 'name') continue;
    const name = view.getUint32(record + 8);
    const count = view.getUint16(name + 2);
    const strings = name + view.getUint16(name + 4);
    const found = new Map<string, string>();
    for (let r = 0; r < count; r++) {
      const at = name + 6 + 12 * r;
      const [platform, encoding, language, id] = [0, 2, 4, 6].map((o) => view.getUint16(at + o));
      if (id !== 1 && id !== 16) continue;
      const start = strings + view.getUint16(at + 10);
      const raw = bytes.subarray(start, start + view.getUint16(at + 8));
      const text =
        platform === 3 && (encoding === 1 || encoding === 10)
          ? new TextDecoder('utf-16be').decode(raw)
          : platform === 1 && encoding === 0
            ? String.fromCharCode(...raw)
            : undefined;
      if (text === undefined) continue;
      // English (Windows 0x409, Mac 0) wins over other languages of the same name.
      const english = (platform === 3 && language === 0x409) || (platform === 1 && language === 0);
      const key = `${id}${english ? 'en' : ''}`;
      if (!found.has(key)) found.set(key, text);
    }
    return found.get('16en') ?? found.get('16') ?? found.get('1en') ?? found.get('1');
  }
  return undefined;
}

/** Every face of an OpenType/TrueType file or collection with its family; [] when it is not one. */
export function fontFaces(bytes: Uint8Array): FontFace[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const offsets =
      tag(bytes, 0) === 'ttcf'
        ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + 4 * i))
        : [0];
    return offsets.flatMap((sfnt, index) => {
      const family = familyAt(bytes, view, sfnt);
      return family === undefined ? [] : [{ index, family }];
    });
  } catch {
    // Past the end of the data (a RangeError): not a font this can read.
    return [];
  }
}

/** What the wasm build of hb-subset exports (harfbuzzjs/dist/harfbuzz-subset.wasm). */
interface HbSubset {
  readonly memory: { readonly buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** Node's WebAssembly, typed here: the project's lib has no DOM types, where TypeScript declares it. */
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object, imports: object) => { readonly exports: unknown };
    };
  }
).WebAssembly;

let hbModule: HbSubset | undefined;
/** Loaded on first use (~30 ms): a report without charts never pays it. */
function hb(): HbSubset {
  if (!hbModule) {
    const code = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const instance = new wasm.Instance(new wasm.Module(code), {});
    hbModule = instance.exports as unknown as HbSubset;
    hbModule._initialize();
  }
  return hbModule;
}

const HB_MEMORY_MODE_READONLY = 1;

/** A font file copied into hb-subset's memory once (kept for the process: every later subset is cut from it). */
function loadBlob(bytes: Uint8Array): number {
  const lib = hb();
  const data = lib.malloc(bytes.byteLength);
  if (data === 0) throw new Error('out of memory for the font');
  new Uint8Array(lib.memory.buffer, data, bytes.byteLength).set(bytes);
  return lib.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
}

/** One face of a loaded file, cut to any set of characters as often as asked. */
class LoadedFace {
  private readonly face: number;

  constructor(blob: number, index: number) {
    this.face = hb().hb_face_create(blob, index);
  }

  /** The face with only these characters' glyphs (and what shaping them needs), as an OpenType file. */
  subset(codePoints: Iterable<number>): Uint8Array {
    const lib = hb();
    const input = lib.hb_subset_input_create_or_fail();
    if (input === 0) throw new Error('hb-subset: no input');
    try {
      const unicodes = lib.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) lib.hb_set_add(unicodes, codePoint);
      const cut = lib.hb_subset_or_fail(this.face, input);
      if (cut === 0) throw new Error('hb-subset could not cut the font');
      const blob = lib.hb_face_reference_blob(cut);
      const length = lib.malloc(4);
      try {
        const data = lib.hb_blob_get_data(blob, length);
        // The memory may have grown (and its buffer been replaced) during the calls: views are taken now.
        const size = new DataView(lib.memory.buffer).getUint32(length, true);
        return new Uint8Array(lib.memory.buffer, data, size).slice();
      } finally {
        lib.free(length);
        lib.hb_blob_destroy(blob);
        lib.hb_face_destroy(cut);
      }
    } finally {
      lib.hb_subset_input_destroy(input);
    }
  }
}

/** Printable ASCII: digits, `%`, `.`, Latin names — in nearly every chart, so rarely a reason to cut again. */
const BASE = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

/** Every character an SVG may draw: its text as written, and as character references (`&#20013;`, `&#x4e2d;`). */
export function svgCodePoints(svg: string): Set<number> {
  const points = new Set<number>();
  for (const ch of svg) points.add(ch.codePointAt(0) ?? 0);
  for (const [, dec, hex] of svg.matchAll(/&#(?:(\d+)|x([0-9a-fA-F]+));/g)) {
    const point = dec !== undefined ? Number(dec) : Number.parseInt(hex, 16);
    if (point <= 0x10ffff) points.add(point);
  }
  return points;
}

/** The subsets for a chart: the font data, and the family they carry (the SVG's first family that exists). */
export interface FontSubsets {
  readonly fonts: readonly Uint8Array[];
  readonly family: string;
}

/**
 * The CJK faces of `files` whose family is one of `families`, cut to the characters asked for. The subsets grow: a
 * chart that needs a character not cut yet makes a new subset of everything asked so far, so a report's charts share
 * one or two subsets, and no chart's pixels depend on which subset it got (a glyph is the same glyph in every one).
 */
export class FontSubsetter {
  private faces: { face: LoadedFace; family: string }[] | undefined;
  private readonly covered = new Set<number>(BASE);
  private current: Uint8Array[] = [];
  /** How many times a font file was read (for the tests: once per process at most). */
  fileReads = 0;
  /** How many times the faces were cut (for the tests: once per new set of characters). */
  cuts = 0;

  constructor(
    private readonly files: readonly string[],
    private readonly families: readonly string[],
  ) {}

  /**
   * The faces to cut, read on first use, each file once: those of the first of `families` that any file has (the
   * family resvg would pick from the whole files), every weight of it.
   */
  private load(): { face: LoadedFace; family: string }[] {
    if (this.faces) return this.faces;
    const found = this.files.map((file) => {
      this.fileReads++;
      const bytes = readFileSync(file);
      return { bytes, faces: fontFaces(bytes) };
    });
    const wanted = this.families
      .map((family) => family.toLowerCase())
      .find((family) => found.some(({ faces }) => faces.some((f) => f.family.toLowerCase() === family)));
    this.faces = found.flatMap(({ bytes, faces }) => {
      const matching = faces.filter((f) => f.family.toLowerCase() === wanted);
      if (matching.length === 0) return [];
      const blob = loadBlob(bytes);
      return matching.map((f) => ({ face: new LoadedFace(blob, f.index), family: f.family }));
    });
    return this.faces;
  }

  /** Subsets holding at least these characters, or undefined when the fonts cannot be cut. */
  subsetsFor(codePoints: Iterable<number>): FontSubsets | undefined {
    let grown = this.current.length === 0;
    for (const point of codePoints) {
      if (!this.covered.has(point)) {
        this.covered.add(point);
        grown = true;
      }
    }
    const faces = this.load();
    if (faces.length === 0) return undefined;
    if (grown) {
      const points = [...this.covered].sort((a, b) => a - b);
      this.current = faces.map(({ face }) => face.subset(points));
      this.cuts++;
    }
    return { fonts: this.current, family: faces[0].family };
  }
}

/** The prefix of the font files withFontFiles writes to the system's temporary folder. */
export const FONT_FILE_PREFIX = 'weekly-report-font-';

/**
 * `use` given the fonts as files: resvg's Node build loads fonts only from files. Each is written under a random
 * name, opened exclusively (a name planted in the shared temporary folder is never written through), and removed
 * as soon as `use` returns or throws, so no file outlives the one picture it was written for.
 */
export function withFontFiles<T>(fonts: readonly Uint8Array[], use: (files: string[]) => T): T {
  const files: string[] = [];
  try {
    for (const font of fonts) {
      const file = join(tmpdir(), `${FONT_FILE_PREFIX}${randomBytes(8).toString('hex')}.otf`);
      writeFileSync(file, font, { flag: 'wx', mode: 0o600 });
      files.push(file);
    }
    return use(files);
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}
