// One metric group's chart block, as the core lays it out for the sample's 支付成功率 with a gap and a target.
import type { ChartBlock } from '../../../src/core';

export const PAYMENT_CHART: ChartBlock = {
  kind: 'chart',
  title: '支付成功率',
  file: '支付成功率.png',
  xLabels: ['第43周', '第44周', '第45周', '第46周'],
  percent: true,
  decimals: 3,
  series: [
    {
      name: '入金有效成功率',
      values: [99.99, 99.995, null, 99.997],
      target: 99.99,
      targetLabel: '入金有效成功率 目标 99.99%',
    },
    { name: '出金有效成功率', values: [99.96, 99.961, 99.958, 99.962], target: null, targetLabel: null },
  ],
};
