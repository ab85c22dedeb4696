// Property tests (fast-check) for percent parsing and period filtering. Week arithmetic against ISOWEEKNUM /
// WEEKNUM(…,2) for every day of 1990–2100 and PREV_WEEK_VALUE against brute force live in
// test/core/dates.property.test.ts.
import fc from 'fast-check';
import { optionalPercent } from '../../src/core/cells/percent';
import type { PeriodKind } from '../../src/core/choices';
import { addDays, type LocalDate } from '../../src/core/dates';
import { parseWorkbook } from '../../src/core/model/workbook';
import { analyseWorkbook } from '../../src/core/report';
import { sheet, workbook } from '../core/model/workbook-builder';

const PERCENT_RUNS = 500;
const PERIOD_RUNS = 40;

describe('Percent parsing', () => {
  it('reads a fraction back from every form the team types it in: 85%, 85 %, ８５％, points, fraction', () => {
    // Percents to two decimals of a point, 0%–100%: what a sheet shows with the 0.00% format.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const fraction = hundredths / 10_000;
        const points = hundredths / 100;
        const forms = [
          { value: `${points}%`, display: `${points}%` },
          { value: `${points} %`, display: `${points} %` },
          {
            value: `${points}%`.replace(/[0-9.%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
            display: '',
          },
          { value: fraction, display: `${points}%` },
          { value: fraction, display: String(fraction) },
          // A bare number above 1 is points; 1 and below is a fraction (nobody means 0.85 points).
          ...(points > 1 ? [{ value: points, display: String(points) }] : []),
        ];
        for (const cell of forms) expect(optionalPercent(cell)).toEqual({ ok: true, value: fraction });
      }),
      { numRuns: PERCENT_RUNS },
    );
  });

  it('rejects every percent above 100% or below 0%, in each form', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 10_001, max: 1_000_000 }), fc.integer({ min: -1_000_000, max: -1 })),
        (hundredths) => {
          const points = hundredths / 100;
          for (const value of [`${points}%`, hundredths / 10_000]) {
            const result = optionalPercent({
              value,
              display: typeof value === 'string' ? value : `${points}%`,
            });
            expect(result.ok).toBe(false);
          }
        },
      ),
      { numRuns: PERCENT_RUNS },
    );
  });
});

describe('Period filtering across consecutive reports', () => {
  const FIRST_DAY: LocalDate = '2023-10-02';
  const DAYS = 13 * 7;
  /** Report Mondays from one week before the first incident to one week after the last: every day is covered. */
  const MONDAYS = Array.from({ length: 15 }, (_, w) => addDays('2023-09-25', 7 * w));
  const NOW = new Date('2024-02-01T00:00:00Z');

  const incident = fc.record({
    day: fc.integer({ min: 0, max: DAYS - 1 }),
    // Midnight and the last minute of a day are where a period's edge would slip.
    minute: fc.oneof(fc.constantFrom(0, 1, 23 * 60 + 59), fc.integer({ min: 0, max: 24 * 60 - 1 })),
  });

  const clock = (minute: number): string =>
    `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

  it.each<PeriodKind>(['previous-week', 'current-week'])(
    '%s: the reports of consecutive weeks together list every incident exactly once',
    (period) => {
      fc.assert(
        fc.property(fc.array(incident, { minLength: 1, maxLength: 30 }), (incidents) => {
          const rows = incidents.map((i, n) => [`${addDays(FIRST_DAY, i.day)} ${clock(i.minute)}`, `#${n}`]);
          const input = workbook([
            sheet('设置', [
              ['项', '值'],
              ['报告周期', period],
            ]),
            sheet('生产事件', [['开始时间', '事件'], ...rows]),
            // A report needs Projects rows for its week (SPEC §4.1): one per report Monday.
            sheet('项目', [['周', '目标', '项目'], ...MONDAYS.map((monday) => [monday, 'O1', '值班'])]),
          ]);
          const listed = MONDAYS.flatMap((week) => {
            const { model } = analyseWorkbook(parseWorkbook(input), { week, now: NOW });
            return model?.incidents.map((i) => i.summary) ?? ['no report'];
          });
          expect(listed.sort()).toEqual(rows.map((row) => row[1]).sort());
        }),
        { numRuns: PERIOD_RUNS },
      );
    },
  );
});
