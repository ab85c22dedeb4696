// TABS, the one declaration of every tab and column: what Set up, init and the readers derive from it.
import { derivedFormula, referencedColumn, TABS, tabDef } from '../../../src/core/schema/tabs';

describe('TABS', () => {
  it('points every column-sourced dropdown at a column that exists', () => {
    const refs = TABS.flatMap((tab) =>
      tab.columns.flatMap((column) =>
        'dropdown' in column && column.dropdown && 'column' in column.dropdown
          ? [column.dropdown.column]
          : [],
      ),
    );
    expect(refs).toEqual([{ tab: 'objectives', key: 'code' }]);
    expect(referencedColumn(refs[0]).column.zh).toBe('编号');
    expect(() => referencedColumn({ tab: 'objectives', key: 'colour' })).toThrow(
      'TABS: no column objectives.colour',
    );
  });

  it('writes each derived formula over the whole columns it reads, by their position', () => {
    const projects = tabDef('projects');
    const metrics = tabDef('metrics');
    expect(derivedFormula(projects, projects.derived[0])).toBe('=PROGRESS_DELTA(F2:F, G2:G)');
    expect(metrics.derived.map((d) => derivedFormula(metrics, d))).toEqual([
      '=WEEK_DELTA(C2:C, A2:A, D2:D)',
      '=METRIC_STATUS(D2:D, E2:E, F2:F)',
    ]);
  });

  it('names every tab and column once in each language', () => {
    const names = (list: readonly { zh: string; en: string }[]) => [
      list.map((n) => n.zh),
      list.map((n) => n.en),
    ];
    for (const side of names(TABS)) expect(new Set(side).size).toBe(TABS.length);
    for (const tab of TABS) {
      for (const side of names([...tab.columns, ...tab.derived])) {
        expect(new Set(side).size).toBe(tab.columns.length + tab.derived.length);
      }
    }
  });
});
