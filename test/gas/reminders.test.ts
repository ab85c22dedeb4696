// SPEC §11 through the bundle, on docs/reminder-demo.json: Validate's completeness, Remind owners, the reminder trigger.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SeedSheet, seedSpreadsheet } from '../fakes/sample-workbook';
import type { MailRecord } from '../fakes/script-services';
import { type Harness, harness } from './harness';

/** The team's workbook on Wednesday 2023-11-15 (the harness's clock): the report in progress is 2023-11-20's. */
const demoSheets = (): readonly SeedSheet[] =>
  JSON.parse(readFileSync(join(__dirname, '../../docs/reminder-demo.json'), 'utf8')).sheets;

function team(): Harness {
  const h = harness({ seed: false });
  seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, demoSheets());
  return h;
}

function setting(h: Harness, key: string, value: string): void {
  const settings = h.world.spreadsheetApp.spreadsheet.sheet('设置');
  settings.getRange(settings.getLastRow() + 1, 1, 1, 2).setValues([[key, value]]);
}

/** The rows a reminder lists, as `- row（cell）` lines of its body. */
const rowsOf = (mail: MailRecord): string[] =>
  mail.body
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.replace(/（[^（）]*）$/, '').slice(2));

/** Who got which rows: every mail sent, by address. */
/** The reminders sent (not the notes to the schedule's owner about what was not sent), by address. */
const remindedRows = (h: Harness): Record<string, string[]> =>
  Object.fromEntries(
    h.world.mailApp.sent
      .filter((mail) => mail.subject.startsWith('请更新周报'))
      .map((mail) => [mail.to, rowsOf(mail)]),
  );

const EVERY_REMINDER = {
  'zhangwei@example.com': ['资金安全数据打通', '银联签约支付绑卡'],
  'chen.jie@example.com': ['贝好家意向金支付存管'],
  'lina@example.com': ['支付系统双活（第2条）'],
};

describe('Validate', () => {
  it('shows how much of the report in progress is updated, and whose rows are not', () => {
    const h = team();
    h.run('validateSheet');
    const [dialog] = h.world.spreadsheetApp.ui.dialogs;
    expect(dialog.html).toContain('<h3>2023-11-20 的周报：已更新 17/28</h3>');
    expect(dialog.html).toContain(
      '<li>张伟 &lt;zhangwei@example.com&gt;：资金安全数据打通、银联签约支付绑卡</li>',
    );
    expect(dialog.html).toContain(
      '<li>王五（没有邮箱，无法提醒）：存管衍生-银行卡办理、POS收单系统建设（第1条）',
    );
    expect(dialog.html).toContain('<li>孙磊（没有邮箱，无法提醒）：研发效能度量月度复盘</li>');
    expect(dialog.html).not.toContain('赵敏');
    expect(dialog.html).not.toContain('刘洋');
  });
});

describe('Remind owners', () => {
  it('asks first, listing each owner with their rows and who cannot be reached', () => {
    const h = team();
    h.world.spreadsheetApp.ui.alertAnswers.push('NO');
    h.run('remindOwners');
    expect(h.world.mailApp.sent).toEqual([]);
    const [question] = h.world.spreadsheetApp.ui.alerts;
    expect(question.split('\n')).toEqual([
      '提醒未更新的负责人',
      '2023-11-20 的周报：已更新 17/28',
      '',
      '将给以下 3 人各发一封提醒邮件，列出他们未更新的行和表格链接：',
      '张伟 <zhangwei@example.com>：资金安全数据打通、银联签约支付绑卡',
      'chen.jie@example.com：贝好家意向金支付存管',
      '李娜 <lina@example.com>：支付系统双活（第2条）',
      '',
      '以下负责人没有邮箱，不会收到提醒（可在“人员”表中填写）：',
      // Under that heading each is named once, without saying again that they have no address.
      '王五：存管衍生-银行卡办理、POS收单系统建设（第1条）、POS收单系统建设（第2条）、POS收单系统建设（第3条）、POS收单系统建设（第4条）、POS收单系统建设（第5条）',
      '孙磊：研发效能度量月度复盘',
      '',
      '现在发送吗？',
    ]);
  });

  it('mails exactly the owners with rows not updated, once each, exactly their rows, with the sheet’s link', () => {
    const h = team();
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('remindOwners');
    expect(remindedRows(h)).toEqual(EVERY_REMINDER);
    expect(h.world.mailApp.sent).toHaveLength(3);
    for (const mail of h.world.mailApp.sent) {
      expect(mail.body).toContain('https://docs.google.com/spreadsheets/d/sheet-1/edit');
      expect(mail.subject).toMatch(/^请更新周报：支付中心 2023-11-20（\d 项未更新）$/);
    }
    expect(h.world.mailApp.sent[0].body).toContain('- 资金安全数据打通（项目!E');
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      ['已发送 3 封提醒：张伟、chen.jie@example.com、李娜', '没有邮箱，未提醒：王五、孙磊'].join('\n'),
    );
  });

  it('sends no more mails than the day’s quota and names who was not mailed', () => {
    const h = team();
    h.world.mailApp.quota = 1;
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('remindOwners');
    expect(remindedRows(h)).toEqual({ 'zhangwei@example.com': EVERY_REMINDER['zhangwei@example.com'] });
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      [
        '已发送 1 封提醒：张伟',
        '今日邮件配额只剩 1，未发送：chen.jie@example.com、李娜',
        '没有邮箱，未提醒：王五、孙磊',
      ].join('\n'),
    );
  });

  it('names an owner whose mail failed and still mails the others', () => {
    const h = team();
    const mailApp = h.world.mailApp;
    const send = mailApp.sendEmail.bind(mailApp);
    mailApp.sendEmail = (message) => {
      if (message.to === 'chen.jie@example.com') throw new Error('Invalid email: chen.jie@example.com');
      send(message);
    };
    h.world.spreadsheetApp.ui.alertAnswers.push('YES');
    h.run('remindOwners');
    expect(Object.keys(remindedRows(h))).toEqual(['zhangwei@example.com', 'lina@example.com']);
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toContain(
      '发给 chen.jie@example.com 的提醒未能发送：Invalid email: chen.jie@example.com',
    );
  });

  it('says there is no one to remind once every row is updated, and asks nothing', () => {
    const h = team();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    const header = projects.values()[0];
    const status = header.indexOf('进展') + 1;
    projects.values().forEach((row, r) => {
      const week = row[header.indexOf('周')] as Date;
      // Every row of 11-20 but the blank headings above numbered points, which never change.
      if (r > 0 && week.toISOString().startsWith('2023-11-19') && row[status - 1] !== '') {
        projects.getRange(r + 1, status).setValues([[`${row[status - 1]} 已更新`]]);
      }
    });
    h.run('remindOwners');
    expect(h.world.spreadsheetApp.ui.alerts).toEqual(['2023-11-20 的周报：已更新 28/28：没有需要提醒的人。']);
    expect(h.world.mailApp.sent).toEqual([]);
  });

  it('sends nothing while the rows it reads have errors, and lists them', () => {
    const h = team();
    const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
    projects.getRange(3, projects.values()[0].indexOf('进度') + 1).setValues([['120%']]);
    h.run('remindOwners');
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([]);
    expect(h.world.spreadsheetApp.ui.dialogs[0]).toMatchObject({
      title: '数据有误，未发送任何提醒',
      html: expect.stringContaining('项目!F3'),
    });
  });

  it('is on the menu', () => {
    const h = team();
    h.run('onOpen');
    const items = h.world.spreadsheetApp.ui.menus[0].items;
    expect(items).toEqual(
      expect.arrayContaining([
        { caption: '提醒未更新 Remind owners', functionName: 'remindOwners' },
        { caption: '定时提醒 Schedule reminders', functionName: 'scheduleReminders' },
        { caption: '取消定时提醒 Remove reminders', functionName: 'removeReminders' },
      ]),
    );
    for (const item of items) expect(typeof h.script[item.functionName]).toBe('function');
  });
});

describe('The reminder schedule', () => {
  it('installs one weekly trigger at Settings 提醒时间 in the sheet’s zone, replaced rather than duplicated', () => {
    const h = team();
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    h.confirm('scheduleReminders');
    expect(h.world.scriptApp.triggers).toEqual([
      expect.objectContaining({
        handler: 'scheduledReminder',
        weekDay: 'FRIDAY',
        hour: 15,
        minute: 0,
        timeZone: 'Asia/Shanghai',
      }),
    ]);
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      '已设置：每周五 15:00（Asia/Shanghai）提醒未更新的负责人。',
    );
  });

  it('is one per spreadsheet: a second editor is told who owns it and can neither add nor remove one', () => {
    const h = team();
    setting(h, '提醒时间', 'Fri 15:00');
    h.confirm('scheduleReminders');
    h.world.session.activeEmail = 'pm@example.com';
    h.confirm('scheduleReminders');
    h.run('removeReminders');
    expect(h.world.scriptApp.triggers.map((t) => t.handler)).toEqual(['scheduledReminder']);
    expect(h.world.spreadsheetApp.ui.alerts.slice(-2)).toEqual([
      '定时提醒由 lead@example.com 设置（每个表格只保留一个定时提醒）；请联系 lead@example.com 修改或取消。若它错过运行超过一天，任何编辑者都可以重新设置来接管。',
      '定时提醒由 lead@example.com 设置（每个表格只保留一个定时提醒）；请联系 lead@example.com 修改或取消。若它错过运行超过一天，任何编辑者都可以重新设置来接管。',
    ]);
  });

  it('lives beside the report schedule: removing one leaves the other', () => {
    const h = team();
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReport');
    h.confirm('scheduleReminders');
    h.run('removeReminders');
    h.run('removeReminders');
    expect(h.world.scriptApp.triggers.map((t) => t.handler)).toEqual(['scheduledWeeklyReport']);
    expect(h.world.spreadsheetApp.ui.alerts.slice(-2)).toEqual([
      '已取消定时提醒。',
      '当前没有由你设置的定时提醒，未做改动。',
    ]);
  });

  it('installs nothing while 提醒时间 is blank, and says how to turn it on', () => {
    const h = team();
    h.confirm('scheduleReminders');
    expect(h.world.scriptApp.triggers).toEqual([]);
    expect(h.world.spreadsheetApp.ui.alerts).toEqual([
      '设置中的“提醒时间”为空，未设置定时提醒：请填写如 周五 15:00 后再试。',
    ]);
  });

  it('mails the same reminders when it fires, with no one asked, and logs who could not be reminded', () => {
    const h = team();
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      h.fire(h.world.scriptApp.triggers[0]);
      expect(remindedRows(h)).toEqual(EVERY_REMINDER);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors).toHaveBeenCalledWith('部分提醒未发送\n没有邮箱，未提醒：王五、孙磊');
      // …and the schedule's owner reads the same in their mail (SPEC §12: never silent).
      expect(h.world.mailApp.sent.filter((m) => m.to === 'lead@example.com')).toEqual([
        { to: 'lead@example.com', subject: '部分提醒未发送', body: '没有邮箱，未提醒：王五、孙磊' },
      ]);
    } finally {
      errors.mockRestore();
    }
  });

  it('never mails more than the quota when it fires, and logs who was not mailed', () => {
    const h = team();
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    h.world.mailApp.quota = 1;
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      h.fire(h.world.scriptApp.triggers[0]);
      expect(h.world.mailApp.sent.map((m) => m.to)).toEqual(['zhangwei@example.com']);
      expect(errors).toHaveBeenCalledWith(
        expect.stringContaining('今日邮件配额只剩 1，未发送：chen.jie@example.com、李娜'),
      );
    } finally {
      errors.mockRestore();
    }
  });

  it('sends nothing once 提醒时间 is cleared, though the trigger still fires', () => {
    const h = team();
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    const settings = h.world.spreadsheetApp.spreadsheet.sheet('设置');
    settings.getRange(settings.getLastRow(), 2).setValues([['']]);
    h.fire(h.world.scriptApp.triggers[0]);
    expect(h.world.mailApp.sent).toEqual([]);
  });
});

describe('The People tab', () => {
  it('is created by Set up with its headers', () => {
    const h = harness({ seed: false });
    h.run('setUpSheet');
    expect(h.world.spreadsheetApp.spreadsheet.sheet('人员').values()).toEqual([['姓名', '邮箱']]);
  });

  it('costs Generate only its name: not one read of it counts against the budget', () => {
    const generate = (withPeople: boolean): string[] => {
      const h = team();
      const { spreadsheet } = h.world.spreadsheetApp;
      if (!withPeople) spreadsheet.sheets.splice(spreadsheet.sheets.indexOf(spreadsheet.sheet('人员')), 1);
      h.world.calls.reset();
      h.run('generateWeeklyReport');
      expect(h.world.docs.docs.size).toBe(1);
      return [...h.world.calls.sequence];
    };
    const without = generate(false);
    const withPeople = generate(true);
    expect(without.length).toBeLessThanOrEqual(60);
    expect(withPeople.length).toBe(without.length + 1);
    const reads = (calls: string[]) => calls.filter((call) => call.endsWith('.getDataRange')).length;
    expect(reads(withPeople)).toBe(reads(without));
  });
});
