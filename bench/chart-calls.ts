// Apps Script service calls per trend chart (issue 25 part 3): the same two clicks on 生成周报 through the fakes, on
// the synthetic workbook with its charts and with 趋势周数 0; what the charts add, divided by their number.
import { buildReport, type ChartBlock, parseWorkbook } from '../src/core';
import { generateThroughFakes } from './apps-script';
import { NOW, type SyntheticSheet, syntheticInput, syntheticWorkbook, TIME_ZONE } from './synthetic-workbook';

export interface ChartCalls {
  readonly charts: number;
  /** The week's first Generate: a new Trends tab, every chart built. */
  readonly first: number;
  /** The same week again: the charts on the tab reused. */
  readonly again: number;
}

/**
 * Measured with this function on dist/Code.js as it was before issue 25 part 3 (commit 28f07dc): each chart
 * rebuilt through 15 builder calls and placed through 8 DocumentApp calls on every Generate.
 */
export const CHART_CALLS_BEFORE: Omit<ChartCalls, 'charts'> = { first: 26.75, again: 27.25 };

const INSTANT = { dateCells: 'instant', timeZone: TIME_ZONE } as const;

/** The workbook with a Settings row added (key, value). */
const withSetting = (sheets: readonly SyntheticSheet[], key: string, value: number): SyntheticSheet[] =>
  sheets.map((sheet, i) =>
    i === 0
      ? {
          ...sheet,
          values: [...sheet.values, [key, value]],
          displays: [...sheet.displays, [key, String(value)]],
        }
      : sheet,
  );

/** A quarter of history (13 weeks × 20 projects): every metric group charted over 12 weeks. */
export function chartCalls(source: string): ChartCalls {
  const sheets = syntheticWorkbook({ weeks: 13, projects: 20 }, INSTANT);
  if (sheets[0]?.name !== '设置')
    throw new Error('the synthetic workbook no longer starts with its Settings tab');
  const report = buildReport(parseWorkbook(syntheticInput(sheets, INSTANT)), { now: NOW });
  const charts = (report.document?.blocks ?? []).filter((b): b is ChartBlock => b.kind === 'chart').length;
  if (charts === 0) throw new Error('the synthetic workbook gives no chart');
  const charted = generateThroughFakes(source, sheets);
  const plain = generateThroughFakes(source, withSetting(sheets, '趋势周数', 0));
  return {
    charts,
    first: (charted.first.serviceCalls - plain.first.serviceCalls) / charts,
    again: (charted.again.serviceCalls - plain.again.serviceCalls) / charts,
  };
}
