// Center report strings of the zh/en message table (SPEC §13): the roll-up's headings, table and lines.
import type { Message } from './message';

export const centerMessages = {
  title: { zh: '中心周报 {week}', en: 'Center report, {week}' },
  submissionsHeading: { zh: '【提交情况】', en: 'Submissions' },
  team: { zh: '团队', en: 'Team' },
  lead: { zh: '负责人', en: 'Lead' },
  status: { zh: '状态', en: 'Status' },
  projects: { zh: '项目', en: 'Projects' },
  updated: { zh: '已更新', en: 'Updated' },
  report: { zh: '周报', en: 'Report' },
  /** The 已更新 cell: rows updated of the rows that count. */
  updatedCount: { zh: '{updated}/{total}', en: '{updated}/{total}' },
  updatedTooFew: { zh: '{updated}/{total} 未更新', en: '{updated}/{total} not updated' },
  noObjectives: { zh: '—', en: '—' },
  notSubmitted: { zh: '未提交：{teams}', en: 'Not submitted: {teams}' },
  notUpdated: { zh: '未更新：{teams}', en: 'Not updated: {teams}' },
  invalid: {
    zh: '数据有错误：{team}（{errors} 个错误，见【数据问题】）',
    en: 'Data errors: {team} ({errors} errors, see Data problems)',
  },
  unreadable: { zh: '无法读取：团队 {team}（{reason}）', en: 'Unreadable: team {team} ({reason})' },
  teamList: { zh: '、', en: ', ' },
  attentionHeading: { zh: '【需关注】', en: 'Needs attention' },
  /** `🔴 风险 支付组｜收银台改版（张三）：延期`. */
  attentionLine: {
    zh: '{status} {team}｜{project}（{owner}）：{reason}',
    en: '{status} {team} | {project} ({owner}): {reason}',
  },
  attentionLineWithoutOwner: {
    zh: '{status} {team}｜{project}：{reason}',
    en: '{status} {team} | {project}: {reason}',
  },
  offTargetHeading: { zh: '【指标未达标】', en: 'Metrics off target' },
  teamLine: { zh: '{team}｜{text}', en: '{team} | {text}' },
  reliabilityHeading: { zh: '【稳定性】', en: 'Reliability' },
  reliabilityTeams: { zh: '按团队：{teams}', en: 'By team: {teams}' },
  reliabilityTeam: { zh: '{team} {count} 起', en: '{team} {count}' },
  asksHeading: { zh: '【需协调与支持】', en: 'Asks' },
  highlightsHeading: { zh: '【各团队要点】', en: 'Team highlights' },
  problemsHeading: { zh: '【数据问题】', en: 'Data problems' },
  problemLine: { zh: '{team}｜{problem}', en: '{team} | {problem}' },
  error: { zh: '错误 {text}', en: 'error {text}' },
  moreErrors: { zh: '另有 {count} 个错误', en: '{count} more errors' },
  /** Warnings do not keep a team out of the roll-up: counted, and read in the team's own Validate. */
  warnings: {
    zh: '{count} 个提醒（在团队表格中运行校验查看）',
    en: '{count} warnings (run Validate in the team sheet)',
  },
  /** A source row: the link's text, after the line it supports. */
  source: { zh: '{tab}!A{row}', en: '{tab}!A{row}' },
  /** A team's Doc, in the 周报 column. */
  reportLink: { zh: '周报', en: 'report' },
  none: { zh: '—', en: '—' },
} as const satisfies Record<string, Message>;
