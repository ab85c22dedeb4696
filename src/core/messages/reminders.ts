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
  noOwnerUnreachable: { zh: '（未填负责人，无法提醒）', en: '(no owner: cannot be reminded)' },
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
  confirmAlready: {
    zh: '本周（{week}）已提醒过，不会再发：',
    en: 'Already reminded for {week}; not mailed again:',
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
    zh: '定时提醒由 {owner} 设置（每个表格只保留一个定时提醒）；请联系 {owner} 修改或取消。若它错过运行超过一天，任何编辑者都可以重新设置来接管。',
    en: 'Reminders belong to {owner} (a sheet keeps one reminder schedule); ask {owner} to change or remove them. Once they miss a run by more than a day, any editor may set them again to take them over.',
  },
  scheduleConfirmTitle: { zh: '定时提醒', en: 'Schedule reminders' },
  scheduleConfirm: {
    zh: '每{weekday} {time}（{timeZone}）将以你（{owner}）的名义提醒未更新的负责人。可能收到提醒的 {count} 个地址：\n{addresses}\n\n之后新出现的地址要等你再次设置定时提醒才会收到。现在设置吗？',
    en: 'Every {weekday} {time} ({timeZone}) owners with rows not updated will be reminded in your name ({owner}). The {count} addresses that may get a reminder:\n{addresses}\n\nAddresses that appear later wait until you set the reminders again. Set them now?',
  },
  tookOver: {
    zh: '{owner} 设置的原定时提醒已失效（错过运行超过一天），现由你接管。',
    en: 'The reminders of {owner} had stopped (they missed a run by more than a day); they are yours now.',
  },
  removedStale: {
    zh: '{owner} 设置的定时提醒已失效（错过运行超过一天），已清除其记录。',
    en: 'The reminders of {owner} had stopped (they missed a run by more than a day); their record is cleared.',
  },
  waitingSubject: {
    zh: '提醒名单待你确认：{count} 个新地址未收到提醒',
    en: 'Reminder addresses to confirm: {count} new addresses were not reminded',
  },
  waiting: {
    zh: '以下 {count} 个地址未经你确认，本次定时提醒没有发给他们：\n{addresses}\n\n若同意提醒，请在表格中点击 周报 → 定时提醒 重新确认名单：{url}',
    en: 'These {count} addresses were not confirmed by you and got no scheduled reminder:\n{addresses}\n\nTo remind them, confirm the list again with Weekly report → Schedule reminders in the sheet: {url}',
  },
  alreadyRunning: {
    zh: '另一次操作正在进行，本次定时提醒未发送',
    en: 'Another action was running: the scheduled reminders were not sent',
  },
  notSentSubject: { zh: '部分提醒未发送', en: 'Some reminders were not sent' },
  alreadyReminded: {
    zh: '本周（{week}）已提醒过，未再发送：{owners}',
    en: 'Already reminded for {week}, not mailed again: {owners}',
  },
  remindOverCap: {
    zh: '本次最多发 {max} 封（设置 每次最多邮件），未发送：{owners}',
    en: 'A run mails at most {max} (Settings max_mails_per_run); not sent: {owners}',
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
