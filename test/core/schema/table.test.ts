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

  it('warns about a missing tab and does not mind a missing Settings or Reports', () => {
    const { findings } = findTables(workbook([]));
    const missing = findings.map((f) => (typeof f.tab === 'string' ? f.tab : f.tab.en));
    expect(missing).toEqual([
      'Highlights',
      'Objectives',
      'Projects',
      'Metrics',
      'Incidents',
      'Notes',
      'Daily',
    ]);
    expect(findings.every((f) => f.severity === 'warning' && f.message === 'missingTab')).toBe(true);
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
