// The center's Apps Script strings of the zh/en message table (SPEC §13): its 汇总 menu, dialogs, the reasons a
// team's sheet could not be read, and its schedule. The roll-up's own words are in ./center.ts.
import type { Message } from './message';

export const centerAppMessages = {
  menuTitle: { zh: '汇总', en: 'Center' },
  menuBuild: { zh: '生成中心周报', en: 'Build center report' },
  menuPreview: { zh: '预览', en: 'Preview' },
  menuSchedule: { zh: '定时', en: 'Schedule' },
  scheduleMenuPath: { zh: '汇总 → 定时', en: 'Center → Schedule' },
  menuUnschedule: { zh: '取消定时', en: 'Remove schedule' },
  menuSetUp: { zh: '设置', en: 'Set up' },
  sheetsServiceMissing: {
    zh: '未启用 Sheets 高级服务（v4）：请检查 center/appsscript.json 后重新推送（npm run push:center）',
    en: 'the Sheets advanced service (v4) is not enabled: check center/appsscript.json and push again (npm run push:center)',
  },
  noAccess: {
    zh: '无权查看：请该团队把表格共享给你',
    en: 'no access: ask the team to share its sheet with you',
  },
  notFound: {
    zh: '找不到表格：已删除、在回收站中，或链接有误',
    en: 'not found: deleted, in the bin, or a wrong link',
  },
  notSpreadsheet: {
    zh: '链接指向的不是 Google 表格（可能是文档或上传的 Excel 文件）',
    en: 'the link is not a Google Sheet (a Doc, or an uploaded Excel file?)',
  },
  readFailed: { zh: '读取出错：{detail}', en: 'reading failed: {detail}' },
  badLink: { zh: '"表格"一栏不是表格链接', en: 'the Sheet cell is not a link to a sheet' },
  notReadInTime: {
    zh: '分 {slices} 段读取（每段约 4.5 分钟）仍未读到',
    en: 'not reached in {slices} slices of about 4.5 minutes',
  },
  previewNotRead: { zh: '预览的时间内未读到', en: 'not reached within the preview' },
  builtTitle: { zh: '中心周报已生成', en: 'Center report built' },
  builtBody: {
    zh: '{title}：{total} 个团队中读取了 {read} 个，无法读取 {unreadable} 个。',
    en: '{title}: {read} of {total} teams read, {unreadable} unreadable.',
  },
  continuing: {
    zh: '已读取 {read}/{total} 个团队；其余在后台分段继续读取（每段约 4.5 分钟）。全部读完后写入中心周报，并把链接发到 {email}。',
    en: '{read} of {total} teams read; the rest are read in the background, in slices of about 4.5 minutes. Once all are read the center report is written and its link mailed to {email}.',
  },
  running: {
    zh: '中心周报正在生成（{by} 于 {started} 开始）：已读取 {read}/{total} 个团队。完成后链接会发给 {by}。',
    en: 'A center report is being built (started by {by} at {started}): {read} of {total} teams read. Its link will be mailed to {by}.',
  },
  doneMailBody: {
    zh: '{title} 已生成：{total} 个团队中读取了 {read} 个，无法读取 {unreadable} 个。\n在线文档：{url}',
    en: '{title} is built: {read} of {total} teams read, {unreadable} unreadable.\nThe Doc: {url}',
  },
  failedMailSubject: { zh: '中心周报未生成', en: 'Center report not built' },
  failedUntouched: {
    zh: '中心周报"{title}"未生成：{reason}\n没有文档被改动。请稍后重试。',
    en: 'The center report "{title}" was not built: {reason}\nNo Doc was changed. Try again in a moment.',
  },
  failedUnchanged: {
    zh: '中心周报"{title}"未能写入：{reason}\n文档仍是上一版内容。请稍后重试。',
    en: 'The center report "{title}" could not be written: {reason}\nThe Doc keeps its previous content. Try again in a moment.',
  },
  failedEmpty: {
    zh: '中心周报"{title}"未能写入：{reason}\n新建的文档仍是空的；重试会写入同一文档。',
    en: 'The center report "{title}" could not be written: {reason}\nThe new Doc is still empty; a retry writes into the same Doc.',
  },
  failedHeader: {
    zh: '中心周报"{title}"已写入文档，但页眉未能写入：{reason}',
    en: 'The center report "{title}" is in its Doc, but its page header could not be written: {reason}',
  },
  noTeams: {
    zh: '"团队"表中没有团队：请每行填写 团队、表格（链接）、负责人、邮箱。',
    en: 'The Teams tab lists no team: one row per team with Team, Sheet (its link), Lead and Email.',
  },
  setUpCreated: {
    zh: '已创建：{tabs}。请在"{teams}"表中每行填写一个团队的表格链接。',
    en: 'Created: {tabs}. List one team per row in {teams}, with its sheet’s link.',
  },
  setUpNothing: {
    zh: '设置和团队表都已存在；已恢复其列的格式，数据未改动。',
    en: 'Settings and Teams exist already; their columns got their formats back, and no data changed.',
  },
  scheduleConfirmTitle: { zh: '定时生成中心周报', en: 'Schedule the center report' },
  scheduleConfirm: {
    zh: '每周一 10:00（{timeZone}）将读取各团队表格，生成应交的中心周报，并以你（{owner}）的名义发送给以下 {count} 位收件人：\n{recipients}\n\n只有这份名单会收到；之后加入"收件人"的地址要等你再次设置定时才会收到。出现问题时通知你。现在设置吗？',
    en: 'Every Monday 10:00 ({timeZone}) the teams’ sheets will be read and the center report due that day built and mailed in your name ({owner}) to these {count} recipients:\n{recipients}\n\nOnly this list is mailed; addresses added to recipients later wait until you set the schedule again. Problems are mailed to you. Set it now?',
  },
  scheduleConfirmNoRecipients: {
    zh: '每周一 10:00（{timeZone}）将读取各团队表格并生成中心周报。设置中没有收件人：报告不发给任何人，出现问题时通知你（{owner}）。现在设置吗？',
    en: 'Every Monday 10:00 ({timeZone}) the teams’ sheets will be read and the center report built. Settings lists no recipients: it is mailed to no one, and problems are mailed to you ({owner}). Set it now?',
  },
  scheduled: {
    zh: '已设置：每周一 10:00（{timeZone}）自动生成中心周报并发送给：{recipients}',
    en: 'Scheduled: every Monday 10:00 ({timeZone}) the center report is built and mailed to: {recipients}',
  },
} as const satisfies Record<string, Message>;
