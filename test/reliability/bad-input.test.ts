// The bad-input corpus: small broken workbooks, each problem expected at its exact cell, valid rows never flagged.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue, type Issue } from '../../src/core/issues';
import { plainText, type ReportDocument } from '../../src/core/layout/document';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';
import { runCliInProcess } from '../node/cli-in-process';
import { type Book, type BookCell, copyBook, day, pct, readBook, writeBook } from './xlsx-book';

const NOW = new Date('2023-11-15T07:30:00Z');
const NOW_FLAG = '2023-11-15T07:30:00Z';

const HEADERS = {
  设置: ['项', '值'],
  重点工作: ['周', '事项', '序号', '内容'],
  目标: ['编号', '名称', '排序'],
  项目: ['周', '目标', '项目', '序号', '进展', '进度', '上周进度', '计划日期', '负责人', '状态'],
  指标: ['周', '分组', '指标', '数值', '目标值', '方向'],
  生产事件: ['开始时间', '发现方式', '事件', '影响', '原因', '恢复时间', '级别', '后续措施'],
  总结: ['周', '类型', '序号', '内容'],
  日报: ['日期', '姓名', '内容'],
} as const;

type Tab = keyof typeof HEADERS;

/** One valid row per tab: row 2 of every sheet, which no case may ever see flagged. */
const VALID: Record<Tab, BookCell[]> = {
  设置: ['团队', '支付中心'],
  重点工作: [day('2023-11-13'), '大模型', null, 'CodeLink 上线'],
  目标: ['O1', '服务业务', 1],
  项目: [
    day('2023-11-13'),
    'O1',
    '风控',
    null,
    '上线',
    pct(0.85),
    pct(0.7),
    day('2023-11-30'),
    '张三',
    '进行中',
  ],
  指标: [day('2023-11-13'), '成功率', '支付成功率', pct(0.9999, '0.00%'), pct(0.999, '0.0%'), '越高越好'],
  生产事件: [
    '2023-11-08 10:00',
    '监控',
    '支付超时',
    '少量失败',
    '网络抖动',
    '2023-11-08 10:20',
    'C',
    '加监控',
  ],
  总结: [day('2023-11-13'), '下周工作', 1, '继续'],
  日报: [day('2023-11-07'), '张三', '联调'],
};

/** A second valid row per tab, which a case edits into a bad row 3. */
const EXTRA: Record<Tab, BookCell[]> = {
  设置: ['语言', 'zh'],
  重点工作: [day('2023-11-13'), '降本', null, '完成'],
  目标: ['O2', '系统升级', 2],
  项目: [day('2023-11-13'), 'O1', '清算', null, '联调', pct(0.5), pct(0.4), '11/30', '李四', '进行中'],
  指标: [day('2023-11-13'), '成功率', '退款成功率', pct(0.99, '0.00%'), pct(0.98, '0.0%'), '越高越好'],
  生产事件: ['2023-11-09 08:00', '客诉', '退款延迟', '个别商户', '队列积压', '2023-11-09 09:00', 'D', ''],
  总结: [day('2023-11-13'), '收获与反思', null, '早做压测'],
  日报: [day('2023-11-08'), '李四', '压测'],
};

const baseBook = (): Book =>
  Object.fromEntries(
    (Object.keys(HEADERS) as Tab[]).map((tab) => [tab, [[...HEADERS[tab]], [...VALID[tab]]]]),
  );

/** Appends the tab's second valid row with some columns (by header) changed. */
const add =
  (tab: Tab, changes: Partial<Record<string, BookCell>>) =>
  (book: Book): void => {
    const header = HEADERS[tab] as readonly string[];
    book[tab].push(EXTRA[tab].map((cell, c) => (header[c] in changes ? (changes[header[c]] ?? null) : cell)));
  };

/** Replaces a tab's header row. */
const header =
  (tab: Tab, names: readonly string[]) =>
  (book: Book): void => {
    book[tab][0] = [...names];
  };

type Expected = readonly [tab: string, cell: string, severity: Issue['severity']];

interface Case {
  readonly name: string;
  readonly edit: (book: Book) => void;
  readonly expected: readonly Expected[];
  /** Text that must reach the report as typed (cases that are valid). */
  readonly shows?: readonly string[];
}

const LONG = '长'.repeat(5_000) + 'x'.repeat(5_000);
const MIXED = '🚀 支付 Платёж العربية 한국어 ✅';

const CASES: readonly Case[] = [
  {
    name: 'a second valid row in every tab',
    edit: (b) => {
      for (const tab of Object.keys(EXTRA)) add(tab as Tab, {})(b);
    },
    expected: [],
  },
  // wrong types, one per column kind
  {
    name: 'a percent in words (进度 八成)',
    edit: add('项目', { 进度: '八成' }),
    expected: [['项目', 'F3', 'error']],
  },
  {
    name: 'a Week in words (周 下周一)',
    edit: add('项目', { 周: '下周一' }),
    expected: [['项目', 'A3', 'error']],
  },
  {
    name: 'an impossible Week (周 13/45)',
    edit: add('项目', { 周: '13/45' }),
    expected: [['项目', 'A3', 'error']],
  },
  {
    name: 'an impossible Due (计划日期 13/45)',
    edit: add('项目', { 计划日期: '13/45' }),
    expected: [['项目', 'H3', 'error']],
  },
  {
    name: 'an impossible Due (计划日期 2月30日)',
    edit: add('项目', { 计划日期: '2月30日' }),
    expected: [['项目', 'H3', 'error']],
  },
  {
    name: 'a Due in words stays as typed (计划日期 下周一)',
    edit: add('项目', { 计划日期: '下周一' }),
    expected: [],
    shows: ['计划下周一'],
  },
  {
    name: 'a daily date in words (日期 下周一)',
    edit: add('日报', { 日期: '下周一' }),
    expected: [['日报', 'A3', 'error']],
  },
  {
    name: 'a Start in words (开始时间 昨晚)',
    edit: add('生产事件', { 开始时间: '昨晚' }),
    expected: [['生产事件', 'A3', 'error']],
  },
  {
    name: 'a Recovered at 25:00',
    edit: add('生产事件', { 恢复时间: '11/9 25:00' }),
    expected: [['生产事件', 'F3', 'error']],
  },
  { name: 'a Level E', edit: add('生产事件', { 级别: 'E' }), expected: [['生产事件', 'G3', 'error']] },
  {
    name: 'a State that is no state (状态 完成了)',
    edit: add('项目', { 状态: '完成了' }),
    expected: [['项目', 'J3', 'error']],
  },
  {
    name: 'a Kind that is no kind (类型 心得)',
    edit: add('总结', { 类型: '心得' }),
    expected: [['总结', 'B3', 'error']],
  },
  { name: 'a No in words (序号 一)', edit: add('项目', { 序号: '一' }), expected: [['项目', 'D3', 'error']] },
  {
    name: 'an Order in words (排序 first)',
    edit: add('目标', { 排序: 'first' }),
    expected: [['目标', 'C3', 'error']],
  },
  {
    name: 'a metric Value without a number (数值 N/A)',
    edit: add('指标', { 数值: 'N/A' }),
    expected: [['指标', 'D3', 'error']],
  },
  {
    name: 'a Direction that is no direction (方向 up)',
    edit: add('指标', { 方向: 'up' }),
    expected: [['指标', 'F3', 'error']],
  },
  // out of range
  { name: 'a Progress of 150%', edit: add('项目', { 进度: pct(1.5) }), expected: [['项目', 'F3', 'error']] },
  { name: 'a Progress of 120 points', edit: add('项目', { 进度: 120 }), expected: [['项目', 'F3', 'error']] },
  { name: 'a Previous of -5%', edit: add('项目', { 上周进度: '-5%' }), expected: [['项目', 'G3', 'error']] },
  {
    name: 'a Progress of 101% as text',
    edit: add('项目', { 进度: '101%' }),
    expected: [['项目', 'F3', 'error']],
  },
  // references and repeats
  {
    name: 'an unknown Objective code (O9)',
    edit: add('项目', { 目标: 'O9' }),
    expected: [['项目', 'B3', 'error']],
  },
  {
    name: 'a project twice in one week',
    edit: add('项目', { 项目: '风控' }),
    expected: [['项目', 'C3', 'error']],
  },
  // headers
  {
    name: 'a required header missing (项目 without 项目)',
    edit: (b) => {
      b.项目 = b.项目.map((row) => row.filter((_, c) => c !== 2));
    },
    expected: [['项目', '', 'error']],
  },
  {
    name: 'a header twice (进度 in F and K)',
    edit: (b) => {
      header('项目', [...HEADERS.项目, '进度'])(b);
      b.项目[1].push(pct(0.9));
    },
    expected: [['项目', 'K1', 'error']],
  },
  // No Projects rows: no week to report (SPEC §4.1), said once for the tab.
  {
    name: 'a tab with only headers (项目)',
    edit: (b) => void b.项目.splice(1),
    expected: [['项目', '', 'error']],
  },
  {
    name: 'every tab with only headers',
    edit: (b) => {
      for (const rows of Object.values(b)) rows.splice(1);
    },
    expected: [['项目', '', 'error']],
  },
  // layout slips
  {
    name: 'merged-looking blanks: Week and Project blank under filled ones',
    edit: add('项目', { 周: null, 项目: null, 序号: 1 }),
    expected: [
      ['项目', 'A3', 'error'],
      ['项目', 'C3', 'error'],
    ],
  },
  { name: 'a status of 10,000 characters', edit: add('项目', { 进展: LONG }), expected: [], shows: [LONG] },
  {
    name: 'emoji and mixed scripts',
    edit: add('项目', { 项目: MIXED, 进展: MIXED }),
    expected: [],
    shows: [`${MIXED}：${MIXED}`],
  },
  {
    name: 'leading and trailing spaces in headers, codes, choices, percents and dates',
    edit: (b) => {
      header(
        '项目',
        HEADERS.项目.map((h) => ` ${h}　`),
      )(b);
      add('项目', {
        周: ' 2023-11-13 ',
        目标: ' O1 ',
        项目: ' 清算 ',
        进度: ' 50% ',
        上周进度: '４０％ ',
        状态: ' 进行中 ',
      })(b);
    },
    expected: [],
    shows: ['清算：联调，总体进度50%，较上周40%新增10%进度'],
  },
  {
    name: 'a workbook with no tab we know',
    edit: (b) => {
      for (const tab of Object.keys(b)) delete b[tab];
      b.Sheet1 = [
        ['a', 'b'],
        [1, 2],
      ];
    },
    expected: [
      ['设置', '', 'error'],
      ['重点工作', '', 'warning'],
      ['目标', '', 'warning'],
      ['项目', '', 'error'],
      ['指标', '', 'warning'],
      ['生产事件', '', 'warning'],
      ['总结', '', 'warning'],
      ['日报', '', 'warning'],
    ],
  },
];

const where = (issue: Issue): Expected => [issue.tab, issue.cell, issue.severity];
const sorted = (list: readonly Expected[]): string[] => list.map((e) => e.join('|')).sort();

/** Every text of the document, flattened. */
const documentText = (document: ReportDocument): string =>
  JSON.stringify(document.blocks, (key, value) => (key === 'runs' ? plainText(value) : value));

const bookOf = (c: Case): Book => {
  const book = copyBook(baseBook());
  c.edit(book);
  return book;
};

describe('Bad-input corpus', () => {
  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: every problem at its cell, nothing else',
    async (_, c) => {
      const report = buildReport(parseWorkbook(await readBook(bookOf(c))), { now: NOW });
      expect(sorted(report.issues.map(where))).toEqual(sorted(c.expected));
      for (const issue of report.issues) expect(issue.cell).not.toMatch(/^[A-Z]+2$/);
      const errors = c.expected.some(([, , severity]) => severity === 'error');
      expect(report.document === null).toBe(errors);
      for (const text of c.shows ?? [])
        expect(documentText(report.document as ReportDocument)).toContain(text);
    },
  );

  it('names each problem in words, with the header and the text as typed', async () => {
    const book = bookOf(CASES.find((c) => c.name.startsWith('a percent in words')) as Case);
    const [issue] = buildReport(parseWorkbook(await readBook(book)), { now: NOW }).issues;
    expect(formatIssue(issue)).toBe('项目!F3: 进度 "八成" 不是百分比，应为 85%、0.85 或 85');
  });
});

describe('Bad-input corpus through the CLI', () => {
  /**
   * Broken workbooks run through build/cli.cjs as `validate` and `generate`: exit 1, every error line, no file
   * written.
   */
  const BROKEN = [
    'a percent in words (进度 八成)',
    'an impossible Due (计划日期 13/45)',
    'a header twice (进度 in F and K)',
    'a workbook with no tab we know',
  ];
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'weekly-report-bad-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(BROKEN)('%s: validate and generate exit 1, list the errors and write nothing', async (name) => {
    const c = CASES.find((k) => k.name === name) as Case;
    const file = join(work, `${CASES.indexOf(c)}.xlsx`);
    await writeBook(bookOf(c), file);
    const out = join(work, `out-${CASES.indexOf(c)}`);
    mkdirSync(out);
    const validate = await runCliInProcess(['validate', '--workbook', file, '--now', NOW_FLAG]);
    const generate = await runCliInProcess(['generate', '--workbook', file, '--out', out, '--now', NOW_FLAG]);
    for (const result of [validate, generate]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      for (const [tab, cell, severity] of c.expected) {
        if (severity === 'error')
          expect(result.stderr).toMatch(new RegExp(`^(错误|error) ${tab}${cell ? `!${cell}` : ''}: `, 'm'));
      }
    }
    expect(readdirSync(out)).toEqual([]);
  });
});
