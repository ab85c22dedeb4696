// A workbook with three weeks of history before the report of Monday 2024-01-15, where every part of the summary
// (SPEC §8) has content: statuses of each colour, every kind of change, metrics off target, incidents, asks.
import type { SheetInput } from '../../../src/core/workbook';
import { sheet, shown } from './workbook-builder';

export const now = new Date('2024-01-15T07:30:00Z');
export const day = (date: string) => new Date(`${date}T00:00:00Z`); // an .xlsx date: UTC fields are the wall clock
export const pct = (fraction: number) => shown(fraction, `${Math.round(fraction * 1000) / 10}%`);

// The report of Monday 2024-01-15 (period 1/8–1/14), with three weeks of history before it.
export const [W0, W1, W2] = ['2024-01-15', '2024-01-08', '2024-01-01'].map(day);

export const objectives = sheet('目标', [
  ['编号', '名称', '排序'],
  ['O1', '服务业务', 1],
  ['O2', '系统升级', 2],
]);

export const HEADER = [
  '周',
  '目标',
  '项目',
  '序号',
  '进展',
  '进度',
  '上周进度',
  '计划日期',
  '负责人',
  '状态',
  '需支持',
];
export const projects = sheet('项目', [
  HEADER,
  [W2, 'O1', '账单', null, '', pct(0.4), null, null, '', '进行中', ''],
  [W1, 'O1', '账单', null, '', pct(0.4), null, null, '', '进行中', ''],
  [W0, 'O1', '账单', null, '', pct(0.4), null, null, '', '进行中', ''],
  [W1, 'O1', '存管', null, '', pct(0.7), null, null, '', '进行中', ''],
  [W0, 'O1', '存管', null, '', pct(0.6), null, null, '', '进行中', ''],
  [W1, 'O1', '定转X', null, '', pct(0.5), null, day('2024-01-19'), '', '进行中', ''],
  [W0, 'O1', '定转X', null, '', pct(0.6), null, day('2024-01-26'), '', '进行中', ''],
  // A gap: no row on 1/8, so 50% two weeks running is not known and the project is not new either.
  [W2, 'O1', '看懂账', null, '', pct(0.5), null, null, '', '进行中', ''],
  [W0, 'O1', '看懂账', null, '', pct(0.5), null, null, '', '进行中', ''],
  [W1, 'O2', '商户升级', null, '', pct(0.9), null, day('2024-01-10'), '张三', '进行中', ''],
  [W0, 'O2', '商户升级', null, '', pct(0.95), null, day('2024-01-10'), '张三', '进行中', '需要运维资源'],
  [W1, 'O2', 'POS', null, '', pct(0.8), null, null, '李四', '进行中', ''],
  [W0, 'O2', 'POS', null, '', pct(1), null, null, '李四', '已完成', ''],
  [W0, 'O2', 'POS', 1, '机具库存', null, null, null, '', '', '采购审批'],
  [W0, 'O2', '风控', null, '', null, null, null, '', '延期', ''],
  [W1, 'O2', '营收', null, '', null, null, null, '', '延期', ''],
  [W0, 'O2', '营收', null, '', null, null, null, '', '延期', '协调银行排期'],
]);

export const metrics = sheet('指标', [
  ['周', '分组', '指标', '数值', '目标值', '方向'],
  [W1, '支付成功率', '一次支付成功率', shown(0.993, '99.3000%'), '99.5', ''],
  [W0, '支付成功率', '一次支付成功率', shown(0.992826, '99.2826%'), '99.5', ''],
  [W0, '支付成功率', '入金有效成功率', shown(0.99997, '99.997%'), shown(0.9999, '99.99%'), ''],
  [W0, '支付成功率', '出金有效成功率', shown(0.99962, '99.962%'), null, ''],
  [W0, '响应', 'P99 延迟', shown(220, '220 ms'), 200, '越低越好'],
]);

export const incidents = sheet('生产事件', [
  ['开始时间', '发现方式', '事件', '影响', '原因', '恢复时间', '级别', '后续措施'],
  ['2023-12-30 10:00', '', '去年的事故', '', '', '2023-12-30 11:00', 'A', ''],
  ['2024-01-03 09:00', '', '上上周的事故', '', '', '2024-01-03 09:30', 'C', ''],
  ['2024-01-09 10:00', '', '支付超时', '', '', '2024-01-09 10:45', 'B', ''],
  ['2024-01-10 20:00', '', '对账延迟', '', '', '2024-01-11 08:00', 'D', ''],
  ['2024-01-12 12:00', '', '演练', '', '', '', '', ''],
  ['2024-01-14 23:00', '', '周日深夜', '', '', '2024-01-14 23:10', 'C', ''],
  ['2024-01-15 01:00', '', '本周一的事故', '', '', '2024-01-15 01:05', 'A', ''],
]);

/** The sheets with a Settings tab in front unless they have one: a workbook without Settings is an error (SPEC §4.1). */
export const withSettings = (sheets: readonly SheetInput[]): SheetInput[] =>
  sheets.some((s) => s.name === '设置') ? [...sheets] : [sheet('设置', [['项', '值']]), ...sheets];
