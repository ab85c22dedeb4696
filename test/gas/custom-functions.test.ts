// The custom functions of SPEC §3 as Sheets calls them: globals of the bundle, ranges as 2-D arrays, Dates.
import vm from 'node:vm';
import { wallClock } from '../../src/core/dates';
import { harness } from './harness';

/** A Date made inside the script's realm, as Sheets hands date cells to a custom function. */
const scriptDate = (context: vm.Context, iso: string): Date => vm.runInContext(`new Date('${iso}')`, context);

describe('custom functions', () => {
  it('PROGRESS_DELTA answers a whole column, blank in → blank out, and nothing below the last value', () => {
    const h = harness({ seed: false });
    const column = (...cells: unknown[]) => [
      ...cells.map((cell) => [cell]),
      ...Array.from({ length: 995 }, () => ['']),
    ];
    const result = h.run('PROGRESS_DELTA', column(0.85, '', 0.5), column(0.7, '', 0.5)) as number[][];
    expect(result).toHaveLength(3);
    expect(result[0][0]).toBeCloseTo(0.15, 10);
    expect(result[1][0]).toBe('');
    expect(result[2][0]).toBe(0);
  });

  it('PREV_WEEK_VALUE and WEEK_DELTA look up the same key in the previous week', () => {
    const h = harness({ seed: false });
    const d = (iso: string) => scriptDate(h.script, iso);
    const keys = [['A'], ['B'], ['A'], ['B']];
    const weeks = [
      [d('2023-11-06T00:00:00+08:00')],
      [d('2023-11-06T00:00:00+08:00')],
      [d('2023-11-13T00:00:00+08:00')],
      [d('2023-11-15T00:00:00+08:00')],
    ];
    const values = [[10], [20], [15], [18]];
    expect(h.run('PREV_WEEK_VALUE', keys, weeks, values)).toEqual([[''], [''], [10], [20]]);
    expect(h.run('WEEK_DELTA', keys, weeks, values)).toEqual([[''], [''], [5], [-2]]);
  });

  it('PROGRESS_NOTE writes the report’s phrase in the spreadsheet’s language', () => {
    const h = harness({ seed: false });
    expect(h.run('PROGRESS_NOTE', 0.85, 0.7)).toBe('总体进度85%，较上周70%新增15%进度');
    expect(h.run('PROGRESS_NOTE', 0.85, '', 'en')).toBe('85%');
  });

  it.each([
    ['2023-11-15T10:00:00+08:00', 'iso', '第46周 2023-11-13'],
    ['2023-11-15T10:00:00+08:00', 'weeknum', '第47周 2023-11-13'],
    ['2025-01-01T10:00:00+08:00', 'iso', '第1周 2024-12-30'],
    ['2025-01-01T10:00:00+08:00', 'weeknum', '第53周 2024-12-30'],
  ])('WEEK_LABEL(%s, %s) is %s', (iso, numbering, label) => {
    const h = harness({ seed: false });
    expect(h.run('WEEK_LABEL', scriptDate(h.script, iso), numbering)).toBe(label);
  });

  it('WEEK_START takes the Monday in the spreadsheet’s time zone, not the process’s', () => {
    const h = harness({ seed: false });
    // Monday 01:00 in Shanghai is still Sunday in UTC.
    const [[blank], [monday]] = h.run('WEEK_START', [
      [''],
      [scriptDate(h.script, '2023-11-12T17:00:00Z')],
    ]) as Date[][];
    expect(wallClock(monday, 'Asia/Shanghai')).toBe('2023-11-13T00:00');
    expect(blank).toBe('');
  });

  it('METRIC_STATUS and DOWNTIME_BUDGET', () => {
    const h = harness({ seed: false });
    expect(h.run('METRIC_STATUS', [[0.99997], [0.9]], [[0.9999], [0.95]], 'higher')).toEqual([
      ['达标'],
      ['未达标'],
    ]);
    expect(h.run('DOWNTIME_BUDGET', 0.9999, 'year')).toBeCloseTo(52.56, 6);
  });

  it('names the bad argument in its error, in the spreadsheet’s language', () => {
    const zh = harness({ seed: false });
    expect(() => zh.run('METRIC_STATUS', 0.9, 0.95, 'sideways')).toThrow(/direction.*sideways/);
    const en = harness({ seed: false, locale: 'en_US' });
    expect(() => en.run('WEEK_START', 'not a day')).toThrow(/WEEK_START: date "not a day" is not a date/);
  });
});
