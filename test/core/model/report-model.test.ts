import type { ReportModel } from '../../../src/core/model/report-model';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { analyseWorkbook } from '../../../src/core/report';
import type { SheetInput } from '../../../src/core/workbook';
import { sheet, shown, workbook } from './workbook-builder';

const now = new Date('2023-11-13T07:30:00Z'); // 15:30 in Shanghai
const day = (date: string) => new Date(`${date}T00:00:00Z`); // an .xlsx date: UTC fields are the wall clock

const objectives = sheet('目标', [
  ['编号', '名称', '排序'],
  ['O3', '安全稳定、降本提效', 3],
  ['O1', '服务业务', 1],
  ['O2', '系统升级', 2],
]);

const projects = sheet('项目', [
  ['周', '目标', '项目', '序号', '进展', '进度', '上周进度', '计划日期', '负责人', '状态'],
  [day('2023-11-06'), 'O2', '风险数据指标', null, '', shown(0.7, '70%'), null, null, '王五', '进行中'],
  [day('2023-11-06'), 'O1', '定转X', null, '研发中', 0.5, null, null, '赵六', '进行中'],
  [
    day('2023-11-13'),
    'O1',
    '定转X',
    null,
    '光大备份通道研发',
    0.4,
    null,
    day('2023-11-23'),
    '赵六',
    '进行中',
  ],
  [day('2023-11-13'), 'O2', 'POS收单系统建设', 2, 'POS APP与应用市场', null, null, null, '', ''],
  [day('2023-11-13'), 'O2', 'POS收单系统建设', 1, '支付链路整体联调测试完成', null, null, null, '', ''],
  [day('2023-11-13'), 'O2', '风险数据指标', null, '', shown(0.85, '85%'), null, null, '王五', '进行中'],
  [day('2023-11-13'), 'O3', '营收收入对接EBS', null, '项目总体进度：55%', '55%', '50%', '11/28', '', '风险'],
  [day('2023-11-13'), 'O1', '商户升级', null, '账单改进', null, null, '11月16日', '', '延期'],
  [day('2023-11-13'), 'O1', '存管衍生', null, '二期研发', null, null, day('2023-11-10'), '', '进行中'],
  [day('2023-11-13'), 'O1', '交易不成退代', null, '完成', 1, null, day('2023-11-09'), '', '已完成'],
]);

const metrics = sheet('指标', [
  ['周', '分组', '指标', '数值', '目标值', '方向'],
  [day('2023-11-06'), '支付成功率', '入金有效成功率', shown(0.99996, '99.996%'), null, null],
  [
    day('2023-11-13'),
    '支付成功率',
    '入金有效成功率',
    shown(0.99997, '99.997%'),
    shown(0.9999, '99.99%'),
    null,
  ],
  [day('2023-11-13'), '支付成功率', '一次支付成功率', shown(0.992826, '99.2826%'), '99.5', ''],
  [day('2023-11-13'), '系统可用性', '支付系统年度可用性', shown(0.99998, '99.998%'), null, null],
  [day('2023-11-13'), '响应', 'P99 延迟', shown(180, '180 ms'), 200, '越低越好'],
]);

const incidents = sheet('生产事件', [
  ['开始时间', '发现方式', '事件', '影响', '原因', '恢复时间', '级别', '后续措施'],
  [
    '2023-11-12 18:42',
    '监控发现',
    '履约合同生成异常',
    '影响合同生成',
    '阿里云服务异常',
    '2023-11-12 17:13',
    '',
    '',
  ],
  ['2023-11-06 11:52', '监控发现', '应用双活', '影响从库', '扩容', '2023-11-06 11:53', 'C', '复盘'],
  ['2023-11-05 23:00', '告警', '上周的事件', '', '', '', 'A', ''],
  ['2023-11-13 09:00', '告警', '本周的事件', '', '', '', 'B', ''],
]);

const highlights = sheet('重点工作', [
  ['周', '事项', '序号', '内容'],
  [day('2023-11-06'), '旧事项', null, '上周'],
  [day('2023-11-13'), '大模型技术应用', 2, '存管AI助理'],
  [day('2023-11-13'), '银行虚户建设', null, '产品和系统总体设计完成'],
  [day('2023-11-13'), '大模型技术应用', 1, 'CodeLink覆盖率达到100%'],
]);

const notes = sheet('总结', [
  ['周', '类型', '序号', '内容'],
  [day('2023-11-13'), '下周工作', 2, '机构合作网络项目立项'],
  [day('2023-11-13'), '收获与反思', null, '二天的组织部大会'],
  [day('2023-11-13'), '下周工作', 1, '银行虚户及贝好家方案的系统设计细化'],
  [day('2023-11-13'), '下周工作', null, ''],
  [day('2023-11-06'), '下周工作', 1, '上周的目标'],
]);

const daily = sheet('日报', [
  ['日期', '姓名', '内容'],
  [day('2023-11-07'), '张三', '联调'],
  [day('2023-11-05'), '张三', '上周的日报'],
  [day('2023-11-06'), '李四', '评审'],
  [day('2023-11-07'), '李四', '测试'],
  [day('2023-11-13'), '李四', '本周的日报'],
]);

const analysis = (extra: SheetInput[] = [], week?: string) =>
  analyseWorkbook(
    parseWorkbook(workbook([objectives, projects, metrics, incidents, highlights, notes, daily, ...extra])),
    {
      now,
      week,
    },
  );
const modelOf = (extra: SheetInput[] = [], week?: string): ReportModel => {
  const { model, issues } = analysis(extra, week);
  if (!model) throw new Error(JSON.stringify(issues));
  return model;
};

describe('the report week', () => {
  it('is the latest Week in Projects, numbered by ISO week and covering the previous week', () => {
    expect(modelOf().week).toEqual({
      monday: '2023-11-13',
      number: 46,
      start: '2023-11-06',
      end: '2023-11-12',
    });
  });

  it('numbers by WEEKNUM(date, 2) and covers the current week when Settings say so', () => {
    const settings = sheet('设置', [
      ['项', '值'],
      ['周编号', 'weeknum'],
      ['报告周期', 'current-week'],
    ]);
    expect(modelOf([settings]).week).toEqual({
      monday: '2023-11-13',
      number: 47,
      start: '2023-11-13',
      end: '2023-11-19',
    });
  });

  it('is the Monday of any day asked for', () => {
    expect(modelOf([], '2023-11-09').week.monday).toBe('2023-11-06');
  });

  it('is the latest week with Projects rows up to the report in progress: a draft yes, next week’s copies no', () => {
    const ahead = (...mondays: string[]) =>
      sheet('项目', [
        ...projects.values,
        ...mondays.map((monday) => [day(monday), 'O1', '定转X', null, '下周', 0.5, null, null, '', '']),
      ]);
    const weekOf = (at: string, ...mondays: string[]) =>
      analyseWorkbook(parseWorkbook(workbook([objectives, ahead(...mondays)])), { now: new Date(at) }).model
        ?.week.monday;
    // Wednesday 11-15 (Shanghai): the report in progress is 11-20's, so its draft is chosen, not 11-27's copies.
    expect(weekOf('2023-11-15T07:30:00Z', '2023-11-20', '2023-11-27')).toBe('2023-11-20');
    // Sunday 11-19, 23:30 in Shanghai: still 11-20's; Monday 11-20, 00:30: 11-27's is in progress.
    expect(weekOf('2023-11-19T15:30:00Z', '2023-11-27')).toBe('2023-11-13');
    expect(weekOf('2023-11-19T16:30:00Z', '2023-11-27')).toBe('2023-11-27');
  });

  it('is an error, naming the weeks there are, when the week asked for has no Projects rows', () => {
    const { model, issues } = analyseWorkbook(parseWorkbook(workbook([objectives, projects])), {
      now,
      week: '2030-01-01',
    });
    expect(model).toBeNull();
    expect(issues).toContainEqual({
      tab: '项目',
      cell: '',
      severity: 'error',
      message: '2029-12-31 这一周在项目表中没有行，未生成任何内容；有行的周：2023-11-13, 2023-11-06',
    });
  });

  it('needs Projects: Highlights or Metrics alone give no report week', () => {
    const only = (s: SheetInput) => analyseWorkbook(parseWorkbook(workbook([s])), { now });
    for (const tab of [highlights, metrics]) {
      expect(only(tab).model).toBeNull();
      expect(
        only(tab)
          .issues.filter((i) => i.severity === 'error')
          .map((i) => i.tab),
      ).toEqual(['项目']);
    }
  });

  it('records generation time in the report time zone', () => {
    expect(modelOf().generatedAt).toBe('2023-11-13T15:30');
  });
});

describe('objectives and projects', () => {
  const sections = () => modelOf().objectives;

  it('lists objectives in Order with their projects of the week in sheet order', () => {
    expect(sections().map((o) => [o.code, o.name, o.projects.map((p) => p.project)])).toEqual([
      ['O1', '服务业务', ['定转X', '商户升级', '存管衍生', '交易不成退代']],
      ['O2', '系统升级', ['POS收单系统建设', '风险数据指标']],
      ['O3', '安全稳定、降本提效', ['营收收入对接EBS']],
    ]);
  });

  it('makes numbered rows the points of a project, in No order', () => {
    expect(sections()[1].projects[0]).toEqual({
      project: 'POS收单系统建设',
      status: '',
      progress: null,
      previous: null,
      due: null,
      owner: '',
      state: 'active',
      points: ['支付链路整体联调测试完成', 'POS APP与应用市场'],
    });
  });

  it("takes the delta source from last week's row when Previous is blank", () => {
    expect(sections()[1].projects[1]).toMatchObject({ progress: 0.85, previous: 0.7 });
  });

  it('prefers Previous when it is set', () => {
    expect(sections()[2].projects[0]).toMatchObject({ progress: 0.55, previous: 0.5, state: 'at-risk' });
  });

  it('shows a Due date as M/D and keeps Due text as typed', () => {
    const [fixed, merchant] = sections()[0].projects;
    expect(fixed.due).toBe('11/23');
    expect(merchant).toMatchObject({ due: '11月16日', state: 'delayed' });
  });
});

describe('metrics', () => {
  it('groups the week by Group, shows values exactly as displayed, compares with last week and Target', () => {
    expect(modelOf().metricGroups).toEqual([
      {
        name: '支付成功率',
        metrics: [
          {
            name: '入金有效成功率',
            display: '99.997%',
            value: 0.99997,
            isPercent: true,
            decimals: 3,
            previousValue: 0.99996,
            target: 0.9999,
            targetDisplay: '99.99%',
            direction: 'higher',
            status: 'met',
          },
          expect.objectContaining({
            display: '99.2826%',
            decimals: 4,
            previousValue: null,
            target: 0.995,
            targetDisplay: '99.5',
            status: 'missed',
          }),
        ],
      },
      {
        name: '系统可用性',
        metrics: [expect.objectContaining({ display: '99.998%', target: null, status: null })],
      },
      {
        name: '响应',
        metrics: [expect.objectContaining({ display: '180 ms', direction: 'lower', status: 'met' })],
      },
    ]);
  });
});

describe('incidents', () => {
  it('keeps only the period, in time order, with durations when recovery follows the start', () => {
    expect(modelOf().incidents.map((i) => [i.start, i.level, i.durationMinutes])).toEqual([
      ['2023-11-06T11:52', 'C', 1],
      ['2023-11-12T18:42', null, null],
    ]);
  });

  it('derives the AB / CD counts from the period incidents', () => {
    expect(modelOf().incidentCounts).toEqual({ ab: 0, cd: 1 });
  });

  it('derives no counts when 事故指标 is off', () => {
    const settings = sheet('设置', [
      ['项', '值'],
      ['事故指标', 'off'],
    ]);
    expect(modelOf([settings]).incidentCounts).toBeNull();
  });
});

describe('highlights, notes and daily entries', () => {
  it('makes one highlight per Title: the unnumbered row its content, numbered rows its points', () => {
    expect(modelOf().highlights).toEqual([
      { title: '大模型技术应用', content: '', points: ['CodeLink覆盖率达到100%', '存管AI助理'] },
      { title: '银行虚户建设', content: '产品和系统总体设计完成', points: [] },
    ]);
  });

  it('orders the week notes by No and skips empty ones', () => {
    expect(modelOf().reflections).toEqual(['二天的组织部大会']);
    expect(modelOf().nextWeek).toEqual(['银行虚户及贝好家方案的系统设计细化', '机构合作网络项目立项']);
  });

  it('groups the period daily entries per day', () => {
    expect(modelOf().daily).toEqual([
      { date: '2023-11-06', entries: [{ author: '李四', content: '评审' }] },
      {
        date: '2023-11-07',
        entries: [
          { author: '张三', content: '联调' },
          { author: '李四', content: '测试' },
        ],
      },
    ]);
  });
});

describe('warnings', () => {
  const warnings = () => analysis().issues.filter((i) => i.severity === 'warning');

  it('warns about a recovery before its start', () => {
    expect(warnings()).toContainEqual({
      tab: '生产事件',
      cell: 'F2',
      severity: 'warning',
      message: '恢复时间 "2023-11-12 17:13" 早于开始时间 11/12 18:42',
    });
  });

  it('warns about progress lower than last week', () => {
    expect(warnings()).toContainEqual(
      expect.objectContaining({ tab: '项目', cell: 'F4', message: '进度 "40%" 低于上周的 50%' }),
    );
  });

  it('warns about a Due date passed for a project not done, only', () => {
    const due = warnings().filter((w) => w.tab === '项目' && w.cell.startsWith('H'));
    expect(due).toEqual([
      expect.objectContaining({
        cell: 'H10',
        message: '计划日期 "11/10" 已过（报告日 2023-11-13），项目尚未完成',
      }),
    ]);
  });

  it('warns about metrics without a Target', () => {
    expect(
      warnings()
        .filter((w) => w.tab === '指标')
        .map((w) => w.message),
    ).toEqual(['指标 "支付系统年度可用性" 没有目标值，无法判断是否达标']);
  });

  it('still gives a model', () => {
    expect(analysis().model).not.toBeNull();
  });
});

describe('errors', () => {
  it('leave no model but keep the settings', () => {
    const settings = sheet('设置', [
      ['项', '值'],
      ['语言', 'en'],
    ]);
    const broken = sheet('日报', [
      ['日期', '姓名', '内容'],
      ['13/45', '张三', 'x'],
    ]);
    const result = analyseWorkbook(parseWorkbook(workbook([settings, projects, broken])), { now });
    expect(result.model).toBeNull();
    expect(result.settings.language).toBe('en');
    expect(result.issues).toContainEqual(
      expect.objectContaining({ tab: '日报', cell: 'A2', message: expect.stringContaining('is not a date') }),
    );
  });
});
