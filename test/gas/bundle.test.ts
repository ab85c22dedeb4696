// The pushed artifact itself: dist/Code.js loaded into one global scope, as Apps Script loads it.
import { bundleSource } from '../fakes/load-bundle';
import { harness } from './harness';

const CUSTOM_FUNCTIONS = [
  'PROGRESS_DELTA',
  'PREV_WEEK_VALUE',
  'WEEK_DELTA',
  'PROGRESS_NOTE',
  'WEEK_LABEL',
  'WEEK_START',
  'METRIC_STATUS',
  'DOWNTIME_BUDGET',
];

describe('dist/Code.js', () => {
  it('has no export statement', () => {
    expect(bundleSource()).not.toMatch(/^export /m);
  });

  it.each(CUSTOM_FUNCTIONS)('declares %s at top level right below its @customfunction JSDoc', (name) => {
    const jsDoc = new RegExp(
      `/\\*\\*((?!\\*/)[\\s\\S])*@param \\{[^}]+\\} \\w+((?!\\*/)[\\s\\S])*@return((?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\nfunction ${name}\\(`,
    );
    expect(bundleSource()).toMatch(jsDoc);
  });
});

describe('周报 menu', () => {
  it.each(['onOpen', 'onInstall'])('%s adds 周报 (Weekly report) with its twelve actions', (entry) => {
    const h = harness({ seed: false });
    h.run(entry);
    const [menu] = h.world.spreadsheetApp.ui.menus;
    expect(menu.title).toBe('周报 (Weekly report)');
    expect(menu.items.map((i) => i.caption)).toEqual([
      '生成周报 Generate weekly report',
      '生成指定周… Generate for a week…',
      '预览 Preview',
      '发送周报 Send report',
      '校验数据 Validate',
      '开始新一周 Start new week',
      '初始化表格 Set up sheet',
      '定时生成 Schedule',
      '取消定时 Remove schedule',
      '提醒未更新 Remind owners',
      '定时提醒 Schedule reminders',
      '取消定时提醒 Remove reminders',
    ]);
  });

  it('names a global function, not a private one, for every item', () => {
    const h = harness({ seed: false });
    h.run('onOpen');
    for (const { functionName } of h.world.spreadsheetApp.ui.menus[0].items) {
      expect(typeof h.script[functionName]).toBe('function');
      expect(functionName).not.toMatch(/_$/);
    }
  });

  it('needs no authorisation: onOpen touches only the Ui', () => {
    const h = harness({ seed: false });
    h.run('onOpen');
    expect(h.world.calls.count('SpreadsheetApp', 'SpreadsheetApp.getUi')).toBe(1);
    expect(h.world.calls.count('SpreadsheetApp', 'SpreadsheetApp.getActiveSpreadsheet')).toBe(0);
  });
});

describe('Validate', () => {
  it('finds no problem in the sample and writes nothing', () => {
    const h = harness();
    h.run('validateSheet');
    const [dialog] = h.world.spreadsheetApp.ui.dialogs;
    expect(dialog.html).toContain('没有发现问题。');
    expect(dialog.html).not.toMatch(/!\w+\d+: /);
    expect(h.world.docs.docs.size).toBe(0);
    expect(h.world.calls.count('SpreadsheetApp', 'Range.setValues')).toBe(0);
  });
});
