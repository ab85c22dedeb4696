// Completeness and reminder strings of the zh/en message table (see ./index.ts): SPEC §11, in every shell.
import type { Message } from './message';

export const reminderMessages = {
  completeness: { zh: '已更新 {updated}/{total}', en: '{updated}/{total} updated' },
  completenessOfWeek: {
    zh: '{week} 的周报：已更新 {updated}/{total}',
    en: 'Report of {week}: {updated}/{total} updated',
  },
  completenessNoRows: {
    zh: '{week} 的周报还没有项目行（开始新一周会添加）',
    en: 'The report of {week} has no Projects rows yet (Start new week adds them)',
  },
  summaryLabel: { zh: '更新情况', en: 'Updates' },
  notUpdatedHeading: { zh: '未更新的行，按负责人：', en: 'Rows not updated, by owner:' },
  ownerRows: { zh: '{owner}：{rows}', en: '{owner}: {rows}' },
  ownerAddress: { zh: '{owner} <{address}>', en: '{owner} <{address}>' },
  ownerUnreachable: {
    zh: '{owner}（没有邮箱，无法提醒）',
    en: '{owner} (no email address: cannot be reminded)',
  },
  noOwner: { zh: '（未填负责人）', en: '(no owner)' },
  rowPoint: { zh: '{project}（第{no}条）', en: '{project} (point {no})' },
  rowSeparator: { zh: '、', en: ', ' },
  mailRow: { zh: '- {row}（{cell}）', en: '- {row} ({cell})' },
  mailSubject: {
    zh: '请更新周报：{team} {week}（{count} 项未更新）',
    en: 'Please update the weekly report: {team} {week} ({count} not updated)',
  },
  mailBody: {
    zh: '{owner}，你好：\n\n{team} {week} 的周报中，你负责的以下 {count} 项与上周相比还没有更新（进展和进度都没有变）：\n{rows}\n\n请在表格中更新：{url}',
    en: 'Hello {owner},\n\nIn the {team} report of {week}, these {count} rows of yours are as they were last week (same status and progress):\n{rows}\n\nPlease update them in the sheet: {url}',
  },

  menuRemind: { zh: '提醒未更新', en: 'Remind owners' },
  menuScheduleReminders: { zh: '定时提醒', en: 'Schedule reminders' },
  menuRemoveReminders: { zh: '取消定时提醒', en: 'Remove reminders' },
  confirmTitle: { zh: '提醒未更新的负责人', en: 'Remind owners' },
  confirmMail: {
    zh: '将给以下 {count} 人各发一封提醒邮件，列出他们未更新的行和表格链接：',
    en: 'Each of these {count} people gets one mail listing their rows not updated, with a link to the sheet:',
  },
  confirmUnreachable: {
    zh: '以下负责人没有邮箱，不会收到提醒（可在“人员”表中填写）：',
    en: 'These owners have no email address and will not be reminded (add them to the People tab):',
  },
  confirmQuestion: { zh: '现在发送吗？', en: 'Send now?' },
  nothingToRemind: { zh: '{completeness}：没有需要提醒的人。', en: '{completeness}: no one to remind.' },
  noOneReachable: {
    zh: '{completeness}。没有可以发邮件的负责人：',
    en: '{completeness}. No owner with rows to update has an email address:',
  },
  remindProblems: {
    zh: '数据有误，未发送任何提醒',
    en: 'Problems in the sheet: no reminder was sent',
  },
  remindSent: { zh: '已发送 {count} 封提醒：{owners}', en: '{count} reminders sent: {owners}' },
  remindSentNone: { zh: '没有发送任何提醒。', en: 'No reminder was sent.' },
  remindOverQuota: {
    zh: '今日邮件配额只剩 {quota}，未发送：{owners}',
    en: 'Today’s mail quota had {quota} left; not sent: {owners}',
  },
  remindFailed: {
    zh: '发给 {owner} 的提醒未能发送：{reason}',
    en: 'The reminder to {owner} failed: {reason}',
  },
  remindUnreachable: { zh: '没有邮箱，未提醒：{owners}', en: 'No email address, not reminded: {owners}' },
  ownerSeparator: { zh: '、', en: ', ' },

  scheduled: {
    zh: '已设置：每{weekday} {time}（{timeZone}）提醒未更新的负责人。',
    en: 'Scheduled: every {weekday} {time} ({timeZone}) the owners with rows not updated are reminded.',
  },
  reminderTimeBlank: {
    zh: '设置中的“提醒时间”为空，未设置定时提醒：请填写如 周五 15:00 后再试。',
    en: 'Settings reminder_time is blank, so no reminder was scheduled: fill it in (e.g. Fri 15:00) and try again.',
  },
  ownedByOther: {
    zh: '定时提醒已由 {owner} 设置（每个表格只保留一个定时提醒）；请由该用户修改或取消。',
    en: 'Reminders were scheduled by {owner} (a sheet keeps one reminder schedule); ask them to change or remove it.',
  },
  removed: { zh: '已取消定时提醒。', en: 'Reminders removed.' },
  removedNone: {
    zh: '当前没有由你设置的定时提醒，未做改动。',
    en: 'You have no reminder schedule here; nothing changed.',
  },

  cliWouldRemind: {
    zh: '将提醒 {count} 人（只列出，不发送邮件）：',
    en: 'Would remind {count} people (listed only; no mail is sent):',
  },
  cliUnreachable: { zh: '无法提醒（没有邮箱）：', en: 'Cannot be reminded (no email address):' },
} as const satisfies Record<string, Message>;
