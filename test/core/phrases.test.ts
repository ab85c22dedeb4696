// Phrases shared by the report and the custom functions: progress notes, percent points and week labels.
import { durationText, points, progressNote, weekLabel } from '../../src/core/phrases';

describe('points', () => {
  it('writes a fraction as whole or decimal points without float noise', () => {
    expect(points(0.85)).toBe('85');
    expect(points(0.125)).toBe('12.5');
    expect(points(0.99997)).toBe('99.997');
    expect(points(0.07)).toBe('7');
    expect(points(1)).toBe('100');
    expect(points(0)).toBe('0');
  });
});

describe('progressNote', () => {
  it('says progress and its gain over last week, in Chinese', () => {
    expect(progressNote(0.85, 0.7, 'zh')).toBe('总体进度85%，较上周70%新增15%进度');
  });

  it('says progress and its gain over last week, in English, with a sign', () => {
    expect(progressNote(0.85, 0.7, 'en')).toBe('85% (+15 pts from 70%)');
    expect(progressNote(0.8, 0.85, 'en')).toBe('80% (-5 pts from 85%)');
  });

  it('says the same progress as last week as unchanged, never a gain of 0', () => {
    expect(progressNote(0.4, 0.4, 'zh')).toBe('总体进度40%，进度持平');
    expect(progressNote(0.5, 0.5, 'en')).toBe('50% (unchanged)');
    // Equal as the sheet shows them: float noise is no change.
    expect(progressNote(0.7, 0.1 + 0.6, 'zh')).toBe('总体进度70%，进度持平');
    expect(progressNote(0.7, 0.1 + 0.6, 'en')).toBe('70% (unchanged)');
    expect(progressNote(0, 0, 'zh')).not.toMatch(/新增0%|下降0%/);
    expect(progressNote(1, 1, 'en')).not.toMatch(/[+-]0 pts/);
  });

  it('says a drop as a drop, not as a negative gain', () => {
    expect(progressNote(0.6, 0.7, 'zh')).toBe('总体进度60%，较上周70%下降10%');
    expect(progressNote(0.6, 0.7, 'en')).toBe('60% (-10 pts from 70%)');
  });

  it('says progress alone when there is no previous week', () => {
    expect(progressNote(0.85, null, 'zh')).toBe('总体进度85%');
    expect(progressNote(0.85, null, 'en')).toBe('85%');
  });

  it('keeps float noise out of the gain: 0.85 − 0.7 is 15, not 15.000000000000002', () => {
    expect(progressNote(0.85, 0.7, 'zh')).not.toMatch(/15\.0/);
    expect(progressNote(0.3, 0.1, 'en')).toBe('30% (+20 pts from 10%)');
    expect(progressNote(0.575, 0.2, 'zh')).toBe('总体进度57.5%，较上周20%新增37.5%进度');
  });
});

describe('weekLabel', () => {
  it('writes 第{week}周 {Monday} in Chinese and Week {week}, {Monday} in English', () => {
    expect(weekLabel(46, '2023-11-13', 'zh')).toBe('第46周 2023-11-13');
    expect(weekLabel(46, '2023-11-13', 'en')).toBe('Week 46, 2023-11-13');
  });
});

describe('durationText', () => {
  it('says minutes under an hour, hours and minutes under a day, then days — never 1351分钟', () => {
    expect(durationText(45, 'zh')).toBe('45分钟');
    expect(durationText(8.5, 'zh')).toBe('8.5分钟');
    expect(durationText(60, 'zh')).toBe('1小时');
    expect(durationText(1351, 'zh')).toBe('22小时31分钟');
    expect(durationText(1351, 'en')).toBe('22 h 31 min');
    expect(durationText(3 * 1440 + 125, 'zh')).toBe('3天2小时');
    expect(durationText(2 * 1440, 'en')).toBe('2 d');
  });
});
