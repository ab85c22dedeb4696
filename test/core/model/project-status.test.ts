// The status rules of SPEC §8, each at its boundary: first match wins and the rule that fired is kept.
import { projectStatus, type StatusFacts, worstStatus } from '../../../src/core/model/project-status';

const MONDAY = '2023-11-13';
const facts = (parts: Partial<StatusFacts> = {}): StatusFacts => ({
  state: 'active',
  progress: null,
  lastWeek: null,
  weekBefore: null,
  dueDate: null,
  dueText: '',
  ...parts,
});
const statusOf = (parts: Partial<StatusFacts>) => projectStatus(facts(parts), MONDAY);
const due = (date: string) => ({
  dueDate: date,
  dueText: `${Number(date.slice(5, 7))}/${Number(date.slice(8))}`,
});

describe('完成 done', () => {
  it('is State 已完成, whatever else the row says', () => {
    expect(statusOf({ state: 'done', ...due('2023-11-01'), progress: 0.2 })).toEqual({
      status: 'done',
      reason: { rule: 'stateDone' },
    });
  });

  it('is Progress 100% even when the State says 延期 (done comes first)', () => {
    expect(statusOf({ state: 'delayed', progress: 1 })).toEqual({
      status: 'done',
      reason: { rule: 'complete' },
    });
    expect(statusOf({ progress: 0.999 }).status).toBe('green');
  });
});

describe('🔴 red', () => {
  it('is State 延期', () => {
    expect(statusOf({ state: 'delayed' })).toEqual({ status: 'red', reason: { rule: 'delayed' } });
  });

  it('is a Due before the report’s Monday: the Sunday before is overdue, the Monday itself is not', () => {
    expect(statusOf({ ...due('2023-11-12'), progress: 0.9 })).toEqual({
      status: 'red',
      reason: { rule: 'overdue', due: '11/12' },
    });
    expect(statusOf({ ...due('2023-11-13'), progress: 0.9 }).status).toBe('green');
  });

  it('comes before amber: an overdue paused project is red', () => {
    expect(statusOf({ state: 'paused', ...due('2023-11-01') }).reason).toEqual({
      rule: 'overdue',
      due: '11/1',
    });
  });

  it('ignores a Due that is text without a date', () => {
    expect(statusOf({ dueDate: null, dueText: '12月中旬', progress: 0.1 }).status).toBe('green');
  });
});

describe('🟡 amber', () => {
  it('is State 风险 or 暂停', () => {
    expect(statusOf({ state: 'at-risk' })).toEqual({ status: 'amber', reason: { rule: 'atRisk' } });
    expect(statusOf({ state: 'paused' })).toEqual({ status: 'amber', reason: { rule: 'paused' } });
  });

  it('is Progress lower than last week, not equal to it', () => {
    expect(statusOf({ progress: 0.6, lastWeek: 0.7 })).toEqual({
      status: 'amber',
      reason: { rule: 'progressDropped', from: 0.7, to: 0.6 },
    });
    expect(statusOf({ progress: 0.7, lastWeek: 0.7 }).status).toBe('green');
    // 70% typed as text and as a fraction are the same progress, float noise aside.
    expect(statusOf({ progress: 0.7, lastWeek: 0.07 * 10 }).status).toBe('green');
  });

  it('is Progress unchanged for exactly two weeks (this = last = the week before, all known)', () => {
    expect(statusOf({ progress: 0.4, lastWeek: 0.4, weekBefore: 0.4 })).toEqual({
      status: 'amber',
      reason: { rule: 'progressStalled', progress: 0.4 },
    });
    expect(statusOf({ progress: 0.4, lastWeek: 0.4, weekBefore: 0.3 }).status).toBe('green');
    expect(statusOf({ progress: 0.4, lastWeek: 0.4, weekBefore: null }).status).toBe('green');
    expect(statusOf({ progress: null, lastWeek: 0.4, weekBefore: 0.4 }).status).toBe('green');
  });

  it('is a Due within 7 days of the Monday with Progress below 80%: 79.9% is, 80% is not', () => {
    expect(statusOf({ ...due('2023-11-20'), progress: 0.799 })).toEqual({
      status: 'amber',
      reason: { rule: 'dueSoon', due: '11/20', progress: 0.799 },
    });
    expect(statusOf({ ...due('2023-11-20'), progress: 0.8 }).status).toBe('green');
  });

  it('counts the Monday itself and the day exactly 7 days later as due soon, not the 8th day', () => {
    expect(statusOf({ ...due('2023-11-13'), progress: 0.5 }).status).toBe('amber');
    expect(statusOf({ ...due('2023-11-20'), progress: 0.5 }).status).toBe('amber');
    expect(statusOf({ ...due('2023-11-21'), progress: 0.5 }).status).toBe('green');
  });

  it('needs a known Progress to call a project due soon', () => {
    expect(statusOf({ ...due('2023-11-15'), progress: null }).status).toBe('green');
  });

  it('keeps the first rule that matches: 风险 before a progress drop', () => {
    expect(statusOf({ state: 'at-risk', progress: 0.5, lastWeek: 0.6 }).reason).toEqual({ rule: 'atRisk' });
  });
});

describe('🟢 green', () => {
  it('is everything else', () => {
    expect(statusOf({})).toEqual({ status: 'green', reason: { rule: 'onTrack' } });
  });
});

describe('An objective’s status', () => {
  it('is the worst of its projects, a done project counting as green', () => {
    expect(worstStatus(['green', 'amber', 'done'])).toBe('amber');
    expect(worstStatus(['amber', 'red'])).toBe('red');
    expect(worstStatus(['done', 'done'])).toBe('green');
    expect(worstStatus([])).toBe('green');
  });
});
