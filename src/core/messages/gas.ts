// Apps Script shell strings of the zh/en message table (see ./index.ts): menu, dialogs, alerts and mail.
import type { Message } from './message';

export const gasMessages = {
  menuTitle: { zh: '周报 (Weekly report)', en: '周报 (Weekly report)' },
  menuGenerate: { zh: '生成周报', en: 'Generate weekly report' },
  menuGenerateWeek: { zh: '生成指定周…', en: 'Generate for a week…' },
  menuPreview: { zh: '预览', en: 'Preview' },
  menuSend: { zh: '发送周报', en: 'Send report' },
  weekPromptTitle: { zh: '生成指定周的周报', en: 'Generate the report of a week' },
  weekPrompt: {
    zh: '输入该周的任意一天（YYYY-MM-DD），例如 2023-11-13：',
    en: 'Enter any day of that week (YYYY-MM-DD), e.g. 2023-11-13:',
  },
  badWeek: {
    zh: '"{value}" 不是 YYYY-MM-DD 格式的日期。',
    en: '"{value}" is not a date in YYYY-MM-DD form.',
  },
  menuValidate: { zh: '校验数据', en: 'Validate' },
  menuNewWeek: { zh: '开始新一周', en: 'Start new week' },
  menuSetUp: { zh: '初始化表格', en: 'Set up sheet' },
  menuSchedule: { zh: '定时生成', en: 'Schedule' },
  /** Where a schedule's owner confirms its recipients again, named in the notice of addresses waiting. */
  scheduleMenuPath: { zh: '周报 → 定时生成', en: 'Weekly report → Schedule' },
  menuUnschedule: { zh: '取消定时', en: 'Remove schedule' },
  driveServiceMissing: {
    zh: '未启用 Drive 高级服务（v3）：请检查 appsscript.json 后重新推送',
    en: 'the Drive advanced service (v3) is not enabled: check appsscript.json and push again',
  },
  docsServiceMissing: {
    zh: '未启用 Docs 高级服务（v1）：请检查 appsscript.json 后重新推送',
    en: 'the Docs advanced service (v1) is not enabled: check appsscript.json and push again',
  },
  driveNoId: {
    zh: 'Google 云端硬盘没有返回"{name}"的 id，未能创建',
    en: 'Drive returned no id for "{name}": it could not be created',
  },
  alreadyRunning: {
    zh: '周报正在生成中（另一次操作尚未结束），请稍后再试。',
    en: 'A weekly report is already running (another action has not finished); try again in a moment.',
  },
  failedUntouched: {
    zh: '周报"{title}"未生成：{reason}\n文档和报告表都没有改动。请稍后重试。',
    en: 'The report "{title}" was not generated: {reason}\nNo Doc and not the Reports tab were changed. Try again in a moment.',
  },
  failedUnchanged: {
    zh: '周报"{title}"未能写入：{reason}\n文档仍是上一版内容，报告表未更新。请稍后重试。',
    en: 'The report "{title}" could not be written: {reason}\nThe Doc keeps its previous content and the Reports tab was not updated. Try again in a moment.',
  },
  failedEmpty: {
    zh: '周报"{title}"未能写入：{reason}\n新建的文档仍是空的，报告表未更新；重试会写入同一文档。',
    en: 'The report "{title}" could not be written: {reason}\nThe new Doc is still empty and the Reports tab was not updated; a retry writes into the same Doc.',
  },
  failedUnrecorded: {
    zh: '周报"{title}"已写入文档，但报告表未能更新：{reason}\n重试会重写同一文档并记录。',
    en: 'The report "{title}" is in its Doc, but the Reports tab could not be updated: {reason}\nA retry rewrites the same Doc and records it.',
  },
  problemsTitle: { zh: '数据有误，未写入任何内容', en: 'Problems in the sheet: nothing was written' },
  validateTitle: { zh: '校验结果', en: 'Validation' },
  validateClean: { zh: '没有发现问题。', en: 'No problems found.' },
  errorsHeading: { zh: '错误（{count}）', en: 'Errors ({count})' },
  warningsHeading: { zh: '提醒（{count}）', en: 'Warnings ({count})' },
  generatedTitle: { zh: '周报已生成', en: 'Weekly report generated' },
  generatedBody: { zh: '{title}（第{revision}版）', en: '{title} (revision {revision})' },
  openDoc: { zh: '打开文档', en: 'Open the document' },
  newWeekAdded: { zh: '已为 {week} 这一周追加：{tabs}。', en: 'Added for the week of {week}: {tabs}.' },
  newWeekTab: { zh: '{tab} {rows} 行', en: '{rows} rows to {tab}' },
  newWeekSeparator: { zh: '，', en: ', ' },
  newWeekNothing: {
    zh: '没有需要追加的行：下一周的行都已存在。',
    en: 'No rows to add: next week’s rows are all there already.',
  },
  setUpCreated: { zh: '已创建：{tabs}', en: 'Created: {tabs}' },
  setUpNothing: {
    zh: '所有表格都已存在；已为其中的列恢复格式和下拉选项，数据未改动。',
    en: 'Every tab already exists; their columns got their formats and dropdowns back, and no data changed.',
  },
  scheduled: {
    zh: '已设置：每周一 09:00（{timeZone}）自动生成周报并发送给：{recipients}',
    en: 'Scheduled: every Monday 09:00 ({timeZone}) the report is generated and mailed to: {recipients}',
  },
  noRecipients: { zh: '（设置中未填写收件人）', en: '(no recipients in Settings)' },
  unscheduled: { zh: '已取消定时生成。', en: 'Schedule removed.' },
  mailDocLine: { zh: '在线文档：{url}', en: 'The Doc: {url}' },
  mailPdfMissing: {
    zh: '未附 PDF（{reason}）：请打开上面的在线文档。',
    en: 'No PDF attached ({reason}): open the Doc above.',
  },
  mailSent: { zh: '已将"{subject}"发送给：{recipients}', en: 'Sent "{subject}" to: {recipients}' },
  sendConfirmTitle: { zh: '发送周报', en: 'Send the report' },
  sendConfirm: {
    zh: '将生成周报（与"生成周报"相同的一周），并以邮件发送给设置中的 {count} 位收件人：\n{recipients}\n\n邮件正文即周报，附在线文档链接和 PDF。现在生成并发送吗？',
    en: 'The report will be generated (the same week as Generate weekly report) and mailed to the {count} recipients in Settings:\n{recipients}\n\nThe mail is the report itself, with the Doc’s link and a PDF. Generate and send now?',
  },
  sendNoRecipients: {
    zh: '设置中没有收件人，未生成也未发送：请在"设置"表中填写 收件人（多个地址以逗号分隔）后再试。',
    en: 'Settings has no recipients, so nothing was generated or sent: fill in recipients in the Settings tab (comma-separated addresses) and try again.',
  },
  previewTitle: { zh: '预览：{title}', en: 'Preview: {title}' },
  previewProblemsTitle: { zh: '数据有误，无法预览', en: 'Problems in the sheet: no preview' },
  scheduledBusy: {
    zh: '定时周报未生成：表格一直被另一次操作占用（5 分钟后重试仍未成功）',
    en: 'The scheduled report was not generated: another action kept the sheet busy (a retry 5 minutes later failed too)',
  },
  scheduledCrashed: {
    zh: '定时周报未生成：{reason}',
    en: 'The scheduled report was not generated: {reason}',
  },
  sendNoQuota: {
    zh: '今日邮件配额只剩 {quota}，不够发给 {count} 位收件人：未生成也未发送，请明天再试。',
    en: 'Only {quota} recipients are left in today’s mail quota, not enough for {count}: nothing was generated or sent; try again tomorrow.',
  },
  mailQuotaExceeded: {
    zh: '邮件未发送：今日剩余配额 {quota}，不够发给 {recipients}（{subject}）',
    en: 'Mail not sent: {quota} recipients left in today’s quota, not enough for {recipients} ({subject})',
  },
  mailFailed: {
    zh: '邮件未能发给 {recipients}：{reason}',
    en: 'Mail to {recipients} could not be sent: {reason}',
  },
  scheduleOwnedByOther: {
    zh: '定时生成由 {owner} 设置（每个表格只保留一个定时）；请联系 {owner} 修改或取消。若它错过运行超过一天，任何编辑者都可以重新设置来接管。',
    en: 'The schedule belongs to {owner} (a sheet keeps one schedule); ask {owner} to change or remove it. Once it misses a run by more than a day, any editor may set it again to take it over.',
  },
  scheduleNoAddress: {
    zh: 'Apps Script 没有提供你的邮箱地址，无法记录定时的负责人：未做改动。请重新授权本脚本后再试。',
    en: 'Apps Script did not give your address, so the schedule could not be recorded as yours: nothing changed. Authorize the script again and retry.',
  },
  scheduleConfirmTitle: { zh: '定时生成', en: 'Schedule the report' },
  scheduleConfirm: {
    zh: '每周一 09:00（{timeZone}）将自动生成周报，并以你（{owner}）的名义发送给以下 {count} 位收件人：\n{recipients}\n\n只有这份名单会收到；之后加入"收件人"的地址要等你再次设置定时才会收到。出现问题时通知你。现在设置吗？',
    en: 'Every Monday 09:00 ({timeZone}) the report will be generated and mailed in your name ({owner}) to these {count} recipients:\n{recipients}\n\nOnly this list is mailed; addresses added to recipients later wait until you set the schedule again. Problems are mailed to you. Set it now?',
  },
  scheduleConfirmNoRecipients: {
    zh: '每周一 09:00（{timeZone}）将自动生成周报。设置中没有收件人：周报不发给任何人，出现问题时通知你（{owner}）。现在设置吗？',
    en: 'Every Monday 09:00 ({timeZone}) the report will be generated. Settings lists no recipients: the report is mailed to no one, and problems are mailed to you ({owner}). Set it now?',
  },
  scheduleTookOver: {
    zh: '{owner} 设置的原定时已失效（错过运行超过一天），现由你接管。',
    en: 'The schedule of {owner} had stopped (it missed a run by more than a day); it is yours now.',
  },
  unscheduledStale: {
    zh: '{owner} 设置的定时已失效（错过运行超过一天），已清除其记录。',
    en: 'The schedule of {owner} had stopped (it missed a run by more than a day); its record is cleared.',
  },
  unscheduledNone: {
    zh: '当前没有由你设置的定时生成，未做改动。',
    en: 'You have no schedule here; nothing changed.',
  },
  recipientsWaitingSubject: {
    zh: '周报收件人待你确认：{count} 个新地址未收到邮件',
    en: 'Weekly report recipients to confirm: {count} new addresses were not mailed',
  },
  recipientsWaiting: {
    zh: '"收件人"中有 {count} 个地址未经你确认，本次定时周报没有发给他们：\n{addresses}\n\n若同意发送，请在表格中点击 {menu} 重新确认名单：{url}',
    en: 'Settings recipients hold {count} addresses you have not confirmed; the scheduled report was not mailed to them:\n{addresses}\n\nTo mail them, confirm the list again with {menu} in the sheet: {url}',
  },
  mailCapReached: {
    zh: '邮件未发送：本次最多发给 {max} 个地址（设置 每次最多邮件），不够发给 {recipients}（{subject}）',
    en: 'Mail not sent: a run mails at most {max} addresses (Settings max_mails_per_run), not enough for {recipients} ({subject})',
  },
  mailWarnings: { zh: '注意：', en: 'Note:' },
  mailProblemsSubject: {
    zh: '周报未生成：表格中有 {count} 个问题',
    en: 'Weekly report not generated: {count} problems in the sheet',
  },
} as const satisfies Record<string, Message>;
