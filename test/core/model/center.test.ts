// The center roll-up (SPEC §13) in the core: teams summarised, the week chosen, every team placed, every line
// traced to its row.
import { centerDocument } from '../../../src/core/center-report';
import { type Block, plainText, type ReportDocument } from '../../../src/core/layout/document';
import { readTeams, spreadsheetIdOf } from '../../../src/core/model/center-teams';
import { summariseTeam, unreadableTeam } from '../../../src/core/model/team-summary';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { renderMarkdown } from '../../../src/core/render/markdown';
import type { SheetInput } from '../../../src/core/workbook';
import { HEADER, incidents, metrics, now, objectives, pct, projects, W0, W1 } from './history-workbook';
import { sheet, workbook } from './workbook-builder';

const ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const URL = `https://docs.google.com/spreadsheets/d/${ID}/edit`;

/** The history workbook as a team sheet, its Projects tab with the id Sheets gives it. */
const redTeam = (): SheetInput[] => [
  objectives,
  { ...projects, id: 7 },
  metrics,
  incidents,
  sheet('重点工作', [
    ['周', '事项', '序号', '内容'],
    [W0, '收银台改版', null, '灰度 30%'],
  ]),
];

const greenTeam = (): SheetInput[] => [
  objectives,
  sheet('项目', [
    HEADER,
    [W1, 'O1', '对账', null, '', pct(0.3), null, null, '王五', '进行中', ''],
    [W0, 'O1', '对账', null, '', pct(0.5), null, null, '王五', '进行中', ''],
  ]),
];

const team = (name: string, sheets: SheetInput[], url: string | null = null) => ({
  name,
  lead: `${name}负责人`,
  url,
  workbook: parseWorkbook(workbook(sheets)),
});

const centerSettings = parseWorkbook(workbook([])).settings;
const options = { week: 'latest' as const, now, center: centerSettings };

const texts = (blocks: readonly Block[]): string[] =>
  blocks.flatMap((b) => {
    if (b.kind === 'heading') return [b.text];
    if (b.kind === 'paragraph') return [plainText(b.runs)];
    if (b.kind === 'list') return b.items.map((i) => plainText(i.runs));
    if (b.kind === 'table') return b.rows.map((r) => r.join(' | '));
    return [];
  });

function rollup(): ReportDocument {
  const teams = [
    summariseTeam(team('支付组', redTeam(), URL), options),
    summariseTeam(team('清算组', greenTeam()), options),
    // Rows up to last week only: the center's week is this one, so this team has not submitted.
    summariseTeam(
      team('风控组', [
        objectives,
        sheet('项目', [HEADER, [W1, 'O1', '模型', null, '', pct(0.3), null, null, '', '', '']]),
      ]),
      options,
    ),
    unreadableTeam({ name: '数据组', lead: '', url: null }, '没有访问权限'),
  ];
  return centerDocument(teams, { week: 'latest', now, settings: centerSettings }).document;
}

describe('center roll-up', () => {
  it('shows each submitted team in the table, shaded by its worst status, and names the others under it', () => {
    const doc = rollup();
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r[0])).toEqual(['支付组', '清算组']);
    expect(table.rows[0][2]).toMatch(/^🔴/);
    expect(table.statuses?.[0][2]).toBe('red');
    expect(table.rows[1][2]).toMatch(/^🟢/);
    // 8 projects, 3 red, 2 amber; 7 of 9 rows updated since last week's copy.
    expect(table.rows[0].slice(3, 7)).toEqual(['8', '3', '2', '7/9']);
    const lines = texts(doc.blocks);
    expect(lines).toContain('未提交：风控组');
    expect(lines).toContain('无法读取：团队 数据组（没有访问权限）');
  });

  it('lists red then amber projects across teams, each with its reason and a link to its row', () => {
    const doc = rollup();
    const heading = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '【需关注】');
    const list = doc.blocks[heading + 1];
    if (list?.kind !== 'list') throw new Error('no list');
    const lines = list.items.map((i) => plainText(i.runs));
    expect(lines[0]).toMatch(/^🔴 \S+ 支付组｜商户升级（张三）：已过计划日期 1\/10 项目!A12$/);
    expect(lines[1]).toMatch(/^🔴 \S+ 支付组｜风控：延期 项目!A16$/);
    const firstAmber = lines.findIndex((l) => l.startsWith('🟡'));
    expect(lines.slice(firstAmber).every((l) => l.startsWith('🟡'))).toBe(true);
    // 商户升级's row of the report week is row 12 of the sheet (the header is row 1).
    const link = list.items[0].runs.find((r) => r.link)?.link;
    expect(link).toBe(`${URL}#gid=7&range=A12`);
  });

  it('sums incidents across teams and keeps metrics, asks and highlights with their team', () => {
    const lines = texts(rollup().blocks);
    expect(lines.some((l) => l.startsWith('支付组｜一次支付成功率：99.2826%'))).toBe(true);
    expect(lines).toContain('支付组｜营收：协调银行排期 项目!A18');
    expect(lines).toContain('支付组｜收银台改版：灰度 30%');
    expect(lines.some((l) => l.startsWith('按团队：支付组'))).toBe(true);
  });

  it('renders source links in Markdown as links to the team row', () => {
    const markdown = renderMarkdown(rollup());
    expect(markdown).toContain(`[项目!A16](${URL}#gid=7&range=A16)`);
  });

  it('reads the Teams tab: ids from URLs or bare ids, a cell that is neither a warning at its cell', () => {
    expect(spreadsheetIdOf(URL)).toBe(ID);
    expect(spreadsheetIdOf(` ${ID} `)).toBe(ID);
    expect(spreadsheetIdOf(`https://evil.example/spreadsheets/d/${ID}`)).toBeNull();
    const center = parseWorkbook(
      workbook([
        sheet('团队', [
          ['团队', '表格', '负责人', '邮箱'],
          ['支付组', URL, '张三', 'zhang@example.com'],
          ['清算组', '我们的表', '李四', ''],
        ]),
      ]),
      'center',
    );
    expect(center.findings).toEqual([]);
    const { teams, findings } = readTeams(center);
    expect(teams.map((t) => [t.name, t.spreadsheetId, t.email])).toEqual([
      ['支付组', ID, 'zhang@example.com'],
      ['清算组', null, null],
    ]);
    expect(findings.map((f) => [f.cell, f.severity, f.message])).toEqual([['B3', 'warning', 'notASheet']]);
  });

  it('does not need a team tab in a center sheet, and a team sheet does not need Teams', () => {
    const center = parseWorkbook(workbook([sheet('团队', [['团队', '表格']])]), 'center');
    expect(center.findings).toEqual([]);
    const teamFindings = parseWorkbook(workbook([])).findings;
    expect(teamFindings.some((f) => f.message === 'missingCoreTab')).toBe(true);
    expect(teamFindings.some((f) => JSON.stringify(f.tab).includes('Teams'))).toBe(false);
  });
});
