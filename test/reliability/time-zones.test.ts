// Time zones: the report depends on the sheet's zone and the moment of generation, never on the machine's zone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBundle } from '../fakes/load-bundle';
import { seedSpreadsheet } from '../fakes/sample-workbook';
import { createWorld } from '../fakes/world';
import { docsOf } from '../gas/doc-shape';
import { NOW } from '../gas/harness';
import { type Book, day, pct, runCli, writeBook } from './xlsx-book';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai'];

/** Incidents at the edges of days and of the report period, where a zone slip would move them. */
const book: Book = {
  目标: [
    ['编号', '名称'],
    ['O1', '服务业务'],
  ],
  设置: [['项', '值']],
  项目: [
    ['周', '目标', '项目', '进展', '进度', '计划日期'],
    [day('2023-11-06'), 'O1', '风控', '联调', pct(0.5), day('2023-11-30')],
    [day('2023-11-13'), 'O1', '风控', '上线', pct(0.85), day('2023-11-30')],
  ],
  生产事件: [
    ['开始时间', '事件', '恢复时间', '级别'],
    ['2023-11-06 00:00', '周一零点', '2023-11-06 00:30', 'C'],
    ['2023-11-12 23:59', '周日深夜', '2023-11-13 00:10', 'D'],
    ['2023-11-13 00:00', '下一周期', '2023-11-13 00:05', 'A'],
    ['2023-11-05 23:59', '上一周期', '2023-11-06 00:01', 'B'],
  ],
  日报: [
    ['日期', '姓名', '内容'],
    [day('2023-11-06'), '张三', '周一'],
    [day('2023-11-12'), '李四', '周日'],
  ],
};

describe('The CLI in any machine time zone', () => {
  it(`writes byte-identical Markdown with TZ=${ZONES.join(', ')} and the same --now`, async () => {
    const work = mkdtempSync(join(tmpdir(), 'weekly-report-tz-'));
    try {
      const workbook = join(work, 'team.xlsx');
      await writeBook(book, workbook);
      const outputs = ZONES.map((zone) => {
        const out = join(work, zone.replace('/', '-'));
        const args = ['generate', '--workbook', workbook, '--out', out, '--format', 'md'];
        const result = runCli([...args, '--now', '2023-11-13T01:30:00Z'], { TZ: zone });
        expect(result.status).toBe(0);
        return readFileSync(result.stdout.trim(), 'utf8');
      });
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
      // The sheet's zone (Asia/Shanghai for an .xlsx) decides: 01:30Z is 09:30 there, and the period is 11/6–11/12.
      expect(outputs[0]).toContain('2023年11月13日 09:30');
      expect(outputs[0]).toMatch(/11\/6 00:00 周一零点[\s\S]*11\/12 23:59 周日深夜/);
      expect(outputs[0]).not.toMatch(/下一周期|上一周期/);
      expect(outputs[0]).toContain('事故数AB级0次，CD级2次');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('The bundle with a sheet in another zone than the script', () => {
  /** The sample generated in a spreadsheet whose zone is `sheetZone`; the script's (appsscript.json) is Shanghai. */
  function generateIn(sheetZone: string) {
    const world = createWorld({ timeZone: sheetZone });
    seedSpreadsheet(world.spreadsheetApp.spreadsheet);
    loadBundle(world.globals, { now: NOW }).generateWeeklyReport();
    const [doc] = docsOf(world);
    return doc.read();
  }

  it('reads dates in the sheet’s zone: the same week, incidents and days as a sheet in the script’s zone', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
    expect(manifest.timeZone).toBe('Asia/Shanghai');
    const shanghai = generateIn('Asia/Shanghai');
    const newYork = generateIn('America/New_York');
    const generated = (doc: typeof shanghai) =>
      doc.blocks
        .flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
        .find((text) => text.startsWith('生成时间'));
    const withoutTime = (doc: typeof shanghai) => ({
      ...doc,
      blocks: doc.blocks.filter((b) => b.kind !== 'paragraph' || !b.runs[0]?.text.startsWith('生成时间')),
      headerText: undefined,
    });
    expect(withoutTime(newYork)).toEqual(withoutTime(shanghai));
    expect(newYork.title).toBe('第46周 2023-11-13');
    // The generation moment is shown in the sheet's zone: 07:30Z is 02:30 in New York, 15:30 in Shanghai.
    expect(generated(newYork)).toContain('02:30');
    expect(generated(shanghai)).toContain('15:30');
  });
});
