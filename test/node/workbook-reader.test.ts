// Reading an .xlsx export or a CSV folder: raw values plus the text the sheet shows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { format } from 'numfmt';
import { buildReport, parseWorkbook } from '../../src/core';
import { displayOf, readWorkbookFile } from '../../src/node/workbook-reader';

// numfmt's format, counted: the reader must not spend it on cells the core never reads.
jest.mock('numfmt', () => {
  const actual = jest.requireActual('numfmt');
  return { ...actual, format: jest.fn(actual.format) };
});
const formatCalls = format as jest.MockedFunction<typeof format>;

const wallClock = (iso: string): Date => new Date(`${iso}Z`);

describe('displayOf', () => {
  it('shows a percent with 4 decimals as Sheets does', () => {
    expect(displayOf(0.992826, '0.0000%')).toBe('99.2826%');
  });

  it('shows a percent with 3 decimals as Sheets does', () => {
    expect(displayOf(0.99997, '0.000%')).toBe('99.997%');
  });

  it('shows General numbers plainly', () => {
    expect(displayOf(0.85, undefined)).toBe('0.85');
    expect(displayOf(664, 'General')).toBe('664');
  });

  it('shows dates per their format, from their wall-clock fields', () => {
    expect(displayOf(wallClock('2023-11-13T00:00'), 'yyyy-mm-dd')).toBe('2023-11-13');
    expect(displayOf(wallClock('2023-11-12T18:42'), 'yyyy-mm-dd hh:mm')).toBe('2023-11-12 18:42');
    expect(displayOf(wallClock('2023-11-16T00:00'), 'm/d')).toBe('11/16');
  });

  it('shows a date without a format as a date, with its time when it has one', () => {
    expect(displayOf(wallClock('2023-11-13T00:00'), undefined)).toBe('2023-11-13');
    expect(displayOf(wallClock('2023-11-06T11:52'), 'General')).toBe('2023-11-06 11:52');
  });

  it('shows text, booleans and blanks as the sheet does', () => {
    expect(displayOf('85%', '0.00%')).toBe('85%');
    expect(displayOf(true, undefined)).toBe('TRUE');
    expect(displayOf(null, '0%')).toBe('');
  });
});

describe('readWorkbookFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'workbook-reader-'));

  it('reads every worksheet of an .xlsx with values and displays', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('指标');
    sheet.addRow(['周', '指标', '数值', '链接', '公式']);
    const row = sheet.addRow([
      wallClock('2023-11-13T00:00'),
      { richText: [{ text: '入金' }, { text: '有效成功率', font: { bold: true } }] },
      0.992826,
      { text: '看板', hyperlink: 'https://example.com' },
      { formula: 'C2*100', result: 99.2826 },
    ]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.getCell(3).numFmt = '0.0000%';
    workbook.addWorksheet('空');
    const file = join(folder, 'book.xlsx');
    await workbook.xlsx.writeFile(file);

    const input = await readWorkbookFile(file, { timeZone: 'Asia/Shanghai' });

    expect(input.timeZone).toBe('Asia/Shanghai');
    expect(input.dateCells).toBe('wall-clock');
    expect(input.sheets.map((s) => s.name)).toEqual(['指标', '空']);
    const [metrics] = input.sheets;
    expect(metrics.values[1]).toEqual([
      wallClock('2023-11-13T00:00'),
      '入金有效成功率',
      0.992826,
      '看板',
      99.2826,
    ]);
    expect(metrics.displays[1]).toEqual(['2023-11-13', '入金有效成功率', '99.2826%', '看板', '99.2826']);
  });

  it('reads a folder of CSVs named after the tabs, values and displays alike', async () => {
    const csvFolder = mkdtempSync(join(tmpdir(), 'workbook-csv-'));
    writeFileSync(join(csvFolder, '项目.csv'), '\uFEFF周,项目,进展\n2023-11-13,物保,"测试, 准备完毕"\n');
    writeFileSync(join(csvFolder, 'notes.txt'), 'not a tab');

    const input = await readWorkbookFile(csvFolder, { timeZone: 'UTC' });

    expect(input.sheets).toEqual([
      {
        name: '项目',
        values: [
          ['周', '项目', '进展'],
          ['2023-11-13', '物保', '测试, 准备完毕'],
        ],
        displays: [
          ['周', '项目', '进展'],
          ['2023-11-13', '物保', '测试, 准备完毕'],
        ],
      },
    ]);
  });

  it('formats the numbers and dates of the columns the core reads, each distinct value once, and no other', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('设置').addRows([
      ['项', '值'],
      ['团队', '基础平台'],
    ]);
    workbook.addWorksheet('目标').addRows([
      ['编号', '名称'],
      ['O1', '稳定'],
    ]);
    const projects = workbook.addWorksheet('项目');
    projects.addRow(['周', '目标', '项目', '进度', '成本', '核对日']);
    for (let i = 0; i < 30; i++) {
      const row = projects.addRow([
        wallClock('2023-11-13T00:00'),
        'O1',
        `项目${i}`,
        0.5,
        1000 + i,
        wallClock(`2020-01-${String(i + 1).padStart(2, '0')}T00:00`),
      ]);
      row.getCell(1).numFmt = 'yyyy-mm-dd';
      row.getCell(4).numFmt = '0%';
      // Extra columns, each in a format no known column uses.
      row.getCell(5).numFmt = '#,##0.00';
      row.getCell(6).numFmt = 'yyyy/mm/dd';
    }
    const file = join(folder, 'extra-columns.xlsx');
    await workbook.xlsx.writeFile(file);
    formatCalls.mockClear();

    const input = await readWorkbookFile(file, { timeZone: 'Asia/Shanghai' });
    const report = buildReport(parseWorkbook(input), { now: new Date('2023-11-15T07:30:00Z') });

    expect(report.document).not.toBeNull();
    const formatsUsed = formatCalls.mock.calls.map(([numFmt]) => numFmt);
    expect(formatsUsed.filter((f) => f === 'yyyy-mm-dd')).toHaveLength(1);
    expect(formatsUsed.filter((f) => f === '0%')).toHaveLength(1);
    expect(formatsUsed).not.toContain('#,##0.00');
    expect(formatsUsed).not.toContain('yyyy/mm/dd');
    // Still shown exactly when something reads them (new-week copies every column of a row).
    const displays = input.sheets[2].displays;
    expect(displays[1]).toEqual(['2023-11-13', 'O1', '项目0', '50%', '1,000.00', '2020/01/01']);
    expect(displays[30][4]).toBe('1,029.00');
    expect(formatCalls.mock.calls.map(([numFmt]) => numFmt)).toContain('#,##0.00');
  });

  it('fails with one line naming a missing file', async () => {
    await expect(readWorkbookFile(join(folder, 'missing.xlsx'), { timeZone: 'UTC' })).rejects.toThrow(
      `Cannot read workbook ${join(folder, 'missing.xlsx')}: no such file or folder.`,
    );
  });

  it('fails with one line for a file that is not a workbook', async () => {
    const file = join(folder, 'not.xlsx');
    writeFileSync(file, 'hello');
    await expect(readWorkbookFile(file, { timeZone: 'UTC' })).rejects.toThrow(
      /^Cannot read workbook .*not\.xlsx: /,
    );
  });
});
