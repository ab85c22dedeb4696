// WEEK_LABEL and WEEK_START of SPEC §3: the report week of a date, ISO vs WEEKNUM, in the sheet's time zone.
import vm from 'node:vm';
import { weekLabelFn, weekStart } from '../../../src/core';
import { wallClock } from '../../../src/core/dates';

const zh = { timeZone: 'Asia/Shanghai', language: 'zh' as const };
const en = { timeZone: 'Asia/Shanghai', language: 'en' as const };
const utc = { timeZone: 'UTC', language: 'zh' as const };
/** 00:30 on Monday 2023-11-13 in Shanghai, still Sunday 2023-11-12 in UTC. */
const mondayInShanghai = new Date('2023-11-12T16:30:00Z');

describe('WEEK_LABEL', () => {
  it('labels the example report week 第46周 (iso, the default) or 第47周 (weeknum)', () => {
    expect(weekLabelFn('2023-11-13', '', zh)).toBe('第46周 2023-11-13');
    expect(weekLabelFn('2023-11-13', 'iso', zh)).toBe('第46周 2023-11-13');
    expect(weekLabelFn('2023-11-13', 'weeknum', zh)).toBe('第47周 2023-11-13');
  });

  it('gives every day of a week the label of its Monday', () => {
    const days = [['2023-11-13'], ['2023-11-15'], ['2023-11-19'], ['2023-11-20']];
    expect(weekLabelFn(days, 'iso', zh)).toEqual([
      ['第46周 2023-11-13'],
      ['第46周 2023-11-13'],
      ['第46周 2023-11-13'],
      ['第47周 2023-11-20'],
    ]);
  });

  it.each([
    ['2021-01-01', '第53周 2020-12-28', '第53周 2020-12-28'],
    ['2024-12-30', '第1周 2024-12-30', '第53周 2024-12-30'],
    ['2025-01-01', '第1周 2024-12-30', '第53周 2024-12-30'],
    ['2026-12-31', '第53周 2026-12-28', '第53周 2026-12-28'],
    ['2023-01-01', '第52周 2022-12-26', '第53周 2022-12-26'],
    ['2023-01-02', '第1周 2023-01-02', '第2周 2023-01-02'],
  ])('labels %s at the year boundary as %s (iso) and %s (weeknum)', (date, iso, weeknum) => {
    expect(weekLabelFn(date, 'iso', zh)).toBe(iso);
    expect(weekLabelFn(date, 'weeknum', zh)).toBe(weeknum);
  });

  it('labels in the spreadsheet language and reads the numbering in any case or as the Sheets function name', () => {
    expect(weekLabelFn('2023-11-13', 'WEEKNUM', en)).toBe('Week 47, 2023-11-13');
    expect(weekLabelFn('2023-11-13', 'IsoWeekNum', en)).toBe('Week 46, 2023-11-13');
  });

  it('reads Dates, serial numbers and YYYY-MM-DD text', () => {
    expect(weekLabelFn(45245, '', zh)).toBe('第46周 2023-11-13');
    expect(weekLabelFn(new Date('2023-11-15T02:00:00Z'), '', zh)).toBe('第46周 2023-11-13');
    expect(weekLabelFn(vm.runInNewContext('new Date("2023-11-15T02:00:00Z")'), '', zh)).toBe(
      '第46周 2023-11-13',
    );
  });

  it('takes the day of a Date in the spreadsheet time zone', () => {
    expect(weekLabelFn(mondayInShanghai, '', zh)).toBe('第46周 2023-11-13');
    expect(weekLabelFn(mondayInShanghai, '', utc)).toBe('第45周 2023-11-06');
  });

  it('gives blank for a blank date, and applies a column of numberings row by row', () => {
    expect(weekLabelFn('', 'iso', zh)).toBe('');
    expect(weekLabelFn('2023-11-13', [['iso'], ['weeknum'], ['']], zh)).toEqual([
      ['第46周 2023-11-13'],
      ['第47周 2023-11-13'],
      ['第46周 2023-11-13'],
    ]);
  });

  it('names a bad date or numbering, in both languages', () => {
    expect(() => weekLabelFn('2023-02-30', '', en)).toThrow('WEEK_LABEL: date "2023-02-30" is not a date');
    expect(() => weekLabelFn('下周一', '', zh)).toThrow('WEEK_LABEL：参数 date 的值 "下周一" 不是日期');
    expect(() => weekLabelFn(true, '', en)).toThrow('WEEK_LABEL: date "true" is not a date');
    expect(() => weekLabelFn('2023-11-13', 'us', en)).toThrow(
      'WEEK_LABEL: numbering "us" is not one of iso (ISOWEEKNUM), weeknum (WEEKNUM)',
    );
    expect(() => weekLabelFn('2023-11-13', 'us', zh)).toThrow('WEEK_LABEL：参数 numbering 的值 "us" 无效');
  });
});

describe('WEEK_START', () => {
  it('gives midnight of the Monday in the spreadsheet time zone', () => {
    const start = weekStart('2023-11-16', zh) as Date;
    expect(start.toISOString()).toBe('2023-11-12T16:00:00.000Z');
    expect(wallClock(start, zh.timeZone)).toBe('2023-11-13T00:00');
  });

  it('finds the Monday of a Date in the spreadsheet time zone, not UTC', () => {
    expect((weekStart(mondayInShanghai, zh) as Date).toISOString()).toBe('2023-11-12T16:00:00.000Z');
    expect((weekStart(mondayInShanghai, utc) as Date).toISOString()).toBe('2023-11-06T00:00:00.000Z');
  });

  it('follows the zone’s offset of that Monday across daylight saving time', () => {
    const newYork = { timeZone: 'America/New_York', language: 'en' as const };
    expect((weekStart('2024-03-08', newYork) as Date).toISOString()).toBe('2024-03-04T05:00:00.000Z');
    expect((weekStart('2024-03-12', newYork) as Date).toISOString()).toBe('2024-03-11T04:00:00.000Z');
  });

  it('maps a column to a column of Dates, blank rows blank', () => {
    const result = weekStart([['2023-11-13'], [''], [45251]], zh) as unknown[][];
    expect(result.map(([d]) => (d === '' ? '' : wallClock(d as Date, zh.timeZone)))).toEqual([
      '2023-11-13T00:00',
      '',
      '2023-11-20T00:00',
    ]);
  });

  it('names a bad date by its row', () => {
    expect(() => weekStart([['2023-11-13'], ['13/45']], en)).toThrow(
      'WEEK_START: date (row 2) "13/45" is not a date',
    );
  });
});
