// Validation strings of the zh/en message table (see ./index.ts): what was found and what was expected.
import type { Message } from './message';

export const validationMessages = {
  missingCoreTab: {
    zh: '找不到工作表"{tab}"，无法生成周报',
    en: 'Tab "{tab}" is missing; the report needs it',
  },
  missingCoreTabNear: {
    zh: '找不到"{tab}"；是否是"{closest}"？请改回"{tab}"',
    en: 'Tab "{tab}" is missing; is it "{closest}"? Rename it back to "{tab}"',
  },
  missingTab: { zh: '缺少工作表"{tab}"，该部分为空', en: 'Tab "{tab}" is missing; its section is empty' },
  duplicateTab: {
    zh: '"{tab}"和"{other}"是同一个工作表，只读取了"{tab}"：请删除或重命名"{other}"',
    en: '"{tab}" and "{other}" are the same tab; only "{tab}" was read: delete or rename "{other}"',
  },
  missingColumn: { zh: '工作表"{tab}"缺少列"{column}"', en: 'Tab "{tab}" lacks the column "{column}"' },
  duplicateColumn: {
    zh: '列"{column}"出现两次，每列只能有一个',
    en: 'Column "{column}" appears twice; expected it once',
  },
  errorValue: {
    zh: '{column} 是公式错误 "{found}"，请修正公式或改为数值',
    en: '{column} is the formula error "{found}"; fix the formula or type the value',
  },
  uncalculatedFormula: {
    zh: '{column} 是没有计算结果的公式：请在 Excel 或 Google 表格中打开并重新保存该文件',
    en: '{column} is a formula saved without its result: open the file in Excel or Google Sheets and save it again',
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
  notWeekCount: {
    zh: '{column} "{found}" 不是周数，应为 12 这样的正整数，0 表示不画趋势图',
    en: '{column} "{found}" is not a number of weeks; expected a whole number such as 12, or 0 for no charts',
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
  newWeekNotYet: {
    zh: '下一周 {next} 尚未开始：今天属于 {inProgress} 的周报，未追加任何行',
    en: 'The week of {next} has not begun: today belongs to the report of {inProgress}; no rows were added',
  },
  noWeek: {
    zh: '找不到报告周：项目表中没有带周的行',
    en: 'No report week: Projects has no row with a Week',
  },
  weekWithoutRows: {
    zh: '{week} 这一周在项目表中没有行，未生成任何内容；有行的周：{weeks}',
    en: 'The week of {week} has no rows in Projects, so nothing was generated; weeks with rows: {weeks}',
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
  notMailCount: {
    zh: '{column} "{found}" 不是邮件数，应为 50 这样的正整数',
    en: '{column} "{found}" is not a number of mails; expected a whole number such as 50',
  },
  unknownSetting: {
    zh: '设置项 "{found}" 无法识别，应为 {expected}',
    en: 'Setting "{found}" is unknown; expected one of {expected}',
  },
  badTimeZone: {
    zh: '{column} "{found}" 不是时区，应为 Asia/Shanghai 这样的 IANA 名称',
    en: '{column} "{found}" is not a time zone; expected an IANA name such as Asia/Shanghai',
  },
  notWeeklyTime: {
    zh: '{column} "{found}" 不是每周的时间，应为 周五 15:00 这样的星期和时间',
    en: '{column} "{found}" is not a time of the week; expected a day and a time such as Fri 15:00',
  },
  badRecipient: {
    zh: '{column} "{found}" 不是邮箱地址，应为 name@example.com',
    en: '{column} "{found}" is not an email address; expected name@example.com',
  },
  listSeparator: { zh: '、', en: ', ' },
  defaultTeam: { zh: '团队', en: 'Team' },
  defaultFolder: { zh: '{team} 周报', en: '{team} weekly reports' },
  // A center's Teams tab (SPEC §13).
  notASheet: {
    zh: '{column} "{found}" 不是表格的网址或 ID，应为 https://docs.google.com/spreadsheets/d/… 这样的网址',
    en: '{column} "{found}" is not a sheet URL or id; expected a URL such as https://docs.google.com/spreadsheets/d/…',
  },
  sameTeamTwice: {
    zh: '团队"{found}"出现两次，只汇总第一行',
    en: 'Team "{found}" appears twice; only its first row is rolled up',
  },
} as const satisfies Record<string, Message>;

export type ValidationMessage = keyof typeof validationMessages;
