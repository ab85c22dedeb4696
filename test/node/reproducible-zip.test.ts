// stampZip: a package docx packed, its dates and core properties set to one moment, written as fflate's zipSync
// writes the unpacked entries with that date — the bytes the .docx writer gave before it stopped re-deflating them.
import { deflateSync, unzipSync, zipSync } from 'fflate';
import { stampZip, zipDate } from '../../src/node/reproducible-zip';

const CORE = 'docProps/core.xml';
const coreXml = (created: string) =>
  `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified></cp:coreProperties>`;

/** What stampZip did before: every entry unpacked, the core properties rewritten, all packed again with the date. */
function reference(packed: Uint8Array, now: Date): Uint8Array {
  const entries = unzipSync(packed);
  const iso = `${now.toISOString().slice(0, 19)}Z`;
  entries[CORE] = new TextEncoder().encode(coreXml(iso));
  return zipSync(entries, { mtime: zipDate(now) });
}

describe('stampZip', () => {
  // A package as docx packs it: today's clock in every entry's date and in the core properties.
  const random = Uint8Array.from({ length: 40_000 }, (_, i) => (i * 7919 + (i >> 3)) & 255);
  const packed = zipSync({
    '[Content_Types].xml': new TextEncoder().encode('<Types/>'.repeat(50)),
    'word/document.xml': new TextEncoder().encode('<w:p>第46周 周报</w:p>'.repeat(2000)),
    [CORE]: new TextEncoder().encode(coreXml(new Date().toISOString())),
    'word/media/image1.png': random,
    'word/media/image2.png': deflateSync(random),
  });

  it.each([
    ['a Monday morning', new Date('2023-11-13T01:00:00Z')],
    ['a moment before zip dates begin', new Date('1970-01-01T00:00:00Z')],
    ['a late evening, a leap day', new Date('2024-02-29T23:59:59Z')],
  ])('writes what unpacking and packing again with the date wrote, at %s', (_, now) => {
    const stamped = stampZip(packed, now);
    expect(Buffer.from(stamped).equals(Buffer.from(reference(packed, now)))).toBe(true);
    expect(new TextDecoder().decode(unzipSync(stamped)[CORE])).toContain(
      `>${now.toISOString().slice(0, 19)}Z<`,
    );
  });
});
