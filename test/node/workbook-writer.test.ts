// The workbooks the CLI writes: the empty layout of `init` and the rows `new-week` appends.
import ExcelJS from 'exceljs';
import { tabsFor } from '../../src/core/schema/tabs';
import { appendRows, createEmptyWorkbook } from '../../src/node/workbook-writer';

/** A round trip through .xlsx bytes, so assertions see what a reader of the file sees. */
async function reread(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

describe('createEmptyWorkbook', () => {
  it('has every tab with its headers, in Chinese by default', async () => {
    const workbook = await reread(createEmptyWorkbook('zh'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tabsFor('team').map((tab) => tab.zh));
    const projects = workbook.getWorksheet('项目');
    expect(projects?.getRow(1).values).toEqual([
      undefined,
      ...[
        '周',
        '目标',
        '项目',
        '序号',
        '进展',
        '进度',
        '上周进度',
        '计划日期',
        '负责人',
        '状态',
        '需支持',
        '较上周',
      ],
    ]);
  });

  it('fills the derived columns with one custom-function formula each, as Set up does', async () => {
    const workbook = await reread(createEmptyWorkbook('zh'));
    expect(workbook.getWorksheet('项目')?.getCell('L2').value).toEqual({
      formula: 'PROGRESS_DELTA(F2:F, G2:G)',
    });
    const metrics = workbook.getWorksheet('指标');
    expect(metrics?.getRow(1).values).toEqual([
      undefined,
      '周',
      '分组',
      '指标',
      '数值',
      '目标值',
      '方向',
      '较上周',
      '达标',
    ]);
    expect(metrics?.getCell('G2').value).toEqual({ formula: 'WEEK_DELTA(C2:C, A2:A, D2:D)' });
    expect(metrics?.getCell('H2').value).toEqual({ formula: 'METRIC_STATUS(D2:D, E2:E, F2:F)' });
  });

  it('names tabs and headers in English with en', async () => {
    const workbook = await reread(createEmptyWorkbook('en'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(tabsFor('team').map((tab) => tab.en));
    expect(workbook.getWorksheet('Metrics')?.getCell('D1').value).toBe('Value');
  });

  it('makes the header row bold and frozen', async () => {
    const sheet = (await reread(createEmptyWorkbook('zh'))).getWorksheet('项目');
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('offers dropdowns for State and Objective codes from the Objectives tab', async () => {
    const sheet = (await reread(createEmptyWorkbook('zh'))).getWorksheet('项目');
    expect(sheet?.getCell('J2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"进行中,已完成,延期,风险,暂停"'],
    });
    expect(sheet?.getCell('B500').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'目标'!$A$2:$A$1000"],
    });
  });

  it('offers dropdowns for Level, Kind and Direction', async () => {
    const workbook = await reread(createEmptyWorkbook('en'));
    expect(workbook.getWorksheet('Incidents')?.getCell('G2').dataValidation.formulae).toEqual(['"A,B,C,D"']);
    expect(workbook.getWorksheet('Notes')?.getCell('B2').dataValidation.formulae).toEqual([
      '"reflection,next"',
    ]);
    expect(workbook.getWorksheet('Metrics')?.getCell('F2').dataValidation.formulae).toEqual([
      '"higher,lower"',
    ]);
  });

  it('formats percent, week, date and date-time columns', async () => {
    const workbook = await reread(createEmptyWorkbook('zh'));
    const projects = workbook.getWorksheet('项目');
    expect(projects?.getColumn(6).numFmt).toBe('0%');
    expect(projects?.getColumn(1).numFmt).toBe('yyyy-mm-dd');
    expect(workbook.getWorksheet('生产事件')?.getColumn(1).numFmt).toBe('yyyy-mm-dd hh:mm');
  });
});

describe('appendRows', () => {
  function projectsWorkbook(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('项目');
    sheet.addRow(['周', '项目', '进度']);
    const row = sheet.addRow([new Date(Date.UTC(2023, 10, 13)), '物保', 0.7]);
    row.getCell(1).numFmt = 'yyyy/m/d';
    row.getCell(3).numFmt = '0.0%';
    return workbook;
  }

  it('appends below the row the plan names, dates as wall-clock days in the format of the row above', async () => {
    const workbook = projectsWorkbook();
    appendRows(workbook, [{ sheet: '项目', after: 2, rows: [[{ date: '2023-11-20' }, '物保', 0.85]] }]);
    const sheet = (await reread(workbook)).getWorksheet('项目');
    expect(sheet?.getCell('A3').value).toEqual(new Date(Date.UTC(2023, 10, 20)));
    expect(sheet?.getCell('A3').numFmt).toBe('yyyy/m/d');
    expect(sheet?.getCell('C3').numFmt).toBe('0.0%');
    expect(sheet?.getCell('C3').value).toBe(0.85);
  });

  it('writes text that starts with = as text, never as a formula', async () => {
    const workbook = projectsWorkbook();
    appendRows(workbook, [{ sheet: '项目', after: 2, rows: [[{ date: '2023-11-20' }, '=SUM(A1)', null]] }]);
    const cell = (await reread(workbook)).getWorksheet('项目')?.getCell('B3');
    expect(cell?.value).toBe('=SUM(A1)');
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
  });

  it('gives a date a date format when the cell above has none', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('重点工作').addRow(['周', '事项']);
    appendRows(workbook, [{ sheet: '重点工作', after: 1, rows: [[{ date: '2023-11-20' }, '银行虚户建设']] }]);
    expect((await reread(workbook)).getWorksheet('重点工作')?.getCell('A2').numFmt).toBe('yyyy-mm-dd');
  });
});
