// Report strings of the zh/en message table (see ./index.ts): every fixed word of the generated document.
import type { Message } from './message';

export const reportMessages = {
  weekTitle: { zh: '第{week}周 {date}', en: 'Week {week}, {date}' },
  progressWithPrevious: {
    zh: '总体进度{current}%，较上周{previous}%新增{delta}%进度',
    en: '{current}% ({delta} pts from {previous}%)',
  },
  progressOnly: { zh: '总体进度{current}%', en: '{current}%' },
  generated: { zh: '生成时间：{year}年{month}月{day}日 {time}', en: 'Generated {date} {time}' },
  headerText: { zh: '{team} · {title} · {generated}', en: '{team} · {title} · {generated}' },
  /** Joins the clauses of one line (status, progress, due; impact, cause). */
  clauseSeparator: { zh: '，', en: ', ' },
  parenthetical: { zh: '（{text}）', en: ' ({text})' },

  highlightsHeading: { zh: '【重点工作】', en: 'Highlights' },
  highlightTitle: { zh: '【{title}】', en: '{title}: ' },

  metricsHeading: { zh: '【系统运行数据】', en: 'System metrics' },
  metricGroup: { zh: '{group}：', en: '{group}:' },
  metricLine: { zh: '{metric}：{value}', en: '{metric}: {value}' },
  metricDelta: { zh: '较上周 {delta}', en: '{delta} vs last week' },
  metricMissed: { zh: '未达标，目标 {target}', en: 'missed, target {target}' },
  /** The group the derived incident count goes under; either language's name is recognised in the sheet. */
  availabilityGroup: { zh: '系统可用性', en: 'Availability' },
  incidentCount: {
    zh: '事故数AB级{ab}次，CD级{cd}次',
    en: 'Incidents: {ab} at level A/B, {cd} at level C/D',
  },

  objectiveHeading: { zh: '【{objective}】', en: '{objective}' },
  projectLine: { zh: '{project}：{details}', en: '{project}: {details}' },
  projectDue: { zh: '计划{due}', en: 'due {due}' },
  delayedMarker: { zh: '【延期】', en: '[delayed] ' },
  atRiskMarker: { zh: '【风险】', en: '[at risk] ' },

  incidentsHeading: { zh: '【生产事件】', en: 'Production incidents' },
  /** Detected and Summary run together as the team writes them (`监控发现` + `应用双活`). */
  incidentOpening: { zh: '{detected}{summary}', en: '{detected} {summary}' },
  incidentCause: { zh: '原因：{cause}', en: 'cause: {cause}' },
  /** Closes the facts of an incident before its recovery time, and that before its follow-up. */
  incidentSentenceEnd: { zh: '。', en: '. ' },
  incidentRecovered: { zh: '{time} 恢复', en: 'Recovered {time}' },
  incidentLevel: { zh: '{level}级', en: 'level {level}' },
  incidentDuration: { zh: '持续{minutes}分钟', en: '{minutes} min' },
  incidentFollowUp: { zh: '后续：{followUp}', en: 'Follow-up: {followUp}' },

  reflectionsHeading: { zh: '收获与反思', en: 'Lessons and reflections' },
  nextWeekHeading: { zh: '下周工作及目标', en: 'Next week' },
  dailyHeading: { zh: '日报合集', en: 'Daily notes' },
  dailyDay: { zh: '{date} {weekday}', en: '{weekday} {date}' },
  /** ISO weekday names, Monday first, comma-separated. */
  weekdays: { zh: '周一,周二,周三,周四,周五,周六,周日', en: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun' },
  dailyEntry: { zh: '{author}：{content}', en: '{author}: {content}' },
} as const satisfies Record<string, Message>;
