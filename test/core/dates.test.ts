// Calendar arithmetic on wall-clock dates: week numbers, Mondays, serials, and instants in IANA zones.
import {
  addDays,
  clockTime,
  dayNumber,
  fromDayNumber,
  fromSerialDateTime,
  instantOf,
  isoWeekday,
  isoWeekNumber,
  localDate,
  minutesBetween,
  mondayOf,
  shortDate,
  wallClock,
  weekNumber,
  weeknumMonday,
} from '../../src/core/dates';

describe('calendar dates', () => {
  it('formats and counts days from 1970-01-01', () => {
    expect(localDate(2023, 11, 6)).toBe('2023-11-06');
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(fromDayNumber(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumber('2023-11-13T09:30')).toBe(dayNumber('2023-11-13'));
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2023-11-13', -7)).toBe('2023-11-06');
  });

  it('numbers weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2023-11-13')).toBe(1);
    expect(isoWeekday('2023-11-12')).toBe(7);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('finds the Monday of a date or date-time, Sunday belonging to the week before', () => {
    expect(mondayOf('2023-11-13')).toBe('2023-11-13');
    expect(mondayOf('2023-11-19T23:59')).toBe('2023-11-13');
    expect(mondayOf('2023-11-12')).toBe('2023-11-06');
    expect(mondayOf('2021-01-01')).toBe('2020-12-28');
  });

  it('writes running-text dates as M/D and times as HH:mm', () => {
    expect(shortDate('2023-11-06')).toBe('11/6');
    expect(clockTime('2023-11-12T18:42')).toBe('18:42');
    expect(minutesBetween('2023-11-12T18:42', '2023-11-12T17:13')).toBe(-89);
    expect(minutesBetween('2023-11-12T23:50', '2023-11-13T00:10')).toBe(20);
  });

  it('reads spreadsheet serial numbers, the fraction as the time of day to the minute', () => {
    expect(fromSerialDateTime(45243)).toBe('2023-11-13T00:00');
    expect(fromSerialDateTime(45243.99)).toBe('2023-11-13T23:46');
    expect(fromSerialDateTime(61)).toBe('1900-03-01T00:00');
  });

  it('reads no date from a serial a spreadsheet cannot show (before day 1, after 9999-12-31)', () => {
    expect(fromSerialDateTime(0)).toBeNull();
    expect(fromSerialDateTime(2_958_465)).toBe('9999-12-31T00:00');
    expect(fromSerialDateTime(2_958_466)).toBeNull();
  });
});

describe('week numbers', () => {
  it('gives the example report its 第46周 (ISOWEEKNUM) and 第47周 (WEEKNUM(…,2))', () => {
    expect(isoWeekNumber('2023-11-13')).toBe(46);
    expect(weeknumMonday('2023-11-13')).toBe(47);
    expect(weekNumber('2023-11-13', 'iso')).toBe(46);
    expect(weekNumber('2023-11-13', 'weeknum')).toBe(47);
  });

  it.each([
    ['2021-01-01', 53, 1],
    ['2020-12-28', 53, 53],
    ['2024-12-30', 1, 53],
    ['2025-01-01', 1, 1],
    ['2026-12-31', 53, 53],
    ['2023-01-01', 52, 1],
    ['2022-12-26', 52, 53],
    ['2024-01-01', 1, 1],
  ])('numbers %s as ISO week %i and WEEKNUM week %i', (date, iso, weeknum) => {
    expect(isoWeekNumber(date)).toBe(iso);
    expect(weeknumMonday(date)).toBe(weeknum);
  });
});

describe('wall clocks and instants', () => {
  const instant = new Date('2023-11-12T16:30:00Z');

  it('reads an instant on the wall clock of a zone, whatever the process zone', () => {
    expect(wallClock(instant, 'Asia/Shanghai')).toBe('2023-11-13T00:30');
    expect(wallClock(instant, 'UTC')).toBe('2023-11-12T16:30');
    expect(wallClock(new Date('2023-11-12T16:00:00Z'), 'Asia/Shanghai')).toBe('2023-11-13T00:00');
  });

  it('finds the instant a zone shows a wall-clock time', () => {
    expect(instantOf('2023-11-13T00:30', 'Asia/Shanghai').toISOString()).toBe('2023-11-12T16:30:00.000Z');
    expect(instantOf('2023-11-13T00:00', 'UTC').toISOString()).toBe('2023-11-13T00:00:00.000Z');
    expect(instantOf('2023-11-13T00:00', 'Asia/Kolkata').toISOString()).toBe('2023-11-12T18:30:00.000Z');
    expect(instantOf('2023-11-13T00:00', 'Pacific/Chatham').toISOString()).toBe('2023-11-12T10:15:00.000Z');
  });

  it('reads a date alone as its midnight', () => {
    expect(instantOf('2023-11-13', 'Asia/Shanghai').toISOString()).toBe('2023-11-12T16:00:00.000Z');
  });

  it('gives the earlier instant of a time shown twice when clocks go back', () => {
    expect(instantOf('2024-11-03T01:30', 'America/New_York').toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(instantOf('2024-10-27T01:30', 'Europe/London').toISOString()).toBe('2024-10-27T00:30:00.000Z');
  });

  it('moves a time skipped when clocks go forward past the gap', () => {
    const skipped = instantOf('2024-03-10T02:30', 'America/New_York');
    expect(skipped.toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(wallClock(skipped, 'America/New_York')).toBe('2024-03-10T03:30');
  });

  it('handles a half-hour daylight saving shift (Lord Howe Island)', () => {
    const shown = '2024-04-07T01:45';
    expect(instantOf(shown, 'Australia/Lord_Howe').toISOString()).toBe('2024-04-06T14:45:00.000Z');
  });
});
