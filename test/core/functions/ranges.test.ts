// Array-awareness of the custom functions: how single cells and ranges of any shape combine.
import { commonHeight, elementwise } from '../../../src/core/functions/ranges';

const call = { fn: 'TEST', language: 'en' as const };
const add = (a: unknown, b: unknown): unknown =>
  elementwise(
    call,
    [
      ['a', a],
      ['b', b],
    ],
    ([x, y]) => `${x.value}+${y.value}`,
  );

describe('elementwise', () => {
  it('gives a single value for single cells', () => {
    expect(add(1, 2)).toBe('1+2');
  });

  it('gives a range for a one-cell range, as Sheets passes A1:A1', () => {
    expect(add([[1]], 2)).toEqual([['1+2']]);
  });

  it('repeats single cells, one-row ranges and one-column ranges along the other argument', () => {
    expect(add([[1], [2]], 3)).toEqual([['1+3'], ['2+3']]);
    expect(add([[1], [2]], [[3, 4]])).toEqual([
      ['1+3', '1+4'],
      ['2+3', '2+4'],
    ]);
  });

  it('reads a flat array as a column', () => {
    expect(add([1, 2], 3)).toEqual([['1+3'], ['2+3']]);
  });

  it('passes each cell its position in its own range', () => {
    const positions = elementwise(call, [['a', [[1], [2]]]], ([x]) => `${x.arg}@${x.row}:${x.column ?? '-'}`);
    expect(positions).toEqual([['a@1:-'], ['a@2:-']]);
    const wide = elementwise(call, [['a', [[1, 2]]]], ([x]) => `${x.row}:${x.column}`);
    expect(wide).toEqual([['1:1', '1:2']]);
  });

  it('rejects ranges whose rows or columns cannot be paired, naming the argument that sets the size', () => {
    expect(() => add([[1], [2], [3]], [[1], [2]])).toThrow('TEST: b is 2×1, expected 3×1 like a');
    expect(() => add([[1, 2]], [[1, 2, 3]])).toThrow('TEST: a is 1×2, expected 1×3 like b');
  });
});

describe('commonHeight', () => {
  it('counts a single cell as one row and accepts equal heights', () => {
    expect(commonHeight(call, [['a', 1]])).toBe(1);
    expect(
      commonHeight(call, [
        ['a', [[1], [2]]],
        [
          'b',
          [
            [1, 2],
            [3, 4],
          ],
        ],
      ]),
    ).toBe(2);
  });

  it('rejects unequal heights, naming the tallest argument', () => {
    expect(() =>
      commonHeight(call, [
        ['a', [[1]]],
        ['b', [[1], [2]]],
      ]),
    ).toThrow('TEST: a is 1×1, expected 2×1 like b');
  });
});
