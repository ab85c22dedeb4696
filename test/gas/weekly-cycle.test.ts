// SPEC §4.1 through the bundle: the weekly cycle repeated as a team runs it, and a scheduled run that is never silent.
import { docsOf } from './doc-shape';
import { type Harness, harness } from './harness';

/** The Settings tab with these rows added below its header. */
function setting(h: Harness, ...rows: [string, string][]): void {
  const settings = h.world.spreadsheetApp.spreadsheet.sheet('设置');
  settings.getRange(settings.getLastRow() + 1, 1, rows.length, 2).setValues(rows);
}

/** Dates written by the bundle come from its own realm, where `instanceof Date` does not hold. */
const isDate = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object Date]';

const weeksOf = (h: Harness): string[] => {
  const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
  const week = projects.values()[0].indexOf('周');
  return [
    ...new Set(
      projects
        .values()
        .slice(1)
        .map((row) => (isDate(row[week]) ? (row[week] as Date).toISOString().slice(0, 10) : '')),
    ),
  ];
};

describe('Start new week, clicked again and again', () => {
  it('appends the report in progress once, then says the next week has not begun', () => {
    const h = harness(); // Wednesday 2023-11-15: the report in progress is 11-20's
    h.run('startNewWeek');
    const once = h.world.spreadsheetApp.spreadsheet.sheet('项目').values();
    h.run('startNewWeek');
    h.run('startNewWeek');
    expect(h.world.spreadsheetApp.spreadsheet.sheet('项目').values()).toEqual(once);
    expect(h.world.spreadsheetApp.ui.alerts.slice(1)).toEqual([
      '下一周 2023-11-27 尚未开始：今天属于 2023-11-20 的周报，未追加任何行',
      '下一周 2023-11-27 尚未开始：今天属于 2023-11-20 的周报，未追加任何行',
    ]);
    // Dates are midnight in Shanghai: 11-19T16:00Z is 11-20.
    expect(weeksOf(h)).toEqual(
      ['2023-11-05T16:00:00', '2023-11-12T16:00:00', '2023-11-19T16:00:00'].map((d) => d.slice(0, 10)),
    );
  });

  it('appends right below the data on a set-up sheet whose derived column is filled to its last row', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const header = projects.values()[0];
    const derived = header.length + 1;
    projects.getRange(1, derived).setValues([['较上周']]);
    projects.spillColumn(derived);
    const ownRows = projects.grid.map((row, r) =>
      row.slice(0, header.length).some((c) => c.value !== '') ? r : -1,
    );
    const lastData = Math.max(...ownRows) + 1;
    expect(projects.getLastRow()).toBe(1000);
    h.run('startNewWeek');
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([expect.stringMatching(/^已为 2023-11-20 这一周追加/)]);
    expect(projects.grid[lastData].some((c) => isDate(c.value))).toBe(true);
    expect(projects.getMaxRows()).toBe(1000);
  });

  it('grows the sheet when the data reaches its last row', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    projects.maxRows = projects.getLastRow();
    h.run('startNewWeek');
    expect(projects.getMaxRows()).toBeGreaterThan(projects.maxRows - 1);
    expect(projects.getLastRow()).toBe(projects.getMaxRows());
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([expect.stringMatching(/^已为 2023-11-20 这一周追加/)]);
  });
});

describe('Generate refuses what it cannot report', () => {
  it('writes nothing for a week with no Projects rows and lists the weeks there are', () => {
    const h = harness();
    h.world.spreadsheetApp.ui.answers.push({ button: 'OK', text: '2030-01-01' });
    h.run('generateReportForWeek');
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.spreadsheetApp.ui.dialogs[0].html).toContain(
      '项目: 2029-12-31 这一周在项目表中没有行，未生成任何内容；有行的周：2023-11-13, 2023-11-06',
    );
  });

  it('names the tab a renamed 项目 most likely is, and writes nothing', () => {
    const h = harness();
    h.world.spreadsheetApp.spreadsheet.sheet('项目').name = '项目 (2)';
    h.run('generateWeeklyReport');
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.spreadsheetApp.ui.dialogs[0].html).toContain(
      '找不到&quot;项目&quot;；是否是&quot;项目 (2)&quot;？',
    );
  });

  it('reports a #REF! at its cell instead of printing it', () => {
    const h = harness();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const status = projects.values()[0].indexOf('进展') + 1;
    projects.getRange(3, status).setValues([['#REF!']]);
    h.run('generateWeeklyReport');
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.spreadsheetApp.ui.dialogs[0].html).toContain('项目!E3: 进展 是公式错误 &quot;#REF!&quot;');
  });
});

describe('The scheduled run', () => {
  it('generates the report due today, not the draft of next week that Start new week began', () => {
    const h = harness();
    h.run('startNewWeek');
    h.confirm('scheduleReport');
    h.fire(h.world.scriptApp.triggers[0]);
    expect(docsOf(h.world).map((d) => d.name)).toEqual(['第46周 2023-11-13']);
  });

  it('logs and mails a failure to the schedule’s owner when Settings lists no recipients', () => {
    const h = harness();
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      h.confirm('scheduleReport');
      const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
      projects.getRange(2, projects.values()[0].indexOf('进度') + 1).setValues([['120%']]);
      h.fire(h.world.scriptApp.triggers[0]);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('周报未生成：表格中有 1 个问题'));
      expect(h.world.mailApp.sent).toEqual([
        expect.objectContaining({ to: 'lead@example.com', subject: '周报未生成：表格中有 1 个问题' }),
      ]);
    } finally {
      errors.mockRestore();
    }
  });

  it('retries once, 5 minutes later, when the sheet is busy; then tells the recipients', () => {
    const h = harness();
    setting(h, ['收件人', 'cto@example.com']);
    h.confirm('scheduleReport');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      h.world.lockService.lock.heldElsewhere = true;
      h.fire(h.world.scriptApp.triggers[0]);
      const retry = h.world.scriptApp.triggers.find((t) => t.handler === 'scheduledWeeklyReportRetry');
      expect(retry).toMatchObject({ afterMs: 5 * 60 * 1000 });
      expect(h.world.mailApp.sent).toEqual([]);
      h.fire(retry as NonNullable<typeof retry>);
      expect(h.world.scriptApp.triggers.map((t) => t.handler)).toEqual(['scheduledWeeklyReport']);
      // The owner hears of it too (SPEC §12), with the recipients they confirmed.
      expect(h.world.mailApp.sent).toEqual([
        expect.objectContaining({ to: 'lead@example.com,cto@example.com' }),
      ]);
      expect(h.world.mailApp.sent[0].subject).toContain('一直被另一次操作占用');
      expect(errors).toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('writes the report on the retry when the sheet was free by then', () => {
    const h = harness();
    setting(h, ['收件人', 'cto@example.com']);
    h.confirm('scheduleReport');
    h.world.lockService.lock.heldElsewhere = true;
    h.fire(h.world.scriptApp.triggers[0]);
    h.world.lockService.lock.heldElsewhere = false;
    h.fire(h.world.scriptApp.triggers[1]);
    expect(docsOf(h.world)).toHaveLength(1);
    expect(h.world.mailApp.sent).toEqual([expect.objectContaining({ subject: '第46周 2023-11-13' })]);
  });

  it('mails the good recipients and skips a bad address', () => {
    const h = harness();
    setting(h, ['收件人', 'cto@example.com, nobody, pm@example.com']);
    h.confirm('scheduleReport');
    h.fire(h.world.scriptApp.triggers[0]);
    expect(h.world.mailApp.sent.map((m) => m.to)).toEqual(['cto@example.com,pm@example.com']);
  });

  it('never sends more than the day’s quota, and logs who was not mailed', () => {
    const h = harness();
    setting(h, ['收件人', 'cto@example.com, pm@example.com']);
    h.world.mailApp.quota = 1;
    h.confirm('scheduleReport');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      h.fire(h.world.scriptApp.triggers[0]);
      expect(h.world.mailApp.sent).toEqual([]);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('cto@example.com, pm@example.com'));
    } finally {
      errors.mockRestore();
    }
  });
});

describe('One schedule per spreadsheet', () => {
  it('keeps one trigger when a second editor clicks Schedule, and tells them who owns it', () => {
    const h = harness();
    h.confirm('scheduleReport');
    h.world.session.activeEmail = 'pm@example.com';
    h.confirm('scheduleReport');
    expect(h.world.scriptApp.triggers).toHaveLength(1);
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      '定时生成由 lead@example.com 设置（每个表格只保留一个定时）；请联系 lead@example.com 修改或取消。若它错过运行超过一天，任何编辑者都可以重新设置来接管。',
    );
    h.run('removeSchedule');
    expect(h.world.scriptApp.triggers).toHaveLength(1);
  });

  it('says whether there was a schedule to remove', () => {
    const h = harness();
    h.confirm('scheduleReport');
    h.run('removeSchedule');
    h.run('removeSchedule');
    expect(h.world.scriptApp.triggers).toEqual([]);
    expect(h.world.spreadsheetApp.ui.alerts.slice(-2)).toEqual([
      '已取消定时生成。',
      '当前没有由你设置的定时生成，未做改动。',
    ]);
    h.world.session.activeEmail = 'pm@example.com';
    h.confirm('scheduleReport');
    expect(h.world.scriptApp.triggers).toHaveLength(1);
  });
});
