// seeds/sample-workbook.xlsx is what scripts/make-seed.mjs makes from seeds/sample-workbook.json, cell for cell.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const root = join(__dirname, '../..');

/** Every non-empty cell as `Sheet!A1 = value [format]`, Dates as their ISO reading. */
async function cellsOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.flatMap((sheet) => {
    const cells: string[] = [`${sheet.name} (${sheet.rowCount} rows)`];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value =
          Object.prototype.toString.call(cell.value) === '[object Date]'
            ? (cell.value as Date).toISOString()
            : cell.value;
        cells.push(`${sheet.name}!${cell.address} = ${JSON.stringify(value)} [${cell.numFmt ?? ''}]`);
      }),
    );
    return cells;
  });
}

describe('Sample workbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is in sync with its JSON source (run `node scripts/make-seed.mjs` after editing it)', async () => {
    const fresh = join(dir, 'sample-workbook.xlsx');
    execFileSync(process.execPath, [join(root, 'scripts/make-seed.mjs'), fresh]);
    expect(await cellsOf(join(root, 'seeds/sample-workbook.xlsx'))).toEqual(await cellsOf(fresh));
  });

  it('stores metric values as numbers whose formats keep the example’s exact digits', async () => {
    const cells = await cellsOf(join(root, 'seeds/sample-workbook.xlsx'));
    expect(cells).toContain('指标!D4 = 0.992826 [0.0000%]');
    expect(cells).toContain('指标!D2 = 0.99997 [0.000%]');
  });

  it('stores dates as real Excel dates at their wall-clock reading', async () => {
    const cells = await cellsOf(join(root, 'seeds/sample-workbook.xlsx'));
    expect(cells).toContain('生产事件!A3 = "2023-11-12T18:42:00.000Z" [yyyy-mm-dd hh:mm]');
    expect(cells).toContain('生产事件!F3 = "2023-11-13T17:13:00.000Z" [yyyy-mm-dd hh:mm]');
  });
});
