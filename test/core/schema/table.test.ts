import { findTables } from '../../../src/core/schema/table';
import { sheet, workbook } from '../model/workbook-builder';

describe('finding tabs and columns', () => {
  it('finds a tab by its English name and columns by header in any order, case and spaces ignored', () => {
    const { tables, findings } = findTables(
      workbook([
        sheet(' daily ', [
          [],
          ['CONTENT', 'Remark', 'author', 'D ate'],
          ['写周报', 'x', '张三', '2023-11-07'],
          [null, '', null, null],
          ['评审', null, '李四', '2023-11-08'],
        ]),
      ]),
    );
    const daily = tables.daily;
    expect(daily?.sheet.name).toBe(' daily ');
    expect(Object.fromEntries(daily?.columns ?? [])).toEqual({ content: 0, author: 2, date: 3 });
    expect(daily?.dataRows).toEqual([2, 4]);
    expect(findings.filter((f) => f.tab === ' daily ')).toEqual([]);
  });

  it('warns about a missing tab, does not mind a missing Reports, and stops without Projects', () => {
    const { findings } = findTables(workbook([]));
    const missing = findings.map((f) => [
      typeof f.tab === 'string' ? f.tab : f.tab.en,
      f.severity,
      f.message,
    ]);
    expect(missing).toEqual([
      ['Highlights', 'warning', 'missingTab'],
      ['Objectives', 'warning', 'missingTab'],
      ['Projects', 'error', 'missingCoreTab'],
      ['Metrics', 'warning', 'missingTab'],
      ['Incidents', 'warning', 'missingTab'],
      ['Notes', 'warning', 'missingTab'],
      ['Daily', 'warning', 'missingTab'],
    ]);
  });

  it('names the tab a renamed Projects or Settings tab most likely is', () => {
    const renamed = workbook(
      [
        sheet('项目 (2)', [['周', '目标', '项目']]),
        sheet('Setings', [['Key', 'Value']]),
        sheet('团队备忘', [['x']]),
      ],
      { settings: false },
    );
    const errors = findTables(renamed).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.message, f.params.closest])).toEqual([
      ['missingCoreTabNear', 'Setings'],
      ['missingCoreTabNear', '项目 (2)'],
    ]);
  });

  it('needs Settings once the workbook has tabs, and names no tab when none is close', () => {
    const noSettings = workbook([sheet('项目', [['周', '目标', '项目']]), sheet('Memo', [['x']])], {
      settings: false,
    });
    const errors = findTables(noSettings).findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      {
        tab: { zh: '设置', en: 'Settings' },
        cell: '',
        severity: 'error',
        message: 'missingCoreTab',
        params: expect.anything(),
      },
    ]);
  });

  it('reports a missing required column by tab and header, and reads none of its rows', () => {
    const { tables, findings } = findTables(
      workbook([
        sheet('日报', [
          ['日期', '内容'],
          ['2023-11-07', 'x'],
        ]),
      ]),
    );
    expect(findings).toContainEqual({
      tab: '日报',
      cell: '',
      severity: 'error',
      message: 'missingColumn',
      params: { tab: '日报', column: { zh: '姓名', en: 'Author' } },
    });
    expect(tables.daily?.complete).toBe(false);
  });

  it('reports a duplicated header at its second cell', () => {
    const { findings } = findTables(
      workbook([
        sheet('日报', [
          ['日期', '姓名', '内容', 'Author'],
          ['2023-11-07', 'a', 'x', 'b'],
        ]),
      ]),
    );
    expect(findings).toContainEqual({
      tab: '日报',
      cell: 'D1',
      severity: 'error',
      message: 'duplicateColumn',
      params: { column: 'Author' },
    });
  });
});
