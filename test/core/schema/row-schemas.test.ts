import { parseWorkbook } from '../../../src/core/model/workbook';
import { analyseWorkbook } from '../../../src/core/report';
import { sheet, workbook } from '../model/workbook-builder';

const now = new Date('2023-11-13T01:00:00Z');
const objectives = sheet('目标', [
  ['编号', '名称', '排序'],
  ['O1', '服务业务', 1],
]);
const english = sheet('设置', [
  ['项', '值'],
  ['language', 'en'],
]);
const issuesOf = (...sheets: ReturnType<typeof sheet>[]) =>
  analyseWorkbook(parseWorkbook(workbook([objectives, ...sheets])), { now }).issues.filter(
    (i) => i.severity === 'error',
  );

describe('Projects tab', () => {
  const projects = sheet('项目', [
    ['周', '目标', '项目', '进度', '状态'],
    ['2023-11-13', 'O1', '物保', '120%', '进行中'],
    ['2023-11-13', 'O9', '看懂账', '50%', '延期'],
    ['2023-11-13', 'O1', '', 0.5, null],
    ['2023-11-13', 'O1', '商户升级', 0.5, '搁置'],
  ]);

  it('reports 进度 above 100% at its cell', () => {
    expect(issuesOf(projects)).toContainEqual({
      tab: '项目',
      cell: 'D2',
      severity: 'error',
      message: '进度 "120%" 超过 100%',
    });
  });

  it('reports an unknown Objective code and State with what was expected', () => {
    const issues = issuesOf(projects);
    expect(issues).toContainEqual(
      expect.objectContaining({ cell: 'B3', message: '目标 "O9" 不在目标表中，应为 O1' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        cell: 'E5',
        message: '状态 "搁置" 不是可选值，应为 进行中、已完成、延期、风险、暂停',
      }),
    );
  });

  it('reports a blank Project', () => {
    expect(issuesOf(projects)).toContainEqual(
      expect.objectContaining({ cell: 'C4', message: '项目为空，需要填写' }),
    );
  });

  it('speaks English in an English workbook', () => {
    expect(issuesOf(english, projects)).toContainEqual(
      expect.objectContaining({ cell: 'D2', message: '进度 "120%" is above 100%' }),
    );
  });

  it('reports rows with the same Week, Project and No', () => {
    const duplicated = sheet('项目', [
      ['周', '目标', '项目', '序号', '进展'],
      ['2023-11-13', 'O1', '双活', 1, 'a'],
      ['2023-11-13', 'O1', '双活', 1, 'b'],
    ]);
    expect(issuesOf(english, duplicated)).toContainEqual({
      tab: '项目',
      cell: 'C3',
      severity: 'error',
      message: '项目 "双活" already has a row for 2023-11-13 with the same No (row 2)',
    });
  });

  it('reports a Week that is not a date', () => {
    const badWeek = sheet('Projects', [
      ['Week', 'Objective', 'Project'],
      ['下周一', 'O1', 'x'],
    ]);
    expect(issuesOf(english, badWeek)).toContainEqual(
      expect.objectContaining({
        tab: 'Projects',
        cell: 'A2',
        message: 'Week "下周一" is not a date; expected 2023-11-16, 11/16 or 11月16日',
      }),
    );
  });
});

describe('Metrics tab', () => {
  it('reports a Value without a number and an unknown Direction', () => {
    const metrics = sheet('指标', [
      ['周', '指标', '数值', '方向'],
      ['2023-11-13', '可用性', '—', 'up'],
    ]);
    expect(issuesOf(metrics).filter((i) => i.tab === '指标')).toEqual([
      expect.objectContaining({ cell: 'C2', message: '数值 "—" 不是数字，应为 99.99% 或 664 这样的数值' }),
      expect.objectContaining({ cell: 'D2', message: '方向 "up" 不是可选值，应为 越高越好、越低越好' }),
    ]);
  });
});

describe('Incidents tab', () => {
  it('reports a Start that is not a date-time and an unknown Level', () => {
    const incidents = sheet('生产事件', [
      ['开始时间', '事件', '级别'],
      ['昨天', '扩容', 'E'],
    ]);
    expect(issuesOf(english, incidents).filter((i) => i.tab === '生产事件')).toEqual([
      expect.objectContaining({
        cell: 'A2',
        message: '开始时间 "昨天" is not a date-time; expected 2023-11-12 18:42 or 11/12 18:42',
      }),
      expect.objectContaining({ cell: 'C2', message: '级别 "E" is not one of A, B, C, D' }),
    ]);
  });
});

describe('Notes, Daily, Highlights and Objectives tabs', () => {
  it('report their cells', () => {
    const issues = issuesOf(
      sheet('总结', [
        ['周', '类型', '内容'],
        ['2023-11-13', '感想', 'x'],
      ]),
      sheet('日报', [
        ['日期', '姓名', '内容'],
        ['13/45', '张三', 'x'],
      ]),
      sheet('重点工作', [
        ['周', '事项', '序号', '内容'],
        ['2023-11-13', '大模型', 'a', 'x'],
      ]),
      sheet('Objectives', [
        ['Code', 'Name'],
        ['O2', ''],
      ]),
    );
    const cells = issues.filter((i) => i.cell !== '').map((i) => `${i.tab}!${i.cell}`);
    expect(cells).toEqual(['重点工作!C2', '总结!B2', '日报!A2']);
  });

  it('reads the first of two sheets that name the same tab', () => {
    const issues = issuesOf(
      sheet('Objectives', [
        ['Code', 'Name'],
        ['O2', ''],
      ]),
    );
    expect(issues.filter((i) => i.tab === 'Objectives')).toEqual([]);
  });
});
