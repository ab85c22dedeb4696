// What reaches a terminal: control characters shown as text, everything else as typed.
import { terminalSafe } from '../../src/node/terminal-text';

describe('terminalSafe', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\u001b[31mred\\u001b[0m'],
    ['\u001b]0;title\u0007', '\\u001b]0;title\\u0007'],
    ['a\tb\nc\rd', 'a\\tb\\nc\\rd'],
    ['\u0000\u007f\u009b', '\\u0000\\u007f\\u009b'],
  ])('shows %j as %j', (text, shown) => {
    expect(terminalSafe(text)).toBe(shown);
  });

  it('keeps CJK, emoji (joined ones too), full-width and plain spaces as they are', () => {
    const text = '项目!E2: 进度 “８５％” 😀👨‍👩‍👧 a　b c';
    expect(terminalSafe(text)).toBe(text);
  });
});
