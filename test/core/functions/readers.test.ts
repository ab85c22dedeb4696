// Reading argument cells: percents, numbers, dates and choices as custom functions receive them.
import { isBlankValue as isBlank } from '../../../src/core/cells/cell';
import { numberOf, readDate, readPercent, roundNoise } from '../../../src/core/functions/readers';

const cell = (value: unknown) => ({ fn: 'TEST', language: 'en' as const, arg: 'x', value });

describe('argument cells', () => {
  it('counts empty, missing and all-space cells as blank, but not 0 or false', () => {
    expect([null, undefined, '', ' \t'].every(isBlank)).toBe(true);
    expect([0, false, 'x'].some(isBlank)).toBe(false);
  });

  it('reads numbers, numeric text and percent text as numbers', () => {
    expect(numberOf(12)).toBe(12);
    expect(numberOf(' 1.5e3 ')).toBe(1500);
    expect(numberOf('99.2826%')).toBe(0.992826);
    expect(numberOf('-3%')).toBe(-0.03);
    expect([Number.NaN, Number.POSITIVE_INFINITY, '12ms', true, null].map(numberOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads percents without the noise of dividing by 100', () => {
    expect(readPercent(cell(99.99))).toBe(0.9999);
    expect(readPercent(cell('99.2826%'))).toBe(0.992826);
    expect(readPercent(cell(0))).toBe(0);
  });

  it('rounds float noise away symmetrically and never gives −0', () => {
    expect(roundNoise(0.85 - 0.7)).toBe(0.15);
    expect(roundNoise(0.7 - 0.85)).toBe(-0.15);
    expect(Object.is(roundNoise(-1e-12), 0)).toBe(true);
  });

  it('reads dates as Dates in the zone, serials (fraction ignored) and YYYY-MM-DD or YYYY/M/D text', () => {
    expect(readDate(cell(new Date('2023-11-12T16:30:00Z')), 'Asia/Shanghai')).toBe('2023-11-13');
    expect(readDate(cell(45243.75), 'UTC')).toBe('2023-11-13');
    expect(readDate(cell('2023/11/5'), 'UTC')).toBe('2023-11-05');
    expect(readDate(cell('２０２３-１１-１３'), 'UTC')).toBe('2023-11-13');
  });

  it('reads date text the way sheet cells are read, as long as it has its year', () => {
    expect(readDate(cell('2023年11月13日'), 'UTC')).toBe('2023-11-13');
    expect(readDate(cell('2023.11.13 18:42'), 'UTC')).toBe('2023-11-13');
  });

  it('rejects dates that do not exist, invalid Dates, negative serials and other text', () => {
    for (const bad of ['2023-13-01', '2023-02-29', '11/16', new Date(Number.NaN), -1, 'tomorrow']) {
      expect(() => readDate(cell(bad), 'UTC')).toThrow('TEST: x');
    }
  });
});
