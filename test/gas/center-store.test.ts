// What a center keeps between slices (SPEC §13): JSON in document properties under Apps Script's limits (9 kB a
// value, 500 kB in all), gzipped through Utilities and split into parts when still too large.
import { gzipPacker, jsonStore, splitUtf8 } from '../../src/gas/center/stored-json';
import { sheetProperties } from '../../src/gas/sheet-properties';
import { FakeClock } from '../fakes/clock';
import { FakeProperties } from '../fakes/script-services';
import { FakeUtilities } from '../fakes/utilities';

function store(options: { packed: boolean }) {
  const raw = new FakeProperties();
  raw.limits = { valueBytes: 9 * 1024, totalBytes: 500 * 1024 };
  const properties = sheetProperties(raw as unknown as GoogleAppsScript.Properties.Properties, 'center-id');
  const packer = options.packed ? gzipPacker(new FakeUtilities(new FakeClock(new Date(0))) as never) : null;
  return { raw, json: jsonStore(properties, packer) };
}

/** A summary-like value: many lines of Chinese text, some emoji (surrogate pairs). */
const big = (lines: number) => ({
  attention: Array.from({ length: lines }, (_, i) => ({
    project: `项目${i} 🔴`,
    reason: `计划日期已过 ${i}`,
    row: i,
  })),
});

describe('the run store', () => {
  it('splits text on UTF-8 bytes without cutting a character', () => {
    const text = '汇总🔴'.repeat(1000);
    const parts = splitUtf8(text, 1000);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(1000);
    expect(parts.every((part) => !/^[\udc00-\udfff]/.test(part))).toBe(true);
  });

  it('keeps a value of any size under the 9 kB limit, in parts, and reads it back', () => {
    const { raw, json } = store({ packed: false });
    const value = big(400);
    expect(json.put('center.run.team.0', value)).toBeGreaterThan(2);
    expect(json.get('center.run.team.0')).toEqual(value);
    for (const stored of raw.values.values()) expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(9 * 1024);
    json.delete('center.run.team.0');
    expect(raw.values.size).toBe(0);
  });

  it('gzips what it stores: the same value takes a fraction of the space', () => {
    const plain = store({ packed: false });
    const packed = store({ packed: true });
    const value = big(400);
    plain.json.put('k', value);
    packed.json.put('k', value);
    expect(packed.json.get('k')).toEqual(value);
    expect(packed.raw.peakBytes).toBeLessThan(plain.raw.peakBytes / 4);
    // Small values stay readable JSON: the cursor is one property.
    packed.json.put('center.run', { next: 3 });
    expect(packed.raw.values.get('center-id/center.run')).toBe('{"next":3}');
  });

  it('returns null for a value with a part missing rather than a broken one', () => {
    const { raw, json } = store({ packed: false });
    json.put('k', big(400));
    raw.values.delete('center-id/k#1');
    expect(json.get('k')).toBeNull();
  });
});
