import { parseWorkbook } from '../../../src/core/model/workbook';
import { analyseWorkbook } from '../../../src/core/report';
import { sheet, workbook } from '../model/workbook-builder';

const now = new Date('2023-11-13T01:00:00Z');
const settingsOf = (rows: unknown[][], timeZone = 'Asia/Shanghai') =>
  analyseWorkbook(parseWorkbook(workbook([sheet('设置', [['项', '值'], ...rows])], { timeZone })), { now });

describe('Settings tab', () => {
  it('names the language by its key or its name in either language, like PROGRESS_NOTE does', () => {
    for (const typed of ['en', 'English', '英文', ' ENGLISH ']) {
      expect(settingsOf([['语言', typed]]).settings.language).toBe('en');
    }
    expect(settingsOf([['language', 'Chinese']]).settings.language).toBe('zh');
  });

  it('defaults everything from SPEC §2, the time zone from the spreadsheet', () => {
    expect(
      analyseWorkbook(parseWorkbook(workbook([], { timeZone: 'Europe/Paris' })), { now }).settings,
    ).toEqual({
      team: '团队',
      teamName: null,
      weekNumbering: 'iso',
      language: 'zh',
      period: 'previous-week',
      timeZone: 'Europe/Paris',
      folder: '团队 周报',
      recipients: [],
      incidentMetric: true,
      summary: true,
      chartWeeks: 12,
      showCompleteness: false,
      reminderTime: null,
      maxMailsPerRun: 50,
    });
  });

  it('reads zh and en keys', () => {
    const { settings } = settingsOf([
      ['团队', '支付中心'],
      ['Week Numbering', 'weeknum'],
      ['language', 'EN'],
      ['报告周期', 'current-week'],
      ['时区', 'America/New_York'],
      ['收件人', 'a@example.com， b@example.com'],
      ['incident_metric', 'off'],
      ['概览', '关'],
      ['chart_weeks', 8],
      ['显示完成度', '开'],
      ['reminder_time', 'Fri 15:00'],
      ['每次最多邮件', '２０'],
    ]);
    expect(settings).toEqual({
      team: '支付中心',
      teamName: '支付中心',
      weekNumbering: 'weeknum',
      language: 'en',
      period: 'current-week',
      timeZone: 'America/New_York',
      folder: '支付中心 weekly reports',
      recipients: ['a@example.com', 'b@example.com'],
      incidentMetric: false,
      summary: false,
      chartWeeks: 8,
      showCompleteness: true,
      reminderTime: { weekday: 5, hour: 15, minute: 0 },
      maxMailsPerRun: 20,
    });
  });

  it('reads 每次最多邮件 as a whole number of 1 or more, else an error at its cell', () => {
    for (const bad of ['0', '2.5', '很多']) {
      const { settings, issues } = settingsOf([['max_mails_per_run', bad]]);
      expect(settings.maxMailsPerRun).toBe(50);
      const atSettings = issues.filter((i) => i.tab === '设置');
      expect(atSettings.map((i) => [i.cell, i.severity, i.message])).toEqual([
        ['B2', 'error', `每次最多邮件 "${bad}" 不是邮件数，应为 50 这样的正整数`],
      ]);
    }
  });

  it('reports a bad value at its cell and keeps the default', () => {
    const { settings, issues } = settingsOf([
      ['周编号', 'us'],
      ['时区', 'Mars/Base'],
    ]);
    expect(settings.weekNumbering).toBe('iso');
    expect(issues).toContainEqual({
      tab: '设置',
      cell: 'B2',
      severity: 'error',
      message: '周编号 "us" 不是可选值，应为 iso、weeknum',
    });
    expect(issues).toContainEqual({
      tab: '设置',
      cell: 'B3',
      severity: 'error',
      message: '时区 "Mars/Base" 不是时区，应为 Asia/Shanghai 这样的 IANA 名称',
    });
  });

  it('warns about an unknown key and each bad recipient, and keeps the good recipients', () => {
    const { issues, settings } = settingsOf([
      ['颜色', '红'],
      ['recipients', 'lead@example.com, nobody，cto@example.com'],
    ]);
    expect(settings.recipients).toEqual(['lead@example.com', 'cto@example.com']);
    expect(issues.filter((i) => i.tab === '设置')).toEqual([
      expect.objectContaining({
        cell: 'A2',
        severity: 'warning',
        message: expect.stringContaining('"颜色"'),
      }),
      expect.objectContaining({
        cell: 'B3',
        severity: 'warning',
        message: '收件人 "nobody" 不是邮箱地址，应为 name@example.com',
      }),
    ]);
  });

  it('reads 趋势周数 as a whole number of weeks, 0 turning the charts off', () => {
    expect(settingsOf([['趋势周数', '２６']]).settings.chartWeeks).toBe(26);
    expect(settingsOf([['Chart Weeks', 0]]).settings.chartWeeks).toBe(0);
    expect(settingsOf([['趋势周数', '']]).settings.chartWeeks).toBe(12);
  });

  it('reports a 趋势周数 that is no whole number of weeks at its cell and keeps 12', () => {
    for (const typed of ['十二', 2.5, -4]) {
      const { settings, issues } = settingsOf([
        ['团队', '支付中心'],
        ['趋势周数', typed],
      ]);
      expect(settings.chartWeeks).toBe(12);
      expect(issues).toContainEqual({
        tab: '设置',
        cell: 'B3',
        severity: 'error',
        message: `趋势周数 "${typed}" 不是周数，应为 12 这样的正整数，0 表示不画趋势图`,
      });
    }
  });
});
