// Schedule records (SPEC §12): when a weekly job next runs, when it counts as gone, whose addresses wait.
import {
  nextWeeklyRun,
  parseScheduleRecord,
  type ScheduleRecord,
  scheduleAlive,
  singleLine,
  splitByConfirmation,
} from '../../../src/core/model/schedule';

const MONDAY_9 = { weekday: 1, hour: 9, minute: 0 };
const record = (nextRun: string, triggerId = '4034124084959907503'): ScheduleRecord => ({
  owner: 'lead@example.com',
  triggerId,
  lastRun: null,
  nextRun,
  confirmed: [],
});

describe('nextWeeklyRun', () => {
  it('is the first Monday 09:00 in the zone after the moment, never the moment itself', () => {
    // Wednesday 2023-11-15 15:30 in Shanghai → Monday 11-20 09:00 Shanghai (01:00 UTC).
    expect(nextWeeklyRun(new Date('2023-11-15T07:30:00Z'), MONDAY_9, 'Asia/Shanghai').toISOString()).toBe(
      '2023-11-20T01:00:00.000Z',
    );
    // At Monday 09:00 exactly, the next is a week later.
    expect(nextWeeklyRun(new Date('2023-11-20T01:00:00Z'), MONDAY_9, 'Asia/Shanghai').toISOString()).toBe(
      '2023-11-27T01:00:00.000Z',
    );
    // Monday 08:59 → the same day.
    expect(nextWeeklyRun(new Date('2023-11-20T00:59:00Z'), MONDAY_9, 'Asia/Shanghai').toISOString()).toBe(
      '2023-11-20T01:00:00.000Z',
    );
  });

  it('follows the zone’s clock across a daylight-saving change', () => {
    // New York moves to EDT on 2024-03-10: Monday 03-11 09:00 is 13:00 UTC, the Monday before 14:00 UTC.
    const friday = new Date('2024-03-08T12:00:00Z');
    expect(nextWeeklyRun(friday, MONDAY_9, 'America/New_York').toISOString()).toBe(
      '2024-03-11T13:00:00.000Z',
    );
  });
});

describe('scheduleAlive', () => {
  const due = '2023-11-20T01:00:00.000Z';

  it('is alive until a day after the run it missed, then gone', () => {
    expect(scheduleAlive(record(due), new Date('2023-11-20T12:00:00Z'))).toBe(true);
    expect(scheduleAlive(record(due), new Date('2023-11-21T01:00:00Z'))).toBe(true);
    expect(scheduleAlive(record(due), new Date('2023-11-21T01:00:01Z'))).toBe(false);
  });

  it('is gone once removed (no trigger id) or when its record is unreadable', () => {
    expect(scheduleAlive(record(due, ''), new Date('2023-11-15T00:00:00Z'))).toBe(false);
    expect(scheduleAlive(record('not a date'), new Date('2023-11-15T00:00:00Z'))).toBe(false);
  });
});

describe('parseScheduleRecord', () => {
  it('reads what was written, and nothing else', () => {
    const written = record('2023-11-20T01:00:00.000Z');
    expect(parseScheduleRecord(JSON.stringify(written))).toEqual(written);
    for (const stored of [null, '', 'key:123', '{"owner":1}', JSON.stringify({ ...written, confirmed: 'a' })])
      expect(parseScheduleRecord(stored)).toBeNull();
  });
});

describe('splitByConfirmation', () => {
  it('mails what was confirmed (without regard to case) and holds back the rest, each once', () => {
    expect(
      splitByConfirmation(
        ['CTO@example.com', 'new@rival.example', 'cto@example.com', 'new@rival.example'],
        ['cto@example.com'],
      ),
    ).toEqual({ confirmed: ['CTO@example.com'], waiting: ['new@rival.example'] });
  });
});

describe('singleLine', () => {
  it('turns line breaks and control characters into one space, leaving other text as it is', () => {
    expect(singleLine('支付\r\nBcc: x@example.com\u0007🟢 周报\u2028')).toBe(
      '支付 Bcc: x@example.com 🟢 周报',
    );
  });
});
