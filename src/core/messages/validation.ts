// Validation strings of the zh/en message table (see ./index.ts): what was found and what was expected.
import type { Message } from './message';

export const validationMessages = {
  missingTab: { zh: '缺少工作表"{tab}"，该部分为空', en: 'Tab "{tab}" is missing; its section is empty' },
  missingColumn: { zh: '工作表"{tab}"缺少列"{column}"', en: 'Tab "{tab}" lacks the column "{column}"' },
  duplicateColumn: {
    zh: '列"{column}"出现两次，每列只能有一个',
    en: 'Column "{column}" appears twice; expected it once',
  },
  requiredValue: { zh: '{column}为空，需要填写', en: '{column} is empty; a value is required' },
  percentAbove: { zh: '{column} "{found}" 超过 100%', en: '{column} "{found}" is above 100%' },
  percentBelow: { zh: '{column} "{found}" 低于 0%', en: '{column} "{found}" is below 0%' },
  notPercent: {
    zh: '{column} "{found}" 不是百分比，应为 85%、0.85 或 85',
    en: '{column} "{found}" is not a percent; expected 85%, 0.85 or 85',
  },
  notDate: {
    zh: '{column} "{found}" 不是日期，应为 2023-11-16、11/16 或 11月16日',
    en: '{column} "{found}" is not a date; expected 2023-11-16, 11/16 or 11月16日',
  },
  notDateTime: {
    zh: '{column} "{found}" 不是日期时间，应为 2023-11-12 18:42 或 11/12 18:42',
    en: '{column} "{found}" is not a date-time; expected 2023-11-12 18:42 or 11/12 18:42',
  },
  notNumber: {
    zh: '{column} "{found}" 不是数字，应为 99.99% 或 664 这样的数值',
    en: '{column} "{found}" is not a number; expected a value such as 99.99% or 664',
  },
  notInteger: {
    zh: '{column} "{found}" 不是序号，应为 1、2、3 这样的正整数',
    en: '{column} "{found}" is not a number of order; expected a whole number such as 1, 2, 3',
  },
  notChoice: {
    zh: '{column} "{found}" 不是可选值，应为 {expected}',
    en: '{column} "{found}" is not one of {expected}',
  },
  unknownObjective: {
    zh: '{column} "{found}" 不在目标表中，应为 {expected}',
    en: '{column} "{found}" is not in Objectives; expected one of {expected}',
  },
  duplicateRow: {
    zh: '{column} "{found}" 在 {week} 已有相同序号的行（第 {first} 行）',
    en: '{column} "{found}" already has a row for {week} with the same No (row {first})',
  },
  noWeek: {
    zh: '找不到报告周：项目、重点工作、指标表中都没有周',
    en: 'No report week: Projects, Highlights and Metrics have no Week',
  },
  recoveredBeforeStart: {
    zh: '{column} "{found}" 早于开始时间 {start}',
    en: '{column} "{found}" is before the start {start}',
  },
  progressDropped: {
    zh: '{column} "{found}" 低于上周的 {previous}',
    en: '{column} "{found}" is lower than last week ({previous})',
  },
  duePassed: {
    zh: '{column} "{found}" 已过（报告日 {monday}），项目尚未完成',
    en: '{column} "{found}" has passed (report date {monday}) and the project is not done',
  },
  metricWithoutTarget: {
    zh: '指标 "{found}" 没有目标值，无法判断是否达标',
    en: 'Metric "{found}" has no Target, so it cannot be met or missed',
  },
  unknownSetting: {
    zh: '设置项 "{found}" 无法识别，应为 {expected}',
    en: 'Setting "{found}" is unknown; expected one of {expected}',
  },
  badTimeZone: {
    zh: '{column} "{found}" 不是时区，应为 Asia/Shanghai 这样的 IANA 名称',
    en: '{column} "{found}" is not a time zone; expected an IANA name such as Asia/Shanghai',
  },
  badRecipient: {
    zh: '{column} "{found}" 不是邮箱地址，应为 name@example.com',
    en: '{column} "{found}" is not an email address; expected name@example.com',
  },
  listSeparator: { zh: '、', en: ', ' },
  defaultTeam: { zh: '团队', en: 'Team' },
  defaultFolder: { zh: '{team} 周报', en: '{team} weekly reports' },
} as const satisfies Record<string, Message>;

export type ValidationMessage = keyof typeof validationMessages;
