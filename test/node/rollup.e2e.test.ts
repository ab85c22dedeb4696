// `rollup` and `export` through build/cli.cjs (in this process) on team workbooks this test writes: a red team, a
// green team, one that has not submitted, one damaged file. Every team is named; every line of the report traces to
// a team row.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/node/csv-parser';
import { HEADER } from '../core/model/history-workbook';
import { type Book, type BookCell, day, pct, writeBook } from '../reliability/xlsx-book';
import { runCliInProcess } from './cli-in-process';
import { scratchFolder } from './scratch-folder';

const scratch = scratchFolder('rollup-');
const NOW = '2024-01-16T09:00:00+08:00';
const [W0, W1] = [day('2024-01-15'), day('2024-01-08')];

/** A team's workbook: its name in Settings (or none), one objective, and the Projects rows given. */
const team = (name: string | null, projects: BookCell[][], more: Book = {}): Book => ({
  设置: [['项', '值'], ...(name === null ? [] : [['团队名称', name]])],
  目标: [
    ['编号', '名称', '排序'],
    ['O1', '服务业务', 1],
  ],
  项目: [HEADER, ...projects],
  ...more,
});

const red = team(
  '支付组',
  [
    [W1, 'O1', '收银台', null, '联调', pct(0.5), null, null, '张三', '进行中', ''],
    [W0, 'O1', '收银台', null, '联调延期', pct(0.5), pct(0.5), null, '张三', '延期', '需要运维资源, "加急"'],
    [W0, 'O1', '对账', null, '开发', pct(0.6), null, null, '李四', '进行中', ''],
  ],
  {
    指标: [
      ['周', '分组', '指标', '数值', '目标值', '方向'],
      [W0, '支付', '支付成功率', pct(0.991, '0.0%'), pct(0.995, '0.0%'), ''],
    ],
    重点工作: [
      ['周', '事项', '序号', '内容'],
      [W0, '收银台改版', null, '灰度 30%'],
    ],
  },
);

const green = team(null, [
  [W1, 'O1', '清分', null, '设计', pct(0.3), null, null, '王五', '进行中', ''],
  [W0, 'O1', '清分', null, '开发', pct(0.5), pct(0.3), null, '王五', '进行中', ''],
]);

/** Rows up to last week only: not submitted this week. */
const late = team('风控组', [[W1, 'O1', '模型', null, '训练', pct(0.4), null, null, '赵六', '进行中', '']]);

async function teamsFolder(): Promise<string> {
  const dir = scratch.folder('teams');
  await writeBook(red, join(dir, 'a-pay.xlsx'));
  await writeBook(green, join(dir, '清算组.xlsx'));
  await writeBook(late, join(dir, 'c-risk.xlsx'));
  writeFileSync(join(dir, '坏文件.xlsx'), 'not a workbook');
  return dir;
}

describe('weekly-report rollup', () => {
  it('writes one center report naming every team, red first, each line with its source row', async () => {
    const dir = await teamsFolder();
    const out = scratch.folder('out');
    const run = await runCliInProcess(['rollup', '--teams', dir, '--out', out, '--now', NOW]);
    expect(run.stderr).toContain('坏文件：无法读取');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '中心周报 第3周 2024-01-15.docx',
      '中心周报 第3周 2024-01-15.html',
      '中心周报 第3周 2024-01-15.md',
    ]);
    const md = readFileSync(join(out, '中心周报 第3周 2024-01-15.md'), 'utf8');
    const rows = md
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| 团队') && !line.startsWith('| ---'));
    // The table: the two submitted teams, the green one named by its file.
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual(['支付组', '清算组']);
    expect(rows[0]).toMatch(/\| 🔴 \S+ \| 2 \| 1 \| 0 \|/);
    expect(md).toContain('- 未提交：风控组');
    expect(md).toMatch(/- 无法读取：团队 坏文件（.+）/);
    // 收银台 is row 3 of 支付组's Projects tab (header row 1, last week's row 2).
    expect(md).toMatch(/- 🔴 \S+ 支付组｜收银台（张三）：延期 项目!A3/);
    expect(md).toContain('- 支付组｜支付成功率：99.1%，目标 99.5%');
    expect(md).toContain('- 支付组｜收银台（张三）：需要运维资源, "加急" 项目!A3');
    expect(md).toContain('- 支付组｜收银台改版：灰度 30%');
  });

  it('refuses a folder without team workbooks, and a --teams that is a file', async () => {
    const empty = scratch.folder('empty');
    expect(await runCliInProcess(['rollup', '--teams', empty, '--out', scratch.fresh('o')])).toMatchObject({
      status: 2,
    });
    const file = scratch.fresh('file.xlsx');
    writeFileSync(file, '');
    const run = await runCliInProcess(['rollup', '--teams', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a folder');
  });
});

describe('weekly-report export', () => {
  it('writes every filled cell of every readable team as long-format RFC 4180 rows', async () => {
    const dir = await teamsFolder();
    const out = join(scratch.folder('csv'), 'rows.csv');
    const run = await runCliInProcess(['export', '--teams', dir, '--out', out]);
    expect(run.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['week', 'team', 'tab', 'row', 'field', 'value']);
    const find = (team: string, tab: string, row: string, field: string) =>
      rows.find((r) => r[1] === team && r[2] === tab && r[3] === row && r[4] === field);
    // A value with a comma and quotes survives the round trip; a percent is the number; dates are days.
    expect(find('支付组', 'projects', '3', 'asks')).toEqual([
      '2024-01-15',
      '支付组',
      'projects',
      '3',
      'asks',
      '需要运维资源, "加急"',
    ]);
    expect(find('支付组', 'projects', '3', 'progress')?.[5]).toBe('0.5');
    expect(find('清算组', 'projects', '2', 'week')?.[5]).toBe('2024-01-08');
    // The damaged file is said and left out; the others are all there.
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['支付组', '清算组', '风控组']));
    expect(run.stderr).toContain('坏文件: cannot read');
  });

  it('exports one workbook with --workbook, and refuses both sources at once', async () => {
    const dir = await teamsFolder();
    const out = join(scratch.folder('one'), 'one.csv');
    expect(
      (await runCliInProcess(['export', '--workbook', join(dir, '清算组.xlsx'), '--out', out])).status,
    ).toBe(0);
    const [, ...rows] = parseCsv(readFileSync(out, 'utf8'));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['清算组']));
    const both = await runCliInProcess(['export', '--teams', dir, '--workbook', out, '--out', out]);
    expect(both.status).toBe(2);
  });
});
