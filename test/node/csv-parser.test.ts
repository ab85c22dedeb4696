// RFC 4180 parsing of the CSV tabs.
import { parseCsv } from '../../src/node/csv-parser';

describe('parseCsv', () => {
  it('splits rows and fields', () => {
    expect(parseCsv('周,项目\n2023-11-13,物保\n')).toEqual([
      ['周', '项目'],
      ['2023-11-13', '物保'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('a,"b, c","say ""hi""","line 1\nline 2"\r\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'line 1\nline 2'],
    ]);
  });

  it('reads CRLF line ends and a last row without a line end', () => {
    expect(parseCsv('a,b\r\nc,d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('drops a leading byte-order mark, as Excel writes one', () => {
    expect(parseCsv('\uFEFF周,项目\n')).toEqual([['周', '项目']]);
  });

  it('keeps empty fields, quoted or not', () => {
    expect(parseCsv('a,,""\n,\n')).toEqual([
      ['a', '', ''],
      ['', ''],
    ]);
  });

  it('reads a last field that is only an empty quoted string', () => {
    expect(parseCsv('""')).toEqual([['']]);
  });

  it('gives no rows for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
