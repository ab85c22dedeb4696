// Functions strings of the zh/en message table (see ./index.ts): custom-function results and argument errors.
import type { Message } from './message';

export const functionMessages = {
  /** Where a bad value sits: the argument, and its row (and column) when the argument is a range. */
  argumentRow: { zh: '{arg} 第{row}行', en: '{arg} (row {row})' },
  argumentCell: { zh: '{arg} 第{row}行第{column}列', en: '{arg} (row {row}, column {column})' },
  notPercent: {
    zh: '{fn}：参数 {arg} 的值 "{value}" 不是百分比（应为 0.85、85 或 85%）',
    en: '{fn}: {arg} "{value}" is not a percent (expected 0.85, 85 or 85%)',
  },
  percentOutOfRange: {
    zh: '{fn}：参数 {arg} 的值 "{value}" 超出 0–100%',
    en: '{fn}: {arg} "{value}" is outside 0–100%',
  },
  notNumber: {
    zh: '{fn}：参数 {arg} 的值 "{value}" 不是数值',
    en: '{fn}: {arg} "{value}" is not a number',
  },
  notDate: {
    zh: '{fn}：参数 {arg} 的值 "{value}" 不是日期（应为日期、日期序号或 YYYY-MM-DD）',
    en: '{fn}: {arg} "{value}" is not a date (expected a date, a serial number or YYYY-MM-DD)',
  },
  notChoice: {
    zh: '{fn}：参数 {arg} 的值 "{value}" 无效（应为 {choices}）',
    en: '{fn}: {arg} "{value}" is not one of {choices}',
  },
  /** A choice listed in an error, by its key and its name in the error's language. */
  choiceName: { zh: '{key}（{name}）', en: '{key} ({name})' },
  sizeMismatch: {
    zh: '{fn}：参数 {arg} 的大小为 {size}，应与参数 {other} 相同（{expected}）',
    en: '{fn}: {arg} is {size}, expected {expected} like {other}',
  },
  notColumn: {
    zh: '{fn}：参数 {arg} 应为单列，实际有 {columns} 列',
    en: '{fn}: {arg} must be a single column, got {columns} columns',
  },
  metricMet: { zh: '达标', en: 'met' },
  metricMissed: { zh: '未达标', en: 'missed' },
} as const satisfies Record<string, Message>;
