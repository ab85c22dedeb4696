// METRIC_STATUS and DOWNTIME_BUDGET of SPEC §3: a metric against its target, downtime an availability allows.
import { downtimeBudget, metricStatus } from '../../../src/core';

const zh = { timeZone: 'Asia/Shanghai', language: 'zh' as const };
const en = { timeZone: 'Asia/Shanghai', language: 'en' as const };

describe('METRIC_STATUS', () => {
  it('says 达标 when a higher-is-better metric reaches its target, 未达标 otherwise', () => {
    expect(metricStatus(0.99997, 0.9999, '', zh)).toBe('达标');
    expect(metricStatus(0.9998, 0.9999, 'higher', zh)).toBe('未达标');
  });

  it('says met / missed in English', () => {
    expect(metricStatus(0.99997, 0.9999, '', en)).toBe('met');
    expect(metricStatus(0.9998, 0.9999, '', en)).toBe('missed');
  });

  it('counts a value equal to its target as met, whichever way it is written', () => {
    expect(metricStatus(0.9999, '99.99%', '', zh)).toBe('达标');
    expect(metricStatus('99.99%', 0.9999, 'lower', zh)).toBe('达标');
    expect(metricStatus(0.3, 0.1 + 0.2, '', zh)).toBe('达标');
  });

  it('compares lower-is-better metrics the other way, direction named in either language', () => {
    expect(metricStatus(180, 200, 'lower', en)).toBe('met');
    expect(metricStatus(250, 200, '越低越好', en)).toBe('missed');
    expect(metricStatus(250, 200, ' Lower ', zh)).toBe('未达标');
  });

  it('maps a column of values against one target', () => {
    expect(metricStatus([[0.99997], [0.9962]], '99.9%', '', zh)).toEqual([['达标'], ['未达标']]);
  });

  it('returns no blank rows below the last value, so a whole-column formula does not fill the sheet', () => {
    const column = [[0.99997], [''], [0.9962], ...Array.from({ length: 997 }, () => [''])];
    expect(metricStatus(column, '99.9%', '', zh)).toEqual([['达标'], [''], ['未达标']]);
    expect(metricStatus([[''], ['']], '99.9%', '', zh)).toEqual([['']]);
  });

  it('gives blank when the value or the target is blank', () => {
    expect(metricStatus('', 0.9999, '', zh)).toBe('');
    expect(metricStatus(0.9999, null, '', zh)).toBe('');
  });

  it('names a bad value, target or direction, in both languages', () => {
    expect(() => metricStatus('fast', 1, '', en)).toThrow('METRIC_STATUS: value "fast" is not a number');
    expect(() => metricStatus(1, 'high', '', zh)).toThrow('METRIC_STATUS：参数 target 的值 "high" 不是数值');
    expect(() => metricStatus(1, 1, 'up', en)).toThrow(
      'METRIC_STATUS: direction "up" is not one of higher, lower',
    );
    expect(() => metricStatus(1, 1, 'up', zh)).toThrow('应为 higher（越高越好）, lower（越低越好）');
  });
});

describe('DOWNTIME_BUDGET', () => {
  it.each([0.9999, 99.99, '99.99%', '99.99 %'])('allows 52.56 minutes a year at %p', (availability) => {
    expect(downtimeBudget(availability, '', zh)).toBe(52.56);
  });

  it('allows per month (30 days) and per week, named in either language', () => {
    expect(downtimeBudget('99.9%', 'month', zh)).toBe(43.2);
    expect(downtimeBudget('99.9%', 'week', zh)).toBe(10.08);
    expect(downtimeBudget('99.9%', '周', en)).toBe(10.08);
    expect(downtimeBudget('99.999%', 'year', zh)).toBe(5.256);
  });

  it('allows nothing at 100% and the whole period at 0%', () => {
    expect(downtimeBudget(1, 'week', zh)).toBe(0);
    expect(downtimeBudget('0%', 'week', zh)).toBe(10080);
  });

  it('maps a column, blank rows blank', () => {
    expect(downtimeBudget([['99.99%'], [''], [0.999]], 'year', zh)).toEqual([[52.56], [''], [525.6]]);
  });

  it('names a bad availability or period, in both languages', () => {
    expect(() => downtimeBudget('high', '', en)).toThrow(
      'DOWNTIME_BUDGET: availability "high" is not a percent',
    );
    expect(() => downtimeBudget('101%', '', zh)).toThrow(
      'DOWNTIME_BUDGET：参数 availability 的值 "101%" 超出 0–100%',
    );
    expect(() => downtimeBudget(0.999, 'day', en)).toThrow(
      'DOWNTIME_BUDGET: period "day" is not one of year, month, week',
    );
    expect(() => downtimeBudget(0.999, 'day', zh)).toThrow('应为 year（年）, month（月）, week（周）');
  });
});
