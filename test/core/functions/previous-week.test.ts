// PREV_WEEK_VALUE and WEEK_DELTA of SPEC §3: each row against the same key's row of the week before.
import vm from 'node:vm';
import { prevWeekValue, weekDelta } from '../../../src/core';

const zh = { timeZone: 'Asia/Shanghai', language: 'zh' as const };
const en = { timeZone: 'Asia/Shanghai', language: 'en' as const };
const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

describe('PREV_WEEK_VALUE', () => {
  const keys = column('支付网关', '支付网关', '清结算', '支付网关', '清结算');
  const weeks = column('2023-11-06', '2023-11-13', '2023-11-13', '2023-11-20', '2023-11-20');
  const values = column(0.7, 0.85, 0.4, 0.9, 0.5);

  it('gives each row the value of its key in the previous week, blank when there is none', () => {
    expect(prevWeekValue(keys, weeks, values, zh)).toEqual(column('', 0.7, '', 0.85, 0.4));
  });

  it('reads any day of a week as that week, as text, serial number or Date', () => {
    const anyDay = column(
      '2023-11-08',
      45246,
      new Date('2023-11-18T02:00:00Z'),
      '2023/11/26',
      '2023-11-20 09:30',
    );
    expect(prevWeekValue(keys, anyDay, values, zh)).toEqual(column('', 0.7, '', 0.85, 0.4));
  });

  it('takes the week of a Date in the spreadsheet time zone, not UTC', () => {
    // 2023-11-12T16:30Z is Monday 00:30 in Shanghai but still Sunday in UTC.
    const monday = new Date('2023-11-12T16:30:00Z');
    const twoWeeks = [column('a', 'a'), column('2023-11-06', monday), column(1, 2)] as const;
    expect(prevWeekValue(...twoWeeks, zh)).toEqual(column('', 1));
    // In UTC both dates fall in one week: no row has a previous week (blank rows below the last value are not returned).
    expect(prevWeekValue(...twoWeeks, { ...zh, timeZone: 'UTC' })).toEqual(column(''));
  });

  it('reads Dates made in another realm, as the Apps Script bundle makes them', () => {
    const foreign = vm.runInNewContext(
      '[new Date("2023-11-05T16:00:00Z"), new Date("2023-11-12T16:00:00Z")]',
    );
    expect(prevWeekValue(column('a', 'a'), column(...foreign), column(1, 2), zh)).toEqual(column('', 1));
  });

  it('gives blank for rows with a blank key or week, and skips them as previous rows', () => {
    const result = prevWeekValue(
      column('a', '', 'a', 'a'),
      column('2023-11-06', '2023-11-13', '', '2023-11-13'),
      column(1, 2, 3, 4),
      zh,
    );
    expect(result).toEqual(column('', '', '', 1));
  });

  it('takes the last non-blank value of the previous week, so sub-point rows do not hide the main row', () => {
    const result = prevWeekValue(
      column('a', 'a', 'a', 'a'),
      column('2023-11-06', '2023-11-06', '2023-11-06', '2023-11-13'),
      column(0.5, 0.7, '', 0.85),
      zh,
    );
    expect(result).toEqual(column('', '', '', 0.7));
  });

  it('matches keys whatever their surrounding spaces or full-width forms', () => {
    const result = prevWeekValue(
      column(' Ａ项目', 'A项目 '),
      column('2023-11-06', '2023-11-13'),
      column(1, 2),
      zh,
    );
    expect(result).toEqual(column('', 1));
  });

  it('builds one key from several key columns (Group and Metric)', () => {
    const result = prevWeekValue(
      [
        ['支付成功率', '入金'],
        ['支付成功率', '出金'],
        ['支付成功率', '入金'],
        ['支付成功率', '出金'],
      ],
      column('2023-11-06', '2023-11-06', '2023-11-13', '2023-11-13'),
      column(0.99996, 0.9996, 0.99997, 0.99962),
      zh,
    );
    expect(result).toEqual(column('', '', 0.99996, 0.9996));
  });

  it('returns every values column when given several', () => {
    const result = prevWeekValue(
      column('a', 'a'),
      column('2023-11-06', '2023-11-13'),
      [
        [1, 'x'],
        [2, 'y'],
      ],
      zh,
    );
    expect(result).toEqual([
      ['', ''],
      [1, 'x'],
    ]);
  });

  it('answers a single row with a single blank value', () => {
    expect(prevWeekValue('a', '2023-11-13', 1, zh)).toBe('');
  });

  it('names a bad week by its row, in both languages', () => {
    const args = [column('a', 'a'), column('2023-11-06', 'next monday'), column(1, 2)] as const;
    expect(() => prevWeekValue(...args, en)).toThrow(
      'PREV_WEEK_VALUE: weeks (row 2) "next monday" is not a date',
    );
    expect(() => prevWeekValue(...args, zh)).toThrow(
      'PREV_WEEK_VALUE：参数 weeks 第2行 的值 "next monday" 不是日期',
    );
  });

  it('rejects arguments of different heights and a weeks range of several columns', () => {
    expect(() => prevWeekValue(column('a', 'a', 'a'), column('2023-11-06'), column(1, 2, 3), en)).toThrow(
      'PREV_WEEK_VALUE: weeks is 1×1, expected 3×1 like keys',
    );
    expect(() => prevWeekValue('a', [['2023-11-06', '2023-11-13']], 1, zh)).toThrow(
      'PREV_WEEK_VALUE：参数 weeks 应为单列，实际有 2 列',
    );
  });
});

describe('WEEK_DELTA', () => {
  it('gives each row its value minus its key’s value of the previous week', () => {
    const result = weekDelta(
      column('a', 'a', 'b', 'a'),
      column('2023-11-06', '2023-11-13', '2023-11-13', '2023-11-20'),
      column(0.7, 0.85, 3, 0.8),
      zh,
    );
    expect(result).toEqual(column('', 0.15, '', -0.05));
  });

  it('reads percent and number text, and gives blank when either value is missing or not a number', () => {
    const result = weekDelta(
      column('a', 'a', 'b', 'b', 'c', 'c'),
      column('2023-11-06', '2023-11-13', '2023-11-06', '2023-11-13', '2023-11-06', '2023-11-13'),
      column('99.962%', '99.997%', 'n/a', 5, 12, '14'),
      en,
    );
    expect(result).toEqual(column('', 0.00035, '', '', '', 2));
  });

  it('answers a single row with a single blank value', () => {
    expect(weekDelta('a', '2023-11-13', 1, zh)).toBe('');
  });

  it('names a bad week in its own name', () => {
    expect(() => weekDelta('a', 'soon', 1, en)).toThrow('WEEK_DELTA: weeks "soon" is not a date');
  });
});

describe('a 10,000-row column', () => {
  /** Projects × weeks of history, as a Projects tab holds them, with every cell read counted. */
  function table(rows: number) {
    let reads = 0;
    const counted = (cells: unknown[][]): unknown[][] =>
      new Proxy(cells, {
        get(target, property, receiver) {
          if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
          return Reflect.get(target, property, receiver);
        },
      });
    const index = Array.from({ length: rows }, (_, i) => i);
    const args = [
      counted(index.map((i) => [`project ${i % 200}`])),
      counted(index.map((i) => [45243 + 7 * Math.floor(i / 200)])),
      counted(index.map((i) => [(i % 100) / 100])),
    ] as const;
    return { args, reads: () => reads };
  }

  it('answers every row of PREV_WEEK_VALUE and WEEK_DELTA', () => {
    const { args } = table(10_000);
    const previous = prevWeekValue(...args, zh) as unknown[][];
    const deltas = weekDelta(...args, zh) as unknown[][];
    expect(previous).toHaveLength(10_000);
    expect(previous[0]).toEqual(['']);
    expect(previous[9_999]).toEqual([0.99]);
    expect(deltas[9_999]).toEqual([0]);
  });

  it('reads each row a fixed number of times, however long the column (no scan per row)', () => {
    const small = table(1_000);
    const large = table(10_000);
    prevWeekValue(...small.args, zh);
    prevWeekValue(...large.args, zh);
    expect(large.reads()).toBeLessThanOrEqual(10 * 10_000);
    expect(large.reads() / small.reads()).toBeCloseTo(10, 0);
  });
});
