// The package handed to exceljs: its zip read from the central directory, the tabs the tool does not read emptied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { safePackage } from '../../src/node/xlsx-package';
import { DamagedZip, unpackEntries, ZipLimitExceeded, zipEntries } from '../../src/node/zip-limits';
import {
  sampleParts,
  understated,
  withProjects,
  withTab,
  withZeros,
  worksheetXml,
} from '../reliability/hostile-files';

const sample = readFileSync(join(__dirname, '..', '..', 'seeds', 'sample-workbook.xlsx'));

describe('zipEntries', () => {
  it('lists what fflate lists, with the same sizes, inflating nothing', () => {
    const listed: { name: string; size: number; originalSize: number }[] = [];
    unzipSync(sample, {
      filter: ({ name, size, originalSize }) => {
        listed.push({ name, size, originalSize });
        return false;
      },
    });
    expect(zipEntries(sample).map(({ name, size, originalSize }) => ({ name, size, originalSize }))).toEqual(
      listed,
    );
  });
});

describe('unpackEntries', () => {
  const thrown = (zip: Uint8Array, entries = zipEntries(zip)): unknown => {
    try {
      unpackEntries(zip, entries);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('unpacks every part but folders to the bytes fflate unpacks', () => {
    const unpacked = unpackEntries(sample, zipEntries(sample));
    const expected = unzipSync(sample);
    expect([...unpacked.keys()]).toEqual(Object.keys(expected).filter((name) => !name.endsWith('/')));
    for (const [name, bytes] of unpacked) expect(Buffer.from(bytes).equals(expected[name])).toBe(true);
  });

  it('stops a part that unpacks past what it claims: damage, not a limit', () => {
    const zip = understated(
      withZeros(sampleParts(), [{ name: 'xl/media/zeros.png', megabytes: 2 }]),
      'xl/media/zeros.png',
      1000,
    );
    const error = thrown(zip);
    expect(error).toBeInstanceOf(DamagedZip);
    expect((error as Error).message).toBe('xl/media/zeros.png unpacks beyond what it claims');
  });

  it('stops a part at the ratio, or at the total, even when its claim was not checked first', () => {
    const zip = withZeros(sampleParts(), [{ name: 'xl/media/zeros.png', megabytes: 8 }]);
    const ratio = thrown(zip);
    expect(ratio).toBeInstanceOf(ZipLimitExceeded);
    expect((ratio as ZipLimitExceeded).problem).toMatchObject({ kind: 'ratio', entry: 'xl/media/zeros.png' });
  });

  it('stops the part that takes the total past 256 MB, even when the claims were not checked first', () => {
    const zeros = Array.from({ length: 520 }, (_, i) => ({ name: `xl/media/z${i}.png`, megabytes: 0.5 }));
    const error = thrown(withZeros(sampleParts(), zeros));
    expect(error).toBeInstanceOf(ZipLimitExceeded);
    expect(error).toMatchObject({ problem: { kind: 'tooLarge', bytes: 2 ** 28 + 1 } });
  });

  it('calls a part that is not deflate damage', () => {
    const entries = zipEntries(sample).map((entry) => ({ ...entry, compression: 8, size: entry.size - 10 }));
    expect(thrown(sample, entries)).toBeInstanceOf(DamagedZip);
  });
});

describe('safePackage', () => {
  const scratch = worksheetXml('A1:XFD1048576', { A1: 'notes', XFD1048576: 'far' });
  const parts = withTab(
    withProjects(sampleParts(), (xml) =>
      xml.replace(
        '<pageMargins',
        '<dataValidations count="1"><dataValidation type="list" sqref="Z1:Z1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins',
      ),
    ),
    'Scratch',
    scratch,
  );
  parts['xl/worksheets/_rels/sheet99.xml.rels'] = strToU8('<Relationships/>');
  const text = (files: Record<string, Uint8Array>, name: string): string => strFromU8(files[name]);

  it('for reading, empties the tabs the tool does not read and leaves out dropdowns and named ranges', () => {
    const read = unzipSync(safePackage('book.xlsx', zipSync(parts), { keepEverything: false }));
    expect(text(read, 'xl/worksheets/sheet99.xml')).not.toContain('XFD1048576');
    expect(read['xl/worksheets/_rels/sheet99.xml.rels']).toBeUndefined();
    // The tab keeps its name: the core names the unknown tabs when a known one is missing.
    expect(text(read, 'xl/workbook.xml')).toContain('name="Scratch"');
    expect(text(read, 'xl/worksheets/sheet4.xml')).not.toContain('dataValidation');
    expect(text(read, 'xl/worksheets/sheet4.xml')).toContain('<sheetData>');
  });

  it('for a copy, keeps every part as it is', () => {
    const copy = unzipSync(safePackage('book.xlsx', zipSync(parts), { keepEverything: true }));
    const files = (all: Record<string, Uint8Array>) => Object.keys(all).filter((name) => !name.endsWith('/'));
    expect(files(copy).sort()).toEqual(files(parts).sort());
    for (const name of files(parts)) expect(copy[name]).toEqual(parts[name]);
  });

  it('refuses, for a copy, dropdowns over more cells than exceljs keeps one by one', () => {
    const many = withProjects(sampleParts(), (xml) =>
      xml.replace(
        '<pageMargins',
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:C1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins',
      ),
    );
    expect(() => safePackage('book.xlsx', zipSync(many), { keepEverything: true })).toThrow(
      'Cannot read workbook book.xlsx: its dropdowns and named ranges cover 3,145,728 cells (counted up to tab "项目")',
    );
  });
});
