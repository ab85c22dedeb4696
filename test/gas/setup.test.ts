// Set up sheet through the bundle: missing tabs with headers, frozen row, dropdowns and formats; idempotent.
import { harness } from './harness';

describe('Set up sheet', () => {
  it('creates every tab of an empty spreadsheet with Chinese headers, a frozen header row and dropdowns', () => {
    const h = harness({ seed: false });
    h.run('setUpSheet');
    const spreadsheet = h.world.spreadsheetApp.spreadsheet;
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        '设置',
        '重点工作',
        '目标',
        '项目',
        '指标',
        '生产事件',
        '总结',
        '日报',
        '报告',
      ]),
    );
    const projects = spreadsheet.sheet('项目');
    expect(projects.values()[0]).toEqual([
      '周',
      '目标',
      '项目',
      '序号',
      '进展',
      '进度',
      '上周进度',
      '计划日期',
      '负责人',
      '状态',
      '需支持',
      '较上周',
    ]);
    expect(projects.cell(2, 12).formula).toBe('=PROGRESS_DELTA(F2:F, G2:G)');
    expect(projects.cell(3, 12).formula).toBeUndefined();
    expect(spreadsheet.sheet('指标').cell(2, 8).formula).toBe('=METRIC_STATUS(D2:D, E2:E, F2:F)');
    expect(projects.frozenRows).toBe(1);
    expect(projects.cell(2, 6).format).toBe('0%');
    expect(projects.cell(2, 1).format).toBe('yyyy-mm-dd');
    expect(projects.cell(2, 10).validation?.list).toEqual(['进行中', '已完成', '延期', '风险', '暂停']);
    expect(projects.cell(2, 2).validation?.rangeOf).toEqual({ sheet: '目标', column: 1 });
    expect(spreadsheet.sheet('生产事件').cell(2, 1).format).toBe('yyyy-mm-dd hh:mm');
  });

  it('leaves existing values untouched, and a second run changes nothing the first did not', () => {
    const h = harness();
    const spreadsheet = h.world.spreadsheetApp.spreadsheet;
    const existing = spreadsheet.sheets.map((s) => s.name);
    const values = () =>
      JSON.stringify(
        spreadsheet.sheets
          .filter((s) => existing.includes(s.name))
          .map((s) => [s.name, s.values(), s.frozenRows]),
      );
    const grids = () => JSON.stringify(spreadsheet.sheets.map((s) => [s.name, s.grid]));
    const before = values();
    h.run('setUpSheet');
    expect(values()).toBe(before);
    const once = grids();
    h.run('setUpSheet');
    expect(grids()).toBe(once);
    // The sample predates the People tab (SPEC §11): the first run adds it, the second finds every tab.
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([
      '已创建：人员',
      '所有表格都已存在；已为其中的列恢复格式和下拉选项，数据未改动。',
    ]);
  });

  it('repairs the dropdowns and formats a Set up that stopped halfway left out, under the document lock', () => {
    const h = harness({ seed: false });
    h.run('setUpSheet');
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const state = projects.values()[0].indexOf('状态') + 1;
    const week = projects.values()[0].indexOf('周') + 1;
    for (const row of projects.grid.slice(1)) {
      delete row[state - 1]?.validation;
      if (row[week - 1]) row[week - 1].format = '';
    }
    h.world.lockService.lock.releases = 0;
    h.run('setUpSheet');
    expect(projects.cell(2, state).validation?.list).toEqual(['进行中', '已完成', '延期', '风险', '暂停']);
    expect(projects.cell(2, week).format).toBe('yyyy-mm-dd');
    expect(h.world.lockService.lock.releases).toBe(1);
  });

  it('says so, and changes nothing, while another action holds the lock', () => {
    const h = harness({ seed: false });
    h.world.lockService.lock.heldElsewhere = true;
    h.run('setUpSheet');
    expect(h.world.spreadsheetApp.spreadsheet.sheets).toEqual([]);
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([expect.stringContaining('正在生成')]);
  });

  it('runs twice on an empty spreadsheet with the same result', () => {
    const h = harness({ seed: false });
    h.run('setUpSheet');
    const spreadsheet = h.world.spreadsheetApp.spreadsheet;
    const once = JSON.stringify(spreadsheet.sheets.map((s) => [s.name, s.grid, s.frozenRows]));
    h.run('setUpSheet');
    expect(JSON.stringify(spreadsheet.sheets.map((s) => [s.name, s.grid, s.frozenRows]))).toBe(once);
  });
});
