import { parseWorkbook } from '../../src/core/model/workbook';
import { analyseWorkbook, buildReport, planNewWeek } from '../../src/core/report';
import { sheet, shown, workbook } from './model/workbook-builder';

const now = new Date('2024-01-08T01:00:00Z');

/** An English workbook, columns in another order, two weeks of history, numbered by WEEKNUM. */
const english = workbook(
  [
    sheet('Settings', [
      ['Value', 'Key'],
      ['en', 'Language'],
      ['weeknum', 'week_numbering'],
      ['Payments', 'Team'],
    ]),
    sheet('Objectives', [
      ['Name', 'Code'],
      ['Serve the business', 'O1'],
    ]),
    sheet('Projects', [
      ['Project', 'State', 'Progress', 'Week', 'Objective', 'Comment', 'Status', 'Due'],
      ['Ledger', 'active', shown(0.6, '60%'), '2024-01-03', 'o1', 'ignored', 'design', ''],
      ['Ledger', 'active', shown(0.8, '80%'), '2024-01-09', 'O1', '', 'build', '1/20'],
      ['Wallet', 'done', shown(1, '100%'), '2024-01-08', 'O1', '', 'shipped', ''],
    ]),
    sheet('Metrics', [
      ['Metric', 'Week', 'Value', 'Group', 'Target'],
      ['Availability', '2024-01-01', shown(0.9995, '99.95%'), 'Stability', shown(0.9999, '99.99%')],
      ['Availability', '2024-01-08', shown(0.99991, '99.991%'), 'Stability', shown(0.9999, '99.99%')],
    ]),
    sheet('Incidents', [
      ['Level', 'Summary', 'Start', 'Recovered'],
      ['A', 'Old outage', '2023-12-31 10:00', '2023-12-31 11:00'],
      ['D', 'Slow queries', '2024-01-02 09:30', '2024-01-02 10:15'],
      ['B', 'Card gateway down', '2024-01-05 22:10', '2024-01-05 22:40'],
      ['', 'Config push', '2024-01-07 08:00', ''],
      ['C', 'Next week event', '2024-01-08 09:00', ''],
    ]),
    sheet('Daily', [
      ['Author', 'Date', 'Content'],
      ['Ann', '2024-01-05', 'reviewed'],
      ['Bob', '2023-12-29', 'old'],
      ['Bob', '2024-01-02', 'fixed'],
    ]),
    sheet('Highlights', [
      ['Title', 'Week', 'Content'],
      ['Old news', '2024-01-01', 'x'],
      ['Launch', '2024-01-08', 'Wallet shipped'],
    ]),
    sheet('Notes', [
      ['Content', 'Kind', 'Week'],
      ['Plan Q1', 'next', '2024-01-08'],
    ]),
  ],
  { timeZone: 'Europe/London' },
);

describe('an English workbook with two weeks of history', () => {
  const { model, issues } = analyseWorkbook(parseWorkbook(english), { now });

  it('has no problems', () => {
    expect(issues).toEqual([]);
  });

  it('is labelled by its numbering setting', () => {
    // 2024-01-08 is ISO week 2 and WEEKNUM(…, 2) week 2; 2024-01-01 is a Monday, so both agree here.
    expect(model?.week).toEqual({ monday: '2024-01-08', number: 2, start: '2024-01-01', end: '2024-01-07' });
    expect(model?.settings).toMatchObject({ language: 'en', team: 'Payments', weekNumbering: 'weeknum' });
  });

  it('keeps only the period incidents and derives the counts', () => {
    expect(model?.incidents.map((i) => i.summary)).toEqual([
      'Slow queries',
      'Card gateway down',
      'Config push',
    ]);
    expect(model?.incidents.map((i) => i.durationMinutes)).toEqual([45, 30, null]);
    expect(model?.incidentCounts).toEqual({ ab: 1, cd: 1 });
  });

  it("keeps only the period daily entries and this week's highlights and notes", () => {
    expect(model?.daily.map((d) => d.date)).toEqual(['2024-01-02', '2024-01-05']);
    expect(model?.highlights.map((h) => h.title)).toEqual(['Launch']);
    expect(model?.nextWeek).toEqual(['Plan Q1']);
  });

  it("takes deltas from the previous week's rows", () => {
    expect(model?.objectives[0].projects.map((p) => [p.project, p.progress, p.previous, p.due])).toEqual([
      ['Ledger', 0.8, 0.6, '1/20'],
      ['Wallet', 1, null, null],
    ]);
    expect(model?.metricGroups[0].metrics[0]).toMatchObject({ previousValue: 0.9995, status: 'met' });
  });
});

describe('an ISO-numbered workbook where the numberings disagree', () => {
  it('labels 2023-11-13 as week 46 (ISO) or 47 (WEEKNUM)', () => {
    const projects = sheet('项目', [
      ['周', '目标', '项目'],
      ['2023-11-13', 'O1', 'x'],
    ]);
    const numbering = (value: string) =>
      analyseWorkbook(
        parseWorkbook(
          workbook([
            projects,
            sheet('设置', [
              ['项', '值'],
              ['周编号', value],
            ]),
          ]),
        ),
        { now },
      ).model?.week.number;
    expect(numbering('iso')).toBe(46);
    expect(numbering('weeknum')).toBe(47);
  });
});

describe('buildReport', () => {
  it('lays out the model when there is no error', () => {
    const report = buildReport(parseWorkbook(english), { now });
    expect(report.model).not.toBeNull();
    expect(report.document).not.toBeNull();
  });

  it("gives no document when there is an error, named by the header as typed, in the tabs' language", () => {
    const broken = workbook([
      sheet('Projects', [
        ['Week', 'Objective', 'Project', 'Progress'],
        ['2024-01-08', 'O1', 'x', '120%'],
      ]),
    ]);
    const report = buildReport(parseWorkbook(broken), { now });
    expect(report.document).toBeNull();
    expect(report.issues).toContainEqual({
      tab: 'Projects',
      cell: 'D2',
      severity: 'error',
      message: 'Progress "120%" is above 100%',
    });
  });
});

describe('planNewWeek', () => {
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const projects = sheet('项目', [
    ['周', '目标', '项目', '序号', '进展', '进度', '上周进度', '状态', '备注'],
    [day('2023-11-06'), 'O1', '物保', null, '旧', 0.3, null, '进行中', ''],
    [day('2023-11-13'), 'O1', '物保', null, '测试准备', shown(0.5, '50%'), 0.3, '进行中', '=不是公式'],
    [day('2023-11-13'), 'O2', '双活', 1, '网络打通', null, null, '', ''],
    [day('2023-11-13'), 'O2', '双活', null, '', '40%', null, '延期', ''],
    [day('2023-11-13'), 'O1', '退代', null, '上线', 1, null, '已完成', ''],
  ]);
  const highlights = sheet('重点工作', [
    ['周', '事项', '序号', '内容'],
    [day('2023-11-13'), '大模型', 1, 'CodeLink'],
  ]);
  const input = workbook([projects, highlights]);
  /** Wednesday 2023-11-15 in Shanghai: the report in progress is 11-20's. */
  const wednesday = new Date('2023-11-15T07:30:00Z');

  it("copies open projects and highlights to next week, Previous = this week's Progress", () => {
    const plan = planNewWeek(parseWorkbook(input), { now: wednesday });
    expect(plan.week).toBe('2023-11-20');
    expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const next = { date: '2023-11-20' };
    expect(plan.appends).toEqual([
      {
        sheet: '项目',
        after: 6,
        rows: [
          [next, 'O1', '物保', null, '测试准备', 0.5, 0.5, '进行中', '=不是公式'],
          [next, 'O2', '双活', 1, '网络打通', null, null, null, null],
          [next, 'O2', '双活', null, null, '40%', '40%', '延期', null],
        ],
      },
      { sheet: '重点工作', after: 2, rows: [[next, '大模型', 1, 'CodeLink']] },
    ]);
    expect(plan.notYet).toBeNull();
  });

  /** The workbook once this week's plan is appended. */
  function appendedTo(plan: ReturnType<typeof planNewWeek>) {
    const appended = (name: string) => plan.appends.find((a) => a.sheet === name)?.rows ?? [];
    const toCells = (row: readonly unknown[]) =>
      row.map((cell) => (cell && typeof cell === 'object' && 'date' in cell ? day(String(cell.date)) : cell));
    return workbook([
      sheet('项目', [...projects.values, ...appended('项目').map(toCells)]),
      sheet('重点工作', [...highlights.values, ...appended('重点工作').map(toCells)]),
    ]);
  }

  it('never runs ahead: once next week’s rows exist, it appends nothing until that week is in progress', () => {
    const again = appendedTo(planNewWeek(parseWorkbook(input), { now: wednesday }));
    for (const at of ['2023-11-15T07:30:00Z', '2023-11-19T15:59:00Z']) {
      const plan = planNewWeek(parseWorkbook(again), { now: new Date(at) });
      expect(plan.appends).toEqual([]);
      expect(plan.notYet).toEqual({ next: '2023-11-27', inProgress: '2023-11-20' });
    }
    // Monday 11-20 00:30 in Shanghai: the report in progress is 11-27's, so its rows may start.
    const monday = planNewWeek(parseWorkbook(again), { now: new Date('2023-11-19T16:30:00Z') });
    expect(monday.week).toBe('2023-11-27');
    expect(monday.appends.map((a) => [a.sheet, a.rows.length])).toEqual([
      ['项目', 3],
      ['重点工作', 1],
    ]);
  });

  it('appends below the tab’s own data, not below a derived column filled to the end of the sheet', () => {
    const filled = workbook([
      sheet('项目', [
        ['周', '目标', '项目', '进度', '上周进度', '较上周'],
        [day('2023-11-13'), 'O1', '物保', 0.5, 0.3, 0.2],
        ...Array.from({ length: 997 }, () => [null, null, null, null, null, '']),
        [null, null, null, null, null, 0],
      ]),
    ]);
    expect(planNewWeek(parseWorkbook(filled), { now: wednesday }).appends.map((a) => a.after)).toEqual([2]);
  });

  it('appends nothing the second time, even copying from the same week by name', () => {
    const again = appendedTo(planNewWeek(parseWorkbook(input), { now: wednesday }));
    expect(planNewWeek(parseWorkbook(again), { week: '2023-11-13', now: wednesday }).appends).toEqual([]);
    expect(planNewWeek(parseWorkbook(again), { now: new Date('2023-11-13T02:00:00Z') }).appends).toEqual([]);
  });

  it('leaves 需支持 Asks blank: an ask is for one week and is restated, never carried over', () => {
    const withAsks = workbook([
      sheet('设置', [['项', '值']]),
      sheet('项目', [
        ['周', '目标', '项目', '进度', '需支持', '负责人'],
        [day('2023-11-13'), 'O1', '物保', 0.5, '需要测试环境', '张三'],
      ]),
    ]);
    const plan = planNewWeek(parseWorkbook(withAsks), {
      week: '2023-11-13',
      now: new Date('2023-11-20T02:00:00Z'),
    });
    expect(plan.appends.map(({ sheet, rows }) => ({ sheet, rows }))).toEqual([
      { sheet: '项目', rows: [[{ date: '2023-11-20' }, 'O1', '物保', 0.5, null, '张三']] },
    ]);
  });

  it('leaves a derived column blank, so the formula filling it keeps working, and never reads it', () => {
    const withDerived = workbook([
      sheet('项目', [
        ['周', '目标', '项目', '进度', '上周进度', '较上周'],
        [day('2023-11-13'), 'O1', '物保', 0.5, 0.3, 0.2],
      ]),
    ]);
    expect(planNewWeek(parseWorkbook(withDerived), { now: wednesday }).appends).toEqual([
      { sheet: '项目', after: 2, rows: [[{ date: '2023-11-20' }, 'O1', '物保', 0.5, 0.5, null]] },
    ]);
    expect(
      analyseWorkbook(parseWorkbook(withDerived), { now }).issues.filter((i) => i.severity === 'error'),
    ).toEqual([]);
  });

  it('plans nothing and says why when the rows have errors', () => {
    const broken = workbook([
      sheet('项目', [
        ['周', '目标', '项目', '进度'],
        ['2023-11-13', 'O1', 'x', '120%'],
      ]),
    ]);
    const plan = planNewWeek(parseWorkbook(broken), { now: wednesday });
    expect(plan.appends).toEqual([]);
    expect(plan.issues).toContainEqual(expect.objectContaining({ cell: 'D2', severity: 'error' }));
  });
});

describe('the workbook language', () => {
  const projects = (name: string, header: string[]) =>
    sheet(name, [header, ['2023-11-13', 'O1', 'x', '120%']]);

  it('is English when every tab has its English name and Settings does not say', () => {
    const { settings, issues } = analyseWorkbook(
      parseWorkbook(workbook([projects('Projects', ['Week', 'Objective', 'Project', 'Progress'])])),
      { now },
    );
    expect(settings.language).toBe('en');
    expect(issues).toContainEqual(
      expect.objectContaining({ cell: 'D2', message: expect.stringMatching(/above 100%/) }),
    );
  });

  it('is Chinese when a tab has its Chinese name, and Settings 语言 overrides the names', () => {
    const chinese = workbook([projects('项目', ['周', '目标', '项目', '进度'])]);
    expect(analyseWorkbook(parseWorkbook(chinese), { now }).settings.language).toBe('zh');
    const saysZh = workbook([
      sheet('Settings', [
        ['Key', 'Value'],
        ['language', 'zh'],
      ]),
      projects('Projects', ['Week', 'Objective', 'Project', 'Progress']),
    ]);
    expect(analyseWorkbook(parseWorkbook(saysZh), { now }).settings.language).toBe('zh');
  });
});
