import type { Cell } from '../../../src/core/cells/cell';
import { optionalPercent } from '../../../src/core/cells/percent';

const cell = (value: unknown, display = value === null ? '' : String(value)): Cell => ({ value, display });

describe('percent cells', () => {
  it.each([
    ['a fraction as Sheets stores 85%', cell(0.85, '85%'), 0.85],
    ['a bare fraction', cell(0.85), 0.85],
    ['points', cell(85), 0.85],
    ['text with a percent sign', cell('85%'), 0.85],
    ['text with a space before the sign', cell('85 %'), 0.85],
    ['full-width text', cell('８５％'), 0.85],
    ['decimal points', cell('12.5%'), 0.125],
    ['a fraction typed as text', cell('0.7'), 0.7],
    ['points typed as text', cell('57'), 0.57],
    ['1 as a whole', cell(1), 1],
    ['100 points', cell(100), 1],
    ['zero', cell(0), 0],
  ])('reads %s', (_, input, expected) => {
    expect(optionalPercent(input)).toEqual({ ok: true, value: expected });
  });

  it('reads blank as no progress', () => {
    expect(optionalPercent(cell(null))).toEqual({ ok: true, value: null });
    expect(optionalPercent(cell('  '))).toEqual({ ok: true, value: null });
  });

  it('reports 120% as above 100%, quoting the cell as shown', () => {
    expect(optionalPercent(cell('120%'))).toEqual({
      ok: false,
      problem: { message: 'percentAbove', params: { found: '120%' } },
    });
    expect(optionalPercent(cell(1.2, '120%'))).toMatchObject({
      ok: false,
      problem: { message: 'percentAbove' },
    });
    expect(optionalPercent(cell(120))).toMatchObject({ ok: false, problem: { message: 'percentAbove' } });
  });

  it('reports negative percents as below 0%', () => {
    expect(optionalPercent(cell('-5%'))).toMatchObject({ ok: false, problem: { message: 'percentBelow' } });
  });

  it('reports text that is not a percent', () => {
    expect(optionalPercent(cell('大约一半'))).toMatchObject({
      ok: false,
      problem: { message: 'notPercent', params: { found: '大约一半' } },
    });
  });
});
