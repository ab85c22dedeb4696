// SPEC §11 in the core: which rows of the report in progress are not updated, by owner, and where reminders go.
import { weeklyTimeCell } from '../../../src/core/cells/weekly-time';
import { completenessLines, ownerLine, reminderLetter } from '../../../src/core/layout/completeness-text';
import { layoutReport } from '../../../src/core/layout/report-document';
import type { ReportModel } from '../../../src/core/model/report-model';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { analyseWorkbook, checkCompleteness } from '../../../src/core/report';
import { outline } from '../layout/outline';
import { sheet, shown, workbook } from './workbook-builder';

/** The report's text, one line per block line; a model that failed to build fails the test. */
function reportText(model: ReportModel | null): string {
  if (model === null) throw new Error('the workbook did not validate');
  return outline(layoutReport(model)).join('\n');
}

/** Friday 2023-11-17 15:00 in Shanghai: the report in progress is 2023-11-20's (SPEC §4.1). */
const friday = new Date('2023-11-17T07:00:00Z');

const header = ['周', '目标', '项目', '序号', '进展', '进度', '上周进度', '负责人', '状态'];
const pct = (n: number) => shown(n, `${Math.round(n * 100)}%`);

/** Last week's rows, and this week's as Start new week copied them, then edited by some owners. */
const projects = sheet('项目', [
  header,
  ['2023-11-13', 'O1', '支付路由', null, '灰度中', pct(0.5), null, '张伟', '进行中'],
  ['2023-11-13', 'O1', '对账系统', null, '联调中', pct(0.3), null, '张伟', '进行中'],
  ['2023-11-13', 'O1', '风控规则', null, '评审中', pct(0.2), null, '李娜', '进行中'],
  ['2023-11-13', 'O1', 'POS收单', null, null, null, null, '王五', '进行中'],
  ['2023-11-13', 'O1', 'POS收单', 1, '联调完成', null, null, null, null],
  ['2023-11-13', 'O1', 'POS收单', 2, '提测中', null, null, null, null],
  ['2023-11-13', 'O1', '账单治理', null, '方案设计', pct(0.4), null, 'chen.jie@example.com', '进行中'],
  ['2023-11-13', 'O1', '商户升级', null, '上线中', pct(0.9), null, '赵敏', '进行中'],
  ['2023-11-13', 'O1', '旧项目', null, '收尾', pct(0.95), null, '刘洋', '进行中'],
  // 2023-11-20: 支付路由 moved on, 对账系统 did not; 风控规则 changed only its Progress; POS point 1 untouched.
  ['2023-11-20', 'O1', '支付路由', null, '全量上线', pct(0.8), pct(0.5), '张伟', '进行中'],
  ['2023-11-20', 'O1', '对账系统', null, '联调中', pct(0.3), pct(0.3), '张伟', '进行中'],
  ['2023-11-20', 'O1', '风控规则', null, '评审中', pct(0.35), pct(0.2), '李娜', '进行中'],
  ['2023-11-20', 'O1', 'POS收单', null, null, null, null, '王五', '进行中'],
  ['2023-11-20', 'O1', 'POS收单', 1, '联调完成', null, null, null, null],
  ['2023-11-20', 'O1', 'POS收单', 2, '已提测', null, null, null, null],
  ['2023-11-20', 'O1', '账单治理', null, '方案设计', pct(0.4), pct(0.4), 'chen.jie@example.com', '进行中'],
  ['2023-11-20', 'O1', '商户升级', null, '上线中', pct(0.9), pct(0.9), '赵敏', '已完成'],
  ['2023-11-20', 'O1', '新项目', null, '启动', null, null, '刘洋', '进行中'],
]);

const people = sheet('人员', [
  ['姓名', '邮箱'],
  ['张伟', 'zhangwei@example.com'],
  ['李娜', 'lina@example.com'],
  ['王五', ''],
]);

const objectives = sheet('目标', [
  ['编号', '名称'],
  ['O1', '服务业务'],
]);

describe('Completeness of the report in progress', () => {
  const { completeness, issues } = checkCompleteness(
    parseWorkbook(workbook([objectives, projects, people])),
    friday,
  );

  it('is read for R, the first Monday after today', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(completeness.week).toBe('2023-11-20');
  });

  it('counts every row of R but a project’s blank heading above its points, and which were updated', () => {
    // 9 rows in R; the POS heading does not count: 8, of which 对账系统, POS point 1 and 账单治理 are not updated.
    expect(completeness).toMatchObject({ total: 8, updated: 5 });
  });

  it('groups the rows not updated by owner, a point under its project’s owner, with each owner’s address', () => {
    expect(completeness.owners).toEqual([
      {
        owner: '张伟',
        address: 'zhangwei@example.com',
        rows: [{ project: '对账系统', no: null, cell: '项目!E12' }],
      },
      { owner: '王五', address: null, rows: [{ project: 'POS收单', no: 1, cell: '项目!E15' }] },
      {
        owner: 'chen.jie@example.com',
        address: 'chen.jie@example.com',
        rows: [{ project: '账单治理', no: null, cell: '项目!E17' }],
      },
    ]);
  });

  it('treats a row that changed only its Progress, a done row and a new project as updated', () => {
    const projectsNamed = completeness.owners.flatMap((o) => o.rows.map((r) => r.project));
    expect(projectsNamed).not.toContain('风控规则');
    expect(projectsNamed).not.toContain('商户升级');
    expect(projectsNamed).not.toContain('新项目');
  });

  it('says it in the sheet’s language, unreachable owners marked', () => {
    expect(completenessLines(completeness, 'zh')).toEqual([
      '2023-11-20 的周报：已更新 5/8',
      '未更新的行，按负责人：',
      '张伟 <zhangwei@example.com>：对账系统',
      '王五（没有邮箱，无法提醒）：POS收单（第1条）',
      'chen.jie@example.com：账单治理',
    ]);
    expect(completenessLines(completeness, 'en')[0]).toBe('Report of 2023-11-20: 5/8 updated');
  });

  it('names rows without an owner in one pair of brackets', () => {
    const nobody = { owner: '', address: null, rows: [{ project: '对账系统', no: null, cell: '项目!E12' }] };
    expect(ownerLine(nobody, 'zh')).toBe('（未填负责人，无法提醒）：对账系统');
    expect(ownerLine(nobody, 'en')).toBe('(no owner: cannot be reminded): 对账系统');
  });

  it('writes one letter per reachable owner with their rows and the sheet’s link, none for the unreachable', () => {
    const context = { team: '支付中心', week: completeness.week, url: 'https://sheets.example/d/1' };
    const [zhang, wang] = completeness.owners;
    expect(reminderLetter(zhang, context, 'zh')).toEqual({
      to: 'zhangwei@example.com',
      subject: '请更新周报：支付中心 2023-11-20（1 项未更新）',
      body: expect.stringContaining('- 对账系统（项目!E12）\n\n请在表格中更新：https://sheets.example/d/1'),
    });
    expect(reminderLetter(wang, context, 'zh')).toBeNull();
  });

  it('is 0 of 0 with a message saying so before Start new week made R’s rows', () => {
    const monday = new Date('2023-11-13T01:00:00Z'); // Monday 11-13: R is 11-20, which has no rows yet
    const kept = projects.values.flatMap((row, i) => (row[0] === '2023-11-20' ? [] : [i]));
    const early = {
      name: '项目',
      values: kept.map((i) => projects.values[i]),
      displays: kept.map((i) => projects.displays[i]),
    };
    const { completeness: none } = checkCompleteness(parseWorkbook(workbook([objectives, early])), monday);
    expect(none).toMatchObject({ week: '2023-11-20', total: 0, updated: 0, owners: [] });
    expect(completenessLines(none, 'zh')).toEqual(['2023-11-20 的周报还没有项目行（开始新一周会添加）']);
  });
});

describe('People', () => {
  it('matches an Owner to a name case- and space-insensitively; a bad address warns and leaves them unreachable', () => {
    const team = sheet('People', [
      ['Name', 'Email'],
      ['Zhang Wei', 'zhangwei@example.com'],
      ['王五', 'wangwu-at-example'],
    ]);
    const rows = sheet('Projects', [
      ['Week', 'Objective', 'Project', 'Status', 'Owner'],
      ['2023-11-13', 'O1', 'Routing', 'rollout', 'zhang  wei'],
      ['2023-11-13', 'O1', 'Ledger', 'design', '王五'],
      ['2023-11-20', 'O1', 'Routing', 'rollout', 'zhang  wei'],
      ['2023-11-20', 'O1', 'Ledger', 'design', '王五'],
    ]);
    const { completeness, issues } = checkCompleteness(
      parseWorkbook(
        workbook([
          sheet('Objectives', [
            ['Code', 'Name'],
            ['O1', 'x'],
          ]),
          rows,
          team,
        ]),
      ),
      friday,
    );
    expect(completeness.owners.map((o) => [o.owner, o.address])).toEqual([
      ['zhang  wei', 'zhangwei@example.com'],
      ['王五', null],
    ]);
    expect(issues.filter((i) => i.tab === 'People')).toEqual([
      expect.objectContaining({
        tab: 'People',
        cell: 'B3',
        severity: 'warning',
        message: expect.stringContaining('wangwu-at-example'),
      }),
    ]);
  });

  it('is optional: a workbook without it gets no warning about it', () => {
    const { issues } = analyseWorkbook(parseWorkbook(workbook([objectives, projects])), { now: friday });
    expect(issues.filter((i) => i.tab.includes('人员') || i.tab.includes('People'))).toEqual([]);
  });
});

describe('The summary with Settings 显示完成度 on', () => {
  const settings = (value: string) =>
    sheet('设置', [
      ['项', '值'],
      ['显示完成度', value],
    ]);

  it('shows 已更新 5/8 and who has rows to update, without their addresses', () => {
    const { model } = analyseWorkbook(
      parseWorkbook(workbook([settings('on'), objectives, projects, people])),
      {
        now: friday,
      },
    );
    const text = reportText(model);
    expect(text).toContain('更新情况：');
    expect(text).toContain('已更新 5/8');
    expect(text).toContain('张伟：对账系统');
    expect(text).toContain('王五：POS收单（第1条）');
    expect(text).not.toContain('zhangwei@example.com');
  });

  it('leaves it out by default and when off', () => {
    for (const sheets of [
      [objectives, projects, people],
      [settings('off'), objectives, projects, people],
    ]) {
      const { model } = analyseWorkbook(parseWorkbook(workbook(sheets)), { now: friday });
      expect(model?.summary?.completeness).toBeUndefined();
      expect(reportText(model)).not.toContain('更新情况');
    }
  });
});

describe('Settings 提醒时间 reminder_time', () => {
  const read = (text: string) => weeklyTimeCell({ value: text, display: text });

  it.each([
    ['周五 15:00', { weekday: 5, hour: 15, minute: 0 }],
    ['星期一9:30', { weekday: 1, hour: 9, minute: 30 }],
    ['周日 08:05', { weekday: 7, hour: 8, minute: 5 }],
    ['Fri 15:00', { weekday: 5, hour: 15, minute: 0 }],
    ['friday 15：00', { weekday: 5, hour: 15, minute: 0 }],
    ['Sun 23:59', { weekday: 7, hour: 23, minute: 59 }],
  ])('reads %s', (text, expected) => {
    expect(read(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['周八 15:00', 'Fri 25:00', 'Fri 15:60', '15:00', 'Fri', 'every friday'])('refuses %s', (text) => {
    expect(read(text)).toMatchObject({ ok: false, problem: { message: 'notWeeklyTime' } });
  });

  it('is off when blank, and a bad value is an error at its cell', () => {
    const blank = analyseWorkbook(parseWorkbook(workbook([objectives, projects])), { now: friday });
    expect(blank.settings.reminderTime).toBeNull();
    const bad = analyseWorkbook(
      parseWorkbook(
        workbook([
          sheet('设置', [
            ['项', '值'],
            ['提醒时间', '周八 15:00'],
          ]),
          objectives,
          projects,
        ]),
      ),
      { now: friday },
    );
    expect(bad.issues).toContainEqual(
      expect.objectContaining({
        tab: '设置',
        cell: 'B2',
        severity: 'error',
        message: expect.stringContaining('周五 15:00'),
      }),
    );
  });
});
