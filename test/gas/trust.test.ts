// SPEC §12 through the bundle, over fakes that behave like Google: keys that rotate, copies that lose properties
// and triggers, addresses withheld without the scope, editors who type addresses, charts that fail one by one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SeedSheet, seedSpreadsheet } from '../fakes/sample-workbook';
import type { TriggerRecord } from '../fakes/script-services';
import { copyWorld } from '../fakes/world';
import { docsOf } from './doc-shape';
import { as, type Harness, harness, harnessOf } from './harness';
import { setStatus, setting } from './report-html';

const DAY = 86_400_000;
const OWNER = 'lead@example.com';
const EDITOR = 'pm@example.com';

const alerts = (h: Harness) => h.world.spreadsheetApp.ui.alerts;
const triggersOf = (h: Harness, handler = 'scheduledWeeklyReport'): TriggerRecord[] =>
  h.world.scriptApp.triggers.filter((t) => t.handler === handler);

/** The clock moved to the next Monday 09:00 in Shanghai (01:00 UTC), when the report trigger fires. */
function toNextMonday(h: Harness): void {
  const now = h.world.clock.now.getTime();
  let next = Date.UTC(
    h.world.clock.now.getUTCFullYear(),
    h.world.clock.now.getUTCMonth(),
    h.world.clock.now.getUTCDate(),
    1,
  );
  while (next <= now || new Date(next).getUTCDay() !== 1) next += DAY;
  h.world.clock.now = new Date(next);
}

/** Every installed trigger of `handler` fires, as Apps Script fires each at its time. */
function fireAll(h: Harness, handler = 'scheduledWeeklyReport'): void {
  for (const trigger of triggersOf(h, handler)) h.fire(trigger);
}

function quietErrors(): jest.SpyInstance {
  return jest.spyOn(console, 'error').mockImplementation(() => {});
}

describe('A schedule is owned by a person, not by a key that rotates', () => {
  it('lets its owner remove and set it again on day 1, day 40 and day 400, though the key changed', () => {
    const h = harness();
    const firstKey = h.world.session.getTemporaryActiveUserKey();
    h.confirm('scheduleReport');
    for (const days of [0, 39, 360]) {
      h.world.clock.advanceDays(days);
      h.run('removeSchedule');
      expect(alerts(h).at(-1)).toBe('已取消定时生成。');
      expect(h.world.scriptApp.triggers).toEqual([]);
      h.confirm('scheduleReport');
      expect(triggersOf(h)).toEqual([expect.objectContaining({ owner: OWNER })]);
    }
    expect(h.world.session.getTemporaryActiveUserKey()).not.toBe(firstKey);
  });

  it('tells another editor the owner’s address while it keeps its Mondays, even a year on', () => {
    const h = harness();
    h.confirm('scheduleReport');
    const errors = quietErrors();
    try {
      for (let week = 0; week < 52; week++) {
        toNextMonday(h);
        fireAll(h);
      }
    } finally {
      errors.mockRestore();
    }
    h.world.clock.advanceDays(3);
    as(h, EDITOR, () => {
      h.confirm('scheduleReport');
      expect(alerts(h).at(-1)).toContain(`定时生成由 ${OWNER} 设置`);
      h.run('removeSchedule');
      expect(alerts(h).at(-1)).toContain(`请联系 ${OWNER}`);
    });
    expect(triggersOf(h)).toEqual([expect.objectContaining({ owner: OWNER })]);
  });

  it('stays its owner’s when Apps Script fires it a little early each Monday', () => {
    const h = harness();
    h.confirm('scheduleReport');
    const errors = quietErrors();
    try {
      for (let week = 0; week < 3; week++) {
        toNextMonday(h);
        h.world.clock.advanceDays(-10 / 1440); // 08:50, ten minutes early
        fireAll(h);
      }
    } finally {
      errors.mockRestore();
    }
    h.world.clock.advanceDays(3);
    as(h, EDITOR, () => h.confirm('scheduleReport'));
    expect(alerts(h).at(-1)).toContain(`定时生成由 ${OWNER} 设置`);
    expect(triggersOf(h)).toEqual([expect.objectContaining({ owner: OWNER })]);
  });

  it('is taken over by another editor once its trigger is gone (missed its Monday by more than a day)', () => {
    const h = harness();
    h.confirm('scheduleReport');
    // The owner deletes it in the Apps Script dashboard (or leaves): nobody else can see that it is gone…
    h.world.scriptApp.triggers = [];
    toNextMonday(h);
    as(h, EDITOR, () => {
      h.confirm('scheduleReport');
      expect(alerts(h).at(-1)).toContain(OWNER);
      expect(triggersOf(h)).toEqual([]);
    });
    // …until it misses its Monday by more than a day.
    h.world.clock.advanceDays(1.1);
    as(h, EDITOR, () => h.confirm('scheduleReport'));
    expect(alerts(h).at(-1)).toContain(`${OWNER} 设置的原定时已失效（错过运行超过一天），现由你接管。`);
    expect(triggersOf(h)).toEqual([expect.objectContaining({ owner: EDITOR })]);
    // The former owner, back, is told the new owner's address.
    h.confirm('scheduleReport');
    expect(alerts(h).at(-1)).toContain(`定时生成由 ${EDITOR} 设置`);
  });

  it('leaves one trigger: a former owner’s trigger that fires after a takeover deletes itself and sends nothing', () => {
    const h = harness();
    setting(h, '收件人', 'cto@example.com');
    h.confirm('scheduleReport');
    const stale = triggersOf(h)[0];
    // It stops firing (the owner's account suspended), so the editor takes it over…
    h.world.scriptApp.triggers = [];
    h.world.clock.advanceDays(14);
    as(h, EDITOR, () => h.confirm('scheduleReport'));
    // …then it comes back and fires beside the new one.
    h.world.scriptApp.triggers.push(stale);
    h.fire(stale);
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.scriptApp.triggers).toEqual([expect.objectContaining({ owner: EDITOR })]);
  });

  it('leaves one trigger when two editors click at once: the second is told the sheet is busy', () => {
    const h = harness();
    h.world.lockService.lock.heldElsewhere = true;
    h.confirm('scheduleReport');
    expect(alerts(h).at(-1)).toBe('周报正在生成中（另一次操作尚未结束），请稍后再试。');
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('installs nothing when Apps Script withholds the user’s address (no userinfo.email scope)', () => {
    const h = harness({ scopes: ['https://www.googleapis.com/auth/script.scriptapp'] });
    h.confirm('scheduleReport');
    expect(alerts(h).at(-1)).toContain('Apps Script 没有提供你的邮箱地址');
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('keeps the reminder schedule by the same rules', () => {
    const h = harness();
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    const errors = quietErrors();
    try {
      for (let week = 0; week < 6; week++) {
        h.world.clock.advanceDays(7);
        fireAll(h, 'scheduledReminder');
      }
    } finally {
      errors.mockRestore();
    }
    as(h, EDITOR, () => h.confirm('scheduleReminders'));
    expect(alerts(h).at(-1)).toContain(`定时提醒由 ${OWNER} 设置`);
    h.run('removeReminders');
    expect(alerts(h).at(-1)).toBe('已取消定时提醒。');
    expect(triggersOf(h, 'scheduledReminder')).toEqual([]);
  });
});

describe('A copy of the sheet is a new team', () => {
  it('makes its own Doc and folder and never writes the original’s, though its Reports rows point there', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const [original] = docsOf(h.world);
    const before = original.read();
    const copy = harnessOf(copyWorld(h.world, 'sheet-2'));
    setStatus(copy, '复制后的进展');
    copy.run('generateWeeklyReport');
    copy.run('generateWeeklyReport');
    const docs = docsOf(h.world);
    expect(docs).toHaveLength(2);
    expect(original.read()).toEqual(before);
    expect(original.batches).toBe(2);
    const own = docs.find((d) => d.id !== original.id);
    expect(JSON.stringify(own?.read())).toContain('复制后的进展');
    const files = h.world.drive.Files.files;
    expect(files.get(own?.id ?? '')?.appProperties).toEqual({ weeklyReport: 'sheet-2:2023-11-13' });
    expect(files.get(own?.id ?? '')?.parents).not.toEqual(files.get(original.id)?.parents);
    const rows = copy.world.spreadsheetApp.spreadsheet.sheet('报告').values().slice(1);
    expect(rows.map((row) => [row[1], row[4]])).toEqual([[own?.url, 2]]);
  });

  it('has no schedule and may set its own, even where the original’s properties came along', () => {
    const h = harness();
    h.confirm('scheduleReport');
    const copy = harnessOf(copyWorld(h.world, 'sheet-2'));
    expect(copy.world.scriptApp.triggers).toEqual([]);
    // Were the document properties copied too, they are the original's id's, not the copy's.
    for (const [key, value] of h.world.propertiesService.document.values)
      copy.world.propertiesService.document.values.set(key, value);
    as(copy, EDITOR, () => copy.confirm('scheduleReport'));
    expect(copy.world.scriptApp.triggers).toEqual([expect.objectContaining({ owner: EDITOR })]);
  });
});

describe('Mail goes only where its sender agreed', () => {
  it('mails only the confirmed recipients; an address an editor adds waits, and the owner is told once', () => {
    const h = harness();
    setting(h, '收件人', 'cto@example.com');
    h.confirm('scheduleReport');
    expect(alerts(h).at(-1)).toContain('cto@example.com');
    setting(h, '收件人', 'cto@example.com, someone@rival.example');
    const errors = quietErrors();
    try {
      fireAll(h);
      const sent = h.world.mailApp.sent.map((m) => [m.to, m.subject]);
      expect(sent).toEqual([
        ['cto@example.com', '第46周 2023-11-13'],
        [OWNER, '周报收件人待你确认：1 个新地址未收到邮件'],
      ]);
      expect(h.world.mailApp.sent[1].body).toContain('someone@rival.example');
      expect(h.world.mailApp.sent[1].body).toContain('周报 → 定时生成');
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('someone@rival.example'));
    } finally {
      errors.mockRestore();
    }
    // Confirmed by the owner: mailed from then on.
    h.confirm('scheduleReport');
    h.world.mailApp.sent.length = 0;
    fireAll(h);
    expect(h.world.mailApp.sent.map((m) => m.to)).toEqual(['cto@example.com,someone@rival.example']);
  });

  it('sends no more than 每次最多邮件 addresses per run, and says so', () => {
    const h = harness();
    setting(h, '收件人', 'a@example.com, b@example.com, c@example.com');
    setting(h, '每次最多邮件', '2');
    h.confirm('scheduleReport');
    const errors = quietErrors();
    try {
      fireAll(h);
      expect(h.world.mailApp.sent).toEqual([]);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('本次最多发给 2 个地址'));
    } finally {
      errors.mockRestore();
    }
  });

  it('puts no line break or control character of a cell into a subject', () => {
    const h = harness({ seed: false });
    seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, reminderDemo());
    setting(h, '团队', '支付\r\nBcc: all@example.com\u0007');
    h.confirm('remindOwners');
    expect(h.world.mailApp.sent.length).toBeGreaterThan(0);
    for (const mail of h.world.mailApp.sent) {
      expect([...mail.subject].filter((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toEqual([]);
      expect(mail.subject).toContain('支付 Bcc: all@example.com');
    }
  });
});

describe('The Monday run is never silent', () => {
  it('mails a failure to the owner’s address when Settings lists no recipients', () => {
    const h = harness();
    h.confirm('scheduleReport');
    setStatus(h, '#REF!');
    const errors = quietErrors();
    try {
      fireAll(h);
    } finally {
      errors.mockRestore();
    }
    expect(h.world.mailApp.sent).toEqual([expect.objectContaining({ to: OWNER })]);
    expect(h.world.mailApp.sent[0].subject).toBe('周报未生成：表格中有 1 个问题');
  });

  it('places the other charts when one fails, and says which in the log and the mail', () => {
    const world = () => {
      const h = harness({ seed: false });
      seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, trendsDemo());
      setting(h, '收件人', 'cto@example.com');
      h.confirm('scheduleReport');
      h.world.calls.reset();
      return h;
    };
    const probe = world();
    fireAll(probe);
    const h = world();
    h.world.calls.failAt = probe.world.calls.sequence.indexOf('SpreadsheetApp.EmbeddedChart.getAs') + 1;
    expect(h.world.calls.failAt).toBeGreaterThan(0);
    const errors = quietErrors();
    try {
      fireAll(h);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('趋势图未能绘制："支付成功率'));
    } finally {
      errors.mockRestore();
    }
    const [doc] = docsOf(h.world);
    const blocks = JSON.stringify(doc.read());
    expect(blocks.match(/"kind":"image"/g)).toHaveLength(1);
    expect(blocks).toContain('【图表】支付成功率');
    const [mail] = h.world.mailApp.sent;
    expect(mail.to).toBe('cto@example.com');
    expect(Object.keys(mail.inlineImages ?? {})).toHaveLength(1);
    expect(mail.body).toContain('趋势图未能绘制："支付成功率');
  });
});

describe('Remind is once per week and owner', () => {
  it('mails nobody twice: a second click says who was already reminded, and the trigger skips them too', () => {
    const h = harness({ seed: false });
    seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, reminderDemo());
    h.confirm('remindOwners');
    const first = h.world.mailApp.sent.length;
    expect(first).toBe(3);
    h.confirm('remindOwners');
    expect(h.world.mailApp.sent).toHaveLength(first);
    expect(alerts(h).at(-2)).toContain('本周（2023-11-20）已提醒过，不会再发：\n张伟 <zhangwei@example.com>');
    expect(alerts(h).at(-1)).toContain(
      '本周（2023-11-20）已提醒过，未再发送：张伟、chen.jie@example.com、李娜',
    );
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    const errors = quietErrors();
    try {
      fireAll(h, 'scheduledReminder');
    } finally {
      errors.mockRestore();
    }
    expect(h.world.mailApp.sent.filter((m) => m.subject.startsWith('请更新周报'))).toHaveLength(first);
  });

  it('reminds from the trigger only the addresses its owner confirmed; a new one waits and the owner is told', () => {
    const h = harness({ seed: false });
    seedSpreadsheet(h.world.spreadsheetApp.spreadsheet, reminderDemo());
    setting(h, '提醒时间', '周五 15:00');
    h.confirm('scheduleReminders');
    // The question listed every address reminders may go to.
    expect(alerts(h).at(-2)).toContain('zhangwei@example.com');
    const people = h.world.spreadsheetApp.spreadsheet.sheet('人员');
    const row = people.values().findIndex((cells) => cells.includes('zhangwei@example.com')) + 1;
    const column = people.values()[row - 1].indexOf('zhangwei@example.com') + 1;
    people.getRange(row, column).setValues([['wei.new@rival.example']]);
    const errors = quietErrors();
    try {
      fireAll(h, 'scheduledReminder');
    } finally {
      errors.mockRestore();
    }
    const to = h.world.mailApp.sent.map((m) => m.to);
    expect(to).not.toContain('wei.new@rival.example');
    expect(to).toContain('lina@example.com');
    const notice = h.world.mailApp.sent.find(
      (m) => m.to === OWNER && m.subject.startsWith('提醒名单待你确认'),
    );
    expect(notice?.body).toContain('wei.new@rival.example');
  });
});

describe('The tool writes only its own cells', () => {
  it('keeps a team’s formula in a column between the tool’s columns when it regenerates', () => {
    const h = harness();
    h.run('generateWeeklyReport');
    const reports = h.world.spreadsheetApp.spreadsheet.sheet('报告');
    const [header, row] = reports.values();
    // The team inserts a column of its own between 文档 and 生成时间.
    const at = header.indexOf('生成时间');
    const spliced = (cells: unknown[], extra: unknown) => [...cells.slice(0, at), extra, ...cells.slice(at)];
    reports.getRange(1, 1, 2, header.length + 1).setValues([spliced(header, '备注'), spliced(row, '')]);
    reports.getRange(2, at + 1).setFormula('=HYPERLINK(B2, "打开")');
    h.run('generateWeeklyReport');
    const cell = reports.cell(2, at + 1);
    expect(cell.formula).toBe('=HYPERLINK(B2, "打开")');
    expect(reports.values()[1][header.length]).toBe(2);
  });
});

function reminderDemo(): readonly SeedSheet[] {
  return JSON.parse(readFileSync(join(__dirname, '../../docs/reminder-demo.json'), 'utf8')).sheets;
}

function trendsDemo(): readonly SeedSheet[] {
  return JSON.parse(readFileSync(join(__dirname, '../../docs/trends-demo.json'), 'utf8')).sheets;
}
