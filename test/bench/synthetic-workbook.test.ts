// The benchmark's synthetic workbooks must be valid §2 workbooks, or its figures would time the error path.

import {
  LAST_MONDAY,
  NOW,
  rowCount,
  syntheticInput,
  syntheticWorkbook,
  TIME_ZONE,
} from '../../bench/synthetic-workbook';
import { hasErrors } from '../../src/core/issues';
import { parseWorkbook } from '../../src/core/model/workbook';
import { buildReport } from '../../src/core/report';

describe('Synthetic workbook', () => {
  it.each(['wall-clock', 'instant'] as const)(
    'validates without errors and reports on its last week, with dates as %s cells',
    (dateCells) => {
      const how = { dateCells, timeZone: TIME_ZONE };
      const report = buildReport(
        parseWorkbook(syntheticInput(syntheticWorkbook({ weeks: 3, projects: 12 }, how), how)),
        {
          now: NOW,
        },
      );
      expect(hasErrors(report.issues)).toBe(false);
      expect(report.model?.week.monday).toBe(LAST_MONDAY);
      expect(report.document?.blocks.length).toBeGreaterThan(0);
    },
  );

  it('holds at least 10,000 rows for a year of history of 200 projects', () => {
    expect(rowCount(syntheticWorkbook({ weeks: 52, projects: 200 }))).toBeGreaterThanOrEqual(10_000);
  });

  it('shows each cell as the sheet would: percents with their digits, dates as days', () => {
    const projects = syntheticWorkbook({ weeks: 1, projects: 2 }).find((s) => s.name === '项目');
    const header = projects?.displays[0] ?? [];
    const row = projects?.displays[1] ?? [];
    expect(row[header.indexOf('周')]).toBe(LAST_MONDAY);
    expect(row[header.indexOf('进度')]).toMatch(/^\d+\.\d{3}%$/);
  });
});
