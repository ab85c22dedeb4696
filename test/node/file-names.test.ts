// File names from report text: at most 100 bytes, cut between characters, never a device name, one per file.
import { fileNameOf, fitName, MAX_NAME_BYTES, uniqueNames } from '../../src/node/file-names';

const bytes = (name: string): number => Buffer.byteLength(name, 'utf8');

describe('fitName', () => {
  it('keeps a short name as it is', () => expect(fitName('支付成功率', '.png')).toBe('支付成功率.png'));

  it.each([
    ['支'.repeat(120), '支'.repeat(32)],
    ['😀'.repeat(40), '😀'.repeat(24)],
    [`a${'é'.repeat(80)}`, `a${'é'.repeat(47)}`],
  ])('cuts %j to 100 bytes with its extension, between characters', (stem, kept) => {
    const name = fitName(stem, '.png');
    expect(name).toBe(`${kept}.png`);
    expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).not.toContain('\uFFFD');
  });

  it('drops an edge space or dot the cut leaves, which Windows would drop', () => {
    expect(fitName(`${'a'.repeat(95)} b`, '.png')).toBe(`${'a'.repeat(95)}.png`);
  });

  it.each([
    ['CON', '.png', '_CON.png'],
    ['con', '.md', '_con.md'],
    ['Nul.txt', '.png', '_Nul.txt.png'],
    ['aux ', '.png', '_aux.png'],
    ['COM1', '.png', '_COM1.png'],
    ['lpt9', '', '_lpt9'],
    ['COM¹', '.png', '_COM¹.png'],
    ['CONSOLE', '.png', 'CONSOLE.png'],
    ['COM10', '.png', 'COM10.png'],
  ])('%j + %j is %j: never a device name', (stem, extension, name) => {
    expect(fitName(stem, extension)).toBe(name);
  });

  it('is never empty', () => expect(fitName('..', '.png')).toBe('weekly-report.png'));
});

describe('fileNameOf', () => {
  it('leaves room for the longest extension in 100 bytes', () => {
    expect(bytes(`${fileNameOf('第46周 '.repeat(30))}.docx`)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });
});

describe('uniqueNames', () => {
  it('keeps two names alike in their first 100 bytes two, each within 100 bytes', () => {
    const name = uniqueNames();
    const first = name('支'.repeat(120), '.png');
    const second = name(`${'支'.repeat(119)}付`, '.png');
    expect(first).not.toBe(second);
    expect(second).toMatch(/-2\.png$/);
    for (const n of [first, second]) expect(bytes(n)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  });

  it('tells names apart case-insensitively, as Windows and macOS do, and a device name from its escape', () => {
    const name = uniqueNames();
    expect([name('A', '.png'), name('a', '.png'), name('CON', '.png'), name('_CON', '.png')]).toEqual([
      'A.png',
      'a-2.png',
      '_CON.png',
      '_CON-2.png',
    ]);
  });
});
