// A PNG decoder for the chart tests (8-bit RGB or RGBA, not interlaced: what resvg writes), and what they measure in
// the pixels: where something is drawn, and where a given colour is.
import { unzlibSync } from 'fflate';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly rgba: Uint8Array;
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** The pixels of a PNG as resvg writes it; throws on anything else (so a broken PNG fails the test). */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  if (bytes.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8);
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6))
        throw new Error('unexpected PNG format');
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = unzlibSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length !== height * (stride + 1)) throw new Error('PNG data of the wrong length');
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    if (filter > 4) throw new Error(`bad PNG filter ${filter}`);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0;
      const b = previous[i];
      const c = i >= channels ? previous[i - channels] : 0;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : paeth(a, b, c);
      row[i] = (line[i] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set(row.subarray(x * channels, x * channels + 3), (y * width + x) * 4);
      out[(y * width + x) * 4 + 3] = channels === 4 ? row[x * channels + 3] : 255;
    }
    previous = row;
  }
  return { width, height, rgba: out };
}

/** The pixel's red, green and blue. */
export const rgbAt = (image: Pixels, x: number, y: number): [number, number, number] => {
  const i = (y * image.width + x) * 4;
  return [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]];
};

/** Pixels darker than light grey (text, axes, lines) in a box of the image. */
export function darkPixels(image: Pixels, box: { x0: number; y0: number; x1: number; y1: number }): number {
  let dark = 0;
  for (let y = box.y0; y < box.y1; y++)
    for (let x = box.x0; x < box.x1; x++) {
      const [r, g, b] = rgbAt(image, x, y);
      if (r + g + b < 3 * 160) dark++;
    }
  return dark;
}

/** `#1f6fd1` → [31, 111, 209]. */
export const hexColour = (hex: string): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** A box of pixels, edges included, and how many matched inside it. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  count: number;
}

/**
 * The bounding box of the pixels within `tolerance` of a colour (per channel), inside `within` when given (edges
 * included), or undefined when there are none.
 */
export function colourBox(
  image: Pixels,
  colour: readonly [number, number, number],
  within: Omit<Box, 'count'> = { x0: 0, y0: 0, x1: image.width - 1, y1: image.height - 1 },
  tolerance = 24,
): Box | undefined {
  let box: Box | undefined;
  for (let y = Math.max(0, within.y0); y <= Math.min(image.height - 1, within.y1); y++)
    for (let x = Math.max(0, within.x0); x <= Math.min(image.width - 1, within.x1); x++) {
      const i = (y * image.width + x) * 4;
      if (
        Math.abs(image.rgba[i] - colour[0]) > tolerance ||
        Math.abs(image.rgba[i + 1] - colour[1]) > tolerance ||
        Math.abs(image.rgba[i + 2] - colour[2]) > tolerance
      )
        continue;
      if (!box) box = { x0: x, y0: y, x1: x, y1: y, count: 0 };
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y);
      box.count++;
    }
  return box;
}
