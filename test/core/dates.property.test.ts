// The week arithmetic against independent computations: every day of 1990–2100, and random tables and instants.
import fc from 'fast-check';
import { prevWeekValue, progressDelta, weekLabelFn, weekStart } from '../../src/core';
import { instantOf, isoWeekNumber, mondayOf, wallClock, weeknumMonday } from '../../src/core/dates';

const ctx = { timeZone: 'Asia/Shanghai', language: 'zh' as const };

// ---- An independent calendar: Sakamoto's weekday and the ordinal-date ISO week formula, no Date objects. ----

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLengths = (y: number): number[] => [
  31,
  isLeap(y) ? 29 : 28,
  31,
  30,
  31,
  30,
  31,
  31,
  30,
  31,
  30,
  31,
];
const text = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Sakamoto: 0 = Sunday … 6 = Saturday. */
function sakamoto(year: number, m: number, d: number): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = m < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[m - 1] + d) % 7;
}

const isoDay = (y: number, m: number, d: number): number => sakamoto(y, m, d) || 7;

const p = (y: number): number => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
const isoWeeksIn = (y: number): number => (p(y) === 4 || p(y - 1) === 3 ? 53 : 52);

/** The classic ordinal-date formula: week = ⌊(ordinal − weekday + 10) / 7⌋, then fold into the next/previous year. */
function referenceIsoWeek(y: number, m: number, d: number): number {
  const ordinal =
    monthLengths(y)
      .slice(0, m - 1)
      .reduce((a, b) => a + b, 0) + d;
  const week = Math.floor((ordinal - isoDay(y, m, d) + 10) / 7);
  if (week < 1) return isoWeeksIn(y - 1);
  return week > isoWeeksIn(y) ? 1 : week;
}

interface Day {
  readonly date: string;
  readonly isoWeek: number;
  /** WEEKNUM(date, 2), counted by walking the days: 1 on January 1st, +1 on every later Monday. */
  readonly weeknum: number;
  readonly monday: string;
  /** Days since the sweep began, to compare orders without Date arithmetic. */
  readonly index: number;
}

function sweep(fromYear: number, toYear: number): Day[] {
  const days: Day[] = [];
  let weeknum = 0;
  let monday = '';
  for (let y = fromYear; y <= toYear; y++) {
    monthLengths(y).forEach((length, month) => {
      for (let d = 1; d <= length; d++) {
        const m = month + 1;
        const isMonday = isoDay(y, m, d) === 1;
        if (m === 1 && d === 1) weeknum = 1;
        else if (isMonday) weeknum += 1;
        if (isMonday) monday = text(y, m, d);
        days.push({
          date: text(y, m, d),
          isoWeek: referenceIsoWeek(y, m, d),
          weeknum,
          monday,
          index: days.length,
        });
      }
    });
  }
  return days;
}

// 1990-01-01 is a Monday, so every day of the sweep has its Monday inside the sweep.
const DAYS = sweep(1990, 2100);
const INDEX = new Map(DAYS.map((day) => [day.date, day.index]));

describe('week arithmetic for every day of 1990–2100', () => {
  it('starts on a Monday, so the reference knows every Monday', () => {
    expect(DAYS[0]).toMatchObject({ date: '1990-01-01', monday: '1990-01-01' });
    expect(DAYS).toHaveLength(111 * 365 + 27);
    expect(DAYS[DAYS.length - 1].date).toBe('2100-12-31');
  });

  it('agrees with ISOWEEKNUM computed by the ordinal-date formula', () => {
    const wrong = DAYS.filter((day) => isoWeekNumber(day.date) !== day.isoWeek);
    expect(wrong).toEqual([]);
  });

  it('agrees with WEEKNUM(date, 2) counted day by day from January 1st', () => {
    const wrong = DAYS.filter((day) => weeknumMonday(day.date) !== day.weeknum);
    expect(wrong).toEqual([]);
  });

  it('puts every date in the week of a Monday at most six days before it', () => {
    const wrong = DAYS.filter((day) => {
      const monday = mondayOf(day.date);
      const offset = day.index - (INDEX.get(monday) ?? Number.NaN);
      return monday !== day.monday || !(offset >= 0 && offset < 7);
    });
    expect(wrong).toEqual([]);
  });

  it('labels every day with its Monday and that Monday’s number (WEEK_LABEL, WEEK_START)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DAYS), fc.constantFrom('iso', 'weeknum'), (day, numbering) => {
        const monday = DAYS[INDEX.get(day.monday) ?? 0];
        const week = numbering === 'iso' ? monday.isoWeek : monday.weeknum;
        expect(weekLabelFn(day.date, numbering, ctx)).toBe(`第${week}周 ${day.monday}`);
        expect(wallClock(weekStart(day.date, ctx) as Date, ctx.timeZone)).toBe(`${day.monday}T00:00`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('instantOf', () => {
  const zones = [
    'UTC',
    'Asia/Shanghai',
    'Asia/Kolkata',
    'America/New_York',
    'America/Santiago',
    'Europe/London',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
  ];
  const minutes = fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T23:59:00Z'),
      noInvalidDate: true,
    })
    .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000));

  it('inverts wallClock to the minute in every zone (the earlier instant when a time is shown twice)', () => {
    fc.assert(
      fc.property(minutes, fc.constantFrom(...zones), (instant, zone) => {
        const shown = wallClock(instant, zone);
        const back = instantOf(shown, zone);
        expect(wallClock(back, zone)).toBe(shown);
        expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('returns the very instant whenever its wall-clock time is shown only once', () => {
    fc.assert(
      fc.property(minutes, fc.constantFrom(...zones), (instant, zone) => {
        const shown = wallClock(instant, zone);
        const hourEarlier = wallClock(new Date(instant.getTime() - 3_600_000), zone);
        const halfEarlier = wallClock(new Date(instant.getTime() - 1_800_000), zone);
        fc.pre(hourEarlier !== shown && halfEarlier !== shown);
        expect(instantOf(shown, zone).getTime()).toBe(instant.getTime());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('PREV_WEEK_VALUE on random tables', () => {
  /** A week given as a day offset from Monday 2023-01-02, written as text, a serial or a Shanghai Date. */
  const BASE_SERIAL = 44928;
  const week = fc.oneof(
    fc.constant(null),
    fc.record({ day: fc.integer({ min: 0, max: 62 }), form: fc.constantFrom('text', 'serial', 'date') }),
  );
  const row = fc.record({
    key: fc.constantFrom('a', 'b', 'c', 7, ''),
    week,
    value: fc.oneof(fc.integer(), fc.constantFrom('', null, 'x', '  ')),
  });

  const cellOf = (w: { day: number; form: string } | null): unknown => {
    if (w === null) return '';
    const utcMidnight = Date.UTC(2023, 0, 2 + w.day);
    if (w.form === 'text') return new Date(utcMidnight).toISOString().slice(0, 10);
    if (w.form === 'serial') return BASE_SERIAL + w.day;
    return new Date(utcMidnight - 8 * 3_600_000);
  };
  const blank = (v: unknown): boolean => v === '' || v === null || (typeof v === 'string' && v.trim() === '');

  it('equals a brute-force scan of every row', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const expected = rows.map((r) => {
          if (blank(r.key) || r.week === null) return [''];
          const target = Math.floor(r.week.day / 7) - 1;
          let found: unknown = '';
          for (const other of rows) {
            const sameKey = String(other.key) === String(r.key);
            const weekBefore = other.week !== null && Math.floor(other.week.day / 7) === target;
            if (sameKey && weekBefore && !blank(other.value)) found = other.value;
          }
          return [found];
        });
        // Blank rows below the last result are not returned (a whole-column formula must not fill the sheet).
        while (expected.length > 1 && expected[expected.length - 1][0] === '') expected.pop();
        const actual = prevWeekValue(
          rows.map((r) => [r.key]),
          rows.map((r) => [cellOf(r.week)]),
          rows.map((r) => [r.value]),
          ctx,
        );
        expect(actual).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('PROGRESS_DELTA', () => {
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });

  it('is antisymmetric: delta(a, b) = −delta(b, a)', () => {
    fc.assert(
      fc.property(fraction, fraction, (a, b) => {
        expect((progressDelta(a, b) as number) + (progressDelta(b, a) as number)).toBe(0);
      }),
    );
  });

  it('is within 1e-10 of the exact difference and zero for equal progress', () => {
    fc.assert(
      fc.property(fraction, fraction, (a, b) => {
        expect(Math.abs((progressDelta(a, b) as number) - (a - b))).toBeLessThanOrEqual(5e-11);
        expect(progressDelta(a, a)).toBe(0);
      }),
    );
  });
});
