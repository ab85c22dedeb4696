// Report strings of the zh/en message table (see ./index.ts): every fixed word of the generated document.
import type { Message } from './message';

export const reportMessages = {
  weekTitle: { zh: '第{week}周 {date}', en: 'Week {week}, {date}' },
  progressWithPrevious: {
    zh: '总体进度{current}%，较上周{previous}%新增{delta}%进度',
    en: '{current}% ({delta} pts from {previous}%)',
  },
  progressDropped: {
    zh: '总体进度{current}%，较上周{previous}%下降{delta}%',
    en: '{current}% ({delta} pts from {previous}%)',
  },
  /** The same progress as last week: never `新增0%进度` / `+0 pts`. */
  progressUnchanged: { zh: '总体进度{current}%，进度持平', en: '{current}% (unchanged)' },
  progressOnly: { zh: '总体进度{current}%', en: '{current}%' },
  generated: { zh: '生成时间：{year}年{month}月{day}日 {time}', en: 'Generated {date} {time}' },
  headerText: { zh: '{team} · {title} · {generated}', en: '{team} · {title} · {generated}' },
  /** Joins the clauses of one line (status, progress, due; impact, cause). */
  clauseSeparator: { zh: '，', en: ', ' },
  parenthetical: { zh: '（{text}）', en: ' ({text})' },
  /** Joins the notes of one parenthetical: `（较上周 -0.045pp；未达标，目标 99.990%）`, never two brackets in a row. */
  noteSeparator: { zh: '；', en: '; ' },

  summaryHeading: { zh: '【本周概览】', en: 'Summary' },
  summaryObjective: { zh: '目标', en: 'Objective' },
  summaryStatus: { zh: '状态', en: 'Status' },
  summaryProjects: { zh: '项目', en: 'Projects' },
  summaryDone: { zh: '完成', en: 'Done' },
  statusDone: { zh: '✅ 完成', en: '✅ done' },
  /** Not 风险: that is a State the team types (and the reason `转为🟡 关注（风险）`), amber by the rules. */
  statusRed: { zh: '🔴 严重', en: '🔴 red' },
  statusAmber: { zh: '🟡 关注', en: '🟡 amber' },
  statusGreen: { zh: '🟢 正常', en: '🟢 green' },
  /** The label of each part of the summary, bold. */
  partLabel: { zh: '{label}：', en: '{label}:' },
  changesLabel: { zh: '本周变化', en: 'Changes' },
  /** When the previous week's rows are not the Monday before's (a week was skipped). */
  changesSinceLabel: { zh: '本周变化（对比 {date}）', en: 'Changes (since {date})' },
  changeLine: { zh: '{project}：{changes}', en: '{project}: {changes}' },
  changeSeparator: { zh: '；', en: '; ' },
  changeNew: { zh: '新增', en: 'new' },
  changeDone: { zh: '本周完成', en: 'done this week' },
  changeTurned: { zh: '转为{status}（{reason}）', en: 'turned {status} ({reason})' },
  changeDueMoved: { zh: '计划 {from} → {to}', en: 'due {from} → {to}' },
  reasonStateDone: { zh: '已完成', en: 'done' },
  reasonComplete: { zh: '进度100%', en: 'progress 100%' },
  reasonDelayed: { zh: '延期', en: 'delayed' },
  reasonOverdue: { zh: '已过计划日期 {due}', en: 'past due {due}' },
  reasonAtRisk: { zh: '风险', en: 'at risk' },
  reasonPaused: { zh: '暂停', en: 'paused' },
  reasonDropped: { zh: '进度下降 {from}%→{to}%', en: 'progress down {from}%→{to}%' },
  reasonStalled: { zh: '进度两周未变 {progress}%', en: 'progress unchanged for two weeks at {progress}%' },
  reasonDueSoon: { zh: '计划 {due} 临近，进度{progress}%', en: 'due {due} at {progress}%' },
  reasonOnTrack: { zh: '正常', en: 'on track' },
  offTargetLabel: { zh: '指标未达标', en: 'Metrics off target' },
  offTargetTarget: { zh: '目标 {target}', en: 'target {target}' },
  reliabilityLabel: { zh: '稳定性', en: 'Reliability' },
  reliabilityPeriod: { zh: '本期事件：{levels}', en: 'This period: {levels}' },
  reliabilityLevel: { zh: '{level}级{count}次', en: '{count} at level {level}' },
  reliabilityUngraded: { zh: '未定级事件{count}次', en: '{count} ungraded' },
  reliabilityNone: { zh: '本期无生产事件', en: 'No incidents this period' },
  reliabilityRecovery: {
    zh: '恢复用时：平均{mean}，最长{max}（{count}起有恢复时间）',
    en: 'Time to recover: mean {mean}, max {max} ({count} with a recovery time)',
  },
  reliabilityYearToDate: {
    zh: '{year}年累计：AB级{ab}次，CD级{cd}次',
    en: '{year} to date: {ab} at level A/B, {cd} at level C/D',
  },
  asksLabel: { zh: '需协调与支持', en: 'Asks' },
  askLine: { zh: '{project}（{owner}）：{asks}', en: '{project} ({owner}): {asks}' },
  askLineWithoutOwner: { zh: '{project}：{asks}', en: '{project}: {asks}' },

  highlightsHeading: { zh: '【重点工作】', en: 'Highlights' },
  highlightTitle: { zh: '【{title}】', en: '{title}: ' },

  metricsHeading: { zh: '【系统运行数据】', en: 'System metrics' },
  metricGroup: { zh: '{group}：', en: '{group}:' },
  metricLine: { zh: '{metric}：{value}', en: '{metric}: {value}' },
  metricDelta: { zh: '较上周 {delta}', en: '{delta} vs last week' },
  /** A difference that is zero at the display's decimals: never `较上周 0.000pp`. */
  metricUnchanged: { zh: '较上周持平', en: 'unchanged from last week' },
  metricMissed: { zh: '未达标，目标 {target}', en: 'missed, target {target}' },
  /** The group the derived incident count goes under; either language's name is recognised in the sheet. */
  availabilityGroup: { zh: '系统可用性', en: 'Availability' },
  /** A trend chart's x label: the week as the report numbers it. */
  chartWeek: { zh: '第{week}周', en: 'W{week}' },
  /** The week column's header on the Trends tab the Sheets charts read. */
  chartWeekColumn: { zh: '周', en: 'Week' },
  chartTarget: { zh: '{metric} 目标 {target}', en: '{metric} target {target}' },
  /** The title of the chart of a metric group without a name. */
  chartUntitled: { zh: '指标趋势', en: 'Metric trends' },
  /** Where a chart goes in the Google Doc until its image replaces it (SPEC §9). */
  chartPlaceholder: { zh: '【图表】{title}', en: '[Chart] {title}' },
  /** Apps Script: the report is written, its charts are not (the placeholder lines stay). */
  chartsFailed: {
    zh: '趋势图未能绘制，文档中保留了图表的占位行：{reason}',
    en: 'The trend charts could not be drawn; the Doc keeps their placeholder lines: {reason}',
  },
  trendsTabNotOurs: {
    zh: '表"{tab}"不是周报工具创建的，未改动它。请将它改名，周报会另建自己的"趋势"表',
    en: 'The tab "{tab}" was not made by the weekly report, so it was left as it is. Rename it and the report makes its own Trends tab',
  },
  chartFailed: {
    zh: '趋势图未能绘制："{title}"，文档中保留了它的占位行：{reason}',
    en: 'The trend chart "{title}" could not be drawn; the Doc keeps its placeholder line: {reason}',
  },
  chartNotPlaced: {
    zh: '文档中找不到图表"{title}"的占位行（文档是否在生成时被编辑？），该图未放入。',
    en: 'The Doc has no placeholder line for the chart "{title}" (was it edited while generating?); the chart was left out.',
  },
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
  incidentDuration: { zh: '持续{duration}', en: '{duration}' },
  /** A length of time as a reader takes it in: minutes under an hour, hours and minutes under a day, then days. */
  durationMinutes: { zh: '{minutes}分钟', en: '{minutes} min' },
  durationHours: { zh: '{hours}小时', en: '{hours} h' },
  durationHoursMinutes: { zh: '{hours}小时{minutes}分钟', en: '{hours} h {minutes} min' },
  durationDays: { zh: '{days}天', en: '{days} d' },
  durationDaysHours: { zh: '{days}天{hours}小时', en: '{days} d {hours} h' },
  incidentFollowUp: { zh: '后续：{followUp}', en: 'Follow-up: {followUp}' },

  reflectionsHeading: { zh: '收获与反思', en: 'Lessons and reflections' },
  nextWeekHeading: { zh: '下周工作及目标', en: 'Next week' },
  dailyHeading: { zh: '日报合集', en: 'Daily notes' },
  dailyDay: { zh: '{date} {weekday}', en: '{weekday} {date}' },
  /** ISO weekday names, Monday first, comma-separated. */
  weekdays: { zh: '周一,周二,周三,周四,周五,周六,周日', en: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun' },
  dailyEntry: { zh: '{author}：{content}', en: '{author}: {content}' },
} as const satisfies Record<string, Message>;
