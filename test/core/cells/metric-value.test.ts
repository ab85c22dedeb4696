import type { Cell } from '../../../src/core/cells/cell';
import { optionalMetricValue, requiredMetricValue } from '../../../src/core/cells/metric-value';

const cell = (value: unknown, display = value === null ? '' : String(value)): Cell => ({ value, display });

describe('metric values', () => {
  it('keeps the display exactly and the raw number for arithmetic', () => {
    expect(requiredMetricValue(cell(0.992826, '99.2826%'))).toEqual({
      ok: true,
      value: { display: '99.2826%', value: 0.992826, isPercent: true, decimals: 4 },
    });
  });

  it('reads a percent typed as text as its fraction', () => {
    expect(requiredMetricValue(cell('99.997%'))).toEqual({
      ok: true,
      value: { display: '99.997%', value: 0.99997, isPercent: true, decimals: 3 },
    });
  });

  it('reads plain numbers and numbers with a unit', () => {
    expect(requiredMetricValue(cell(664))).toMatchObject({
      ok: true,
      value: { value: 664, isPercent: false },
    });
    expect(requiredMetricValue(cell('1,234.5 ms'))).toMatchObject({
      ok: true,
      value: { display: '1,234.5 ms', value: 1234.5, decimals: 1 },
    });
  });

  it('reports a value without a number', () => {
    expect(requiredMetricValue(cell('N/A'))).toMatchObject({
      ok: false,
      problem: { message: 'notNumber', params: { found: 'N/A' } },
    });
  });

  it('reads a blank target as none', () => {
    expect(optionalMetricValue(cell(null))).toEqual({ ok: true, value: null });
  });
});
