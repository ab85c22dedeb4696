// Trend charts' data (SPEC §9): the last N weeks per metric group, gaps kept, values as the report shows them.
import type { MetricValue } from '../../../src/core/cells/metric-value';
import { metricTrends } from '../../../src/core/model/metric-trends';
import { parseWorkbook } from '../../../src/core/model/workbook';
import { analyseWorkbook } from '../../../src/core/report';
import type { MetricRow } from '../../../src/core/schema/metrics';
import type { Located } from '../../../src/core/schema/rows';
import { sheet, shown, workbook } from './workbook-builder';

const MONDAY = '2023-11-13';

/** `99.997%` → a percent of 3 decimals; `664` → a plain number. */
function value(display: string): MetricValue {
  const isPercent = display.endsWith('%');
  const number = Number(display.replace('%', ''));
  const decimals = display.replace('%', '').split('.')[1]?.length ?? 0;
  return { display, value: isPercent ? Number((number / 100).toPrecision(12)) : number, isPercent, decimals };
}

let rowNumber = 1;
const metric = (
  week: string,
  group: string,
  name: string,
  shownValue: string,
  target: string | null = null,
): Located<MetricRow> => ({
  row: ++rowNumber,
  week,
  group,
  metric: name,
  value: value(shownValue),
  target: target === null ? null : value(target),
  direction: 'higher',
});

const settings = { chartWeeks: 4, weekNumbering: 'iso' as const };

describe('Metric trends', () => {
  it('gives each group one series per metric over the last N weeks, oldest first, numbered as the report', () => {
    const rows = [
      metric('2023-10-23', '支付成功率', '入金有效成功率', '99.990%'),
      metric('2023-10-30', '支付成功率', '入金有效成功率', '99.995%'),
      metric('2023-11-06', '支付成功率', '入金有效成功率', '99.995%'),
      metric(MONDAY, '支付成功率', '入金有效成功率', '99.997%', '99.99%'),
    ];
    expect(metricTrends(rows, MONDAY, settings)).toEqual([
      {
        group: '支付成功率',
        weeks: [
          { monday: '2023-10-23', number: 43 },
          { monday: '2023-10-30', number: 44 },
          { monday: '2023-11-06', number: 45 },
          { monday: MONDAY, number: 46 },
        ],
        isPercent: true,
        decimals: 3,
        series: [
          {
            name: '入金有效成功率',
            values: [99.99, 99.995, 99.995, 99.997],
            target: 99.99,
            targetDisplay: '99.99%',
          },
        ],
      },
    ]);
  });

  it('leaves a week without a row as a gap, never a zero, and ignores weeks before the range', () => {
    const rows = [
      metric('2023-10-16', 'g', 'm', '1'),
      metric('2023-10-23', 'g', 'm', '5'),
      metric(MONDAY, 'g', 'm', '7'),
    ];
    expect(metricTrends(rows, MONDAY, settings)[0].series[0].values).toEqual([5, null, null, 7]);
  });

  it('rounds percents to the points the report displays, without float noise', () => {
    const rows = [
      metric('2023-11-06', 'g', 'm', '99.2826%'),
      { ...metric(MONDAY, 'g', 'm', '99.3%'), value: { ...value('99.2826%'), value: 0.99282649 } },
    ];
    expect(metricTrends(rows, MONDAY, settings)[0].series[0].values).toEqual([99.2826, 99.2826]);
  });

  it('reads an earlier value typed as points (99.9 for 99.9%) in the percent metric’s unit', () => {
    const rows = [metric('2023-11-06', 'g', 'm', '99.9'), metric(MONDAY, 'g', 'm', '99.95%')];
    expect(metricTrends(rows, MONDAY, settings)[0].series[0].values).toEqual([99.9, 99.95]);
  });

  it('spans only the weeks that have data, from the first one with a value (at most 趋势周数)', () => {
    const twoWeeks = [metric('2023-11-06', 'g', 'm', '1'), metric(MONDAY, 'g', 'm', '2')];
    const [trend] = metricTrends(twoWeeks, MONDAY, { ...settings, chartWeeks: 12 });
    expect(trend.weeks.map((w) => w.monday)).toEqual(['2023-11-06', MONDAY]);
    expect(trend.series[0].values).toEqual([1, 2]);
    // Another metric starting earlier widens the chart for both; the later one has gaps before its first week.
    const [both] = metricTrends(
      [...twoWeeks, metric('2023-10-30', 'g', 'n', '5'), metric(MONDAY, 'g', 'n', '6')],
      MONDAY,
      { ...settings, chartWeeks: 12 },
    );
    expect(both.weeks.map((w) => w.number)).toEqual([44, 45, 46]);
    expect(both.series.map((s) => s.values)).toEqual([
      [null, 1, 2],
      [5, null, 6],
    ]);
  });

  it('shows a metric known for one week only when it misses its Target, as a point', () => {
    const rows = [
      metric(MONDAY, '支付成功率', '一次支付成功率', '99.28%', '99.5%'),
      metric(MONDAY, '支付成功率', '入金有效成功率', '99.997%', '99.99%'),
      { ...metric(MONDAY, '延迟', 'p99', '120', '100'), direction: 'lower' as const },
      { ...metric(MONDAY, '延迟', 'p50', '20', '100'), direction: 'lower' as const },
    ];
    const trends = metricTrends(rows, MONDAY, settings);
    // The met ones (99.997% ≥ 99.99%, 20 ≤ 100) are stated by the report and not charted alone.
    expect(trends.map((t) => [t.group, t.series.map((s) => s.name), t.weeks.length])).toEqual([
      ['支付成功率', ['一次支付成功率'], 1],
      ['延迟', ['p99'], 1],
    ]);
    expect(trends[0].series[0]).toMatchObject({ values: [99.28], target: 99.5 });
  });

  it('charts no metric with one point, and no group whose metrics all have one', () => {
    const rows = [
      metric('2023-11-06', '支付成功率', '入金有效成功率', '99.995%'),
      metric(MONDAY, '支付成功率', '入金有效成功率', '99.997%'),
      metric(MONDAY, '支付成功率', '出金有效成功率', '99.962%'),
      metric(MONDAY, '系统可用性', '支付系统年度可用性', '99.998%'),
    ];
    const trends = metricTrends(rows, MONDAY, settings);
    expect(trends.map((t) => [t.group, t.series.map((s) => s.name)])).toEqual([
      ['支付成功率', ['入金有效成功率']],
    ]);
  });

  it('keeps one unit per chart: a metric in another unit than the first charted one is left out', () => {
    const rows = [
      metric('2023-11-06', 'g', 'rate', '99.9%'),
      metric('2023-11-06', 'g', 'count', '3'),
      metric(MONDAY, 'g', 'rate', '99.95%'),
      metric(MONDAY, 'g', 'count', '4'),
    ];
    const [trend] = metricTrends(rows, MONDAY, settings);
    expect([trend.isPercent, trend.series.map((s) => s.name)]).toEqual([true, ['rate']]);
  });

  it('draws no chart when 趋势周数 is 0', () => {
    const rows = [metric('2023-11-06', 'g', 'm', '1'), metric(MONDAY, 'g', 'm', '2')];
    expect(metricTrends(rows, MONDAY, { ...settings, chartWeeks: 0 })).toEqual([]);
  });

  it('numbers the weeks as Settings does (weeknum)', () => {
    const rows = [metric('2023-11-06', 'g', 'm', '1'), metric(MONDAY, 'g', 'm', '2')];
    const [trend] = metricTrends(rows, MONDAY, { chartWeeks: 2, weekNumbering: 'weeknum' });
    expect(trend.weeks.map((w) => w.number)).toEqual([46, 47]);
  });
});

describe('Metric trends of a workbook', () => {
  const metrics = (rows: unknown[][], settingRows: unknown[][] = []) =>
    analyseWorkbook(
      parseWorkbook(
        workbook([
          sheet('设置', [['项', '值'], ...settingRows]),
          sheet('项目', [
            ['周', '目标', '项目', '进展'],
            [MONDAY, 'O1', 'Ledger', 'ok'],
          ]),
          sheet('目标', [
            ['编号', '名称'],
            ['O1', '服务业务'],
          ]),
          sheet('指标', [['周', '分组', '指标', '数值', '目标值'], ...rows]),
        ]),
      ),
      { now: new Date('2023-11-20T01:00:00Z') },
    ).model?.trends;

  const history = [
    ['2023-08-28', '支付成功率', '入金有效成功率', shown(0.9999, '99.990%'), null],
    ['2023-10-30', '支付成功率', '入金有效成功率', shown(0.99995, '99.995%'), null],
    [MONDAY, '支付成功率', '入金有效成功率', shown(0.99997, '99.997%'), shown(0.9999, '99.99%')],
  ];

  it('spans 12 weeks by default, the earliest week of history included', () => {
    const [trend] = metrics(history) ?? [];
    expect(trend.weeks[0].monday).toBe('2023-08-28');
    expect(trend.series[0].values).toEqual([99.99, ...Array(8).fill(null), 99.995, null, 99.997]);
  });

  it('follows Settings 趋势周数, and 0 removes every chart', () => {
    expect(metrics(history, [['趋势周数', 3]])?.[0].series[0].values).toEqual([99.995, null, 99.997]);
    expect(metrics(history, [['chart_weeks', 0]])).toEqual([]);
  });
});
