// PROGRESS_DELTA and PROGRESS_NOTE of SPEC §3: scalars, columns, blanks and errors that name the argument.
import { progressDelta, progressNoteFn } from '../../../src/core';

const zh = { timeZone: 'Asia/Shanghai', language: 'zh' as const };
const en = { timeZone: 'Asia/Shanghai', language: 'en' as const };

describe('PROGRESS_DELTA', () => {
  it('gives the points gained as a fraction, without float noise: 0.85 and 0.70 → 0.15', () => {
    expect(progressDelta(0.85, 0.7, zh)).toBe(0.15);
    expect(progressDelta(0.7, 0.85, zh)).toBe(-0.15);
    expect(progressDelta(1, 1, zh)).toBe(0);
  });

  it.each([0.85, 85, '85%', '85 %', '８５％', '0.85', '85'])('reads %p as 85%', (current) => {
    expect(progressDelta(current, 0.7, zh)).toBe(0.15);
  });

  it('reads 1 as 100% (a fraction) and 100 as 100% (points)', () => {
    expect(progressDelta(1, 0.5, zh)).toBe(0.5);
    expect(progressDelta(100, 50, zh)).toBe(0.5);
  });

  it('maps a column to a column of the same height, repeating a single previous cell', () => {
    expect(progressDelta([[0.85], ['90%'], [''], [0.5]], 0.5, zh)).toEqual([[0.35], [0.4], [''], [0]]);
  });

  it('pairs two columns row by row', () => {
    expect(progressDelta([[0.85], [0.3]], [[0.7], [0.1]], zh)).toEqual([[0.15], [0.2]]);
  });

  it.each([[''], [null], [undefined], ['   ']])('gives blank when an argument is %p', (blank) => {
    expect(progressDelta(blank, 0.7, zh)).toBe('');
    expect(progressDelta(0.85, blank, zh)).toBe('');
  });

  it('names the argument and the bad value, in the spreadsheet language', () => {
    expect(() => progressDelta('abc', 0.7, en)).toThrow('PROGRESS_DELTA: current "abc" is not a percent');
    expect(() => progressDelta(0.85, true, en)).toThrow('PROGRESS_DELTA: previous "true" is not a percent');
    expect(() => progressDelta('abc', 0.7, zh)).toThrow('PROGRESS_DELTA：参数 current 的值 "abc" 不是百分比');
  });

  it('speaks Chinese, the workbook default, when the caller passes no context', () => {
    expect(() => progressDelta('abc', 0.7)).toThrow('不是百分比');
  });

  it('names the row of a bad cell in a range, and its column in a wide range', () => {
    expect(() => progressDelta([[0.1], ['x']], 0, en)).toThrow(
      'PROGRESS_DELTA: current (row 2) "x" is not a percent',
    );
    expect(() => progressDelta([[0.1, 'x']], 0, zh)).toThrow('参数 current 第1行第2列 的值 "x"');
  });

  it('rejects progress outside 0–100%', () => {
    expect(() => progressDelta('120%', 0.7, en)).toThrow('PROGRESS_DELTA: current "120%" is outside 0–100%');
    expect(() => progressDelta(0.5, -0.1, zh)).toThrow('参数 previous 的值 "-0.1" 超出 0–100%');
  });

  it('rejects ranges of different heights, naming both arguments', () => {
    expect(() => progressDelta([[0.1], [0.2]], [[0.1], [0.2], [0.3]], en)).toThrow(
      'PROGRESS_DELTA: current is 2×1, expected 3×1 like previous',
    );
  });

  it('quotes only the start of a very long bad value', () => {
    expect(() => progressDelta('x'.repeat(10_000), 0, en)).toThrow(`"${'x'.repeat(40)}…" is not a percent`);
  });
});

describe('PROGRESS_NOTE', () => {
  it('writes the report phrase with the previous week', () => {
    expect(progressNoteFn(0.85, 0.7, '', zh)).toBe('总体进度85%，较上周70%新增15%进度');
    expect(progressNoteFn(0.85, 0.7, '', en)).toBe('85% (+15 pts from 70%)');
  });

  it('writes progress alone when there is no previous week', () => {
    expect(progressNoteFn('85%', '', '', zh)).toBe('总体进度85%');
    expect(progressNoteFn(85, null, '', en)).toBe('85%');
  });

  it('takes its language from lang, in either language, over the spreadsheet’s', () => {
    expect(progressNoteFn(0.85, 0.7, 'en', zh)).toBe('85% (+15 pts from 70%)');
    expect(progressNoteFn(0.85, 0.7, ' ZH ', en)).toBe('总体进度85%，较上周70%新增15%进度');
    expect(progressNoteFn(0.85, 0.7, '英文', zh)).toBe('85% (+15 pts from 70%)');
  });

  it('maps columns to a column, blank current giving blank', () => {
    expect(progressNoteFn([[0.85], [''], [1]], [[0.7], [0.5], ['']], 'en', zh)).toEqual([
      ['85% (+15 pts from 70%)'],
      [''],
      ['100%'],
    ]);
  });

  it('names a bad lang, listing the choices in the spreadsheet language', () => {
    expect(() => progressNoteFn(0.85, 0.7, 'fr', en)).toThrow(
      'PROGRESS_NOTE: lang "fr" is not one of zh (Chinese), en (English)',
    );
    expect(() => progressNoteFn(0.85, 0.7, 'fr', zh)).toThrow(
      '参数 lang 的值 "fr" 无效（应为 zh（中文）, en（英文））',
    );
  });

  it('names a bad previous progress', () => {
    expect(() => progressNoteFn(0.85, 'soon', '', en)).toThrow(
      'PROGRESS_NOTE: previous "soon" is not a percent',
    );
  });
});
