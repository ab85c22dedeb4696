// SPEC §4.1 and §12 over a year of the fake clock: every week Start new week, edits, a draft Generate, the Monday
// trigger; now and then a fault, a new address typed by an editor, a regeneration. What must hold at the end.
import type { MailRecord } from '../fakes/script-services';
import { docsOf } from './doc-shape';
import { type Harness, harness } from './harness';
import { setStatus, setting } from './report-html';

const DAY = 86_400_000;
const CONFIRMED = ['cto@example.com', 'lead@example.com'];

/** The clock at the next Monday 09:00 Shanghai (01:00 UTC), then Wednesday 15:30 (07:30 UTC) of that week. */
const nextMonday = (h: Harness): void => {
  let next = h.world.clock.now.getTime() + DAY;
  while (new Date(next).getUTCDay() !== 1) next += DAY;
  const day = new Date(next);
  h.world.clock.now = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 1));
};

const recipientsOf = (mail: MailRecord): string[] => mail.to.split(',');

describe('A year of weekly cycles', () => {
  it('keeps one Doc per week and one trigger, and mails no address its owner did not confirm', () => {
    const h = harness();
    setting(h, '收件人', 'cto@example.com');
    h.confirm('scheduleReport');
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const mondays: { fault: boolean; mails: MailRecord[] }[] = [];
    try {
      for (let week = 1; week <= 52; week++) {
        h.run('startNewWeek');
        setStatus(h, `第 ${week} 周的进展`);
        if (week % 7 === 0) setting(h, '收件人', `cto@example.com, intruder${week}@rival.example`);
        // A draft of the report in progress now and then, and a regeneration of it.
        if (week % 4 === 0) h.run('generateWeeklyReport');
        if (week % 8 === 0) h.run('generateWeeklyReport');
        nextMonday(h);
        const fault = week % 5 === 0;
        if (fault) h.world.docs.rejectNext = 'Internal error';
        const before = h.world.mailApp.sent.length;
        for (const trigger of h.world.scriptApp.triggers) h.fire(trigger);
        mondays.push({ fault, mails: h.world.mailApp.sent.slice(before) });
        if (fault) h.run('generateWeeklyReport');
        h.world.clock.advanceDays(2.27);
      }
    } finally {
      errors.mockRestore();
    }
    const docs = docsOf(h.world);
    expect(new Set(docs.map((d) => d.name)).size).toBe(docs.length);
    expect(docs.length).toBeGreaterThanOrEqual(52);
    expect(h.world.scriptApp.triggers.map((t) => t.handler)).toEqual(['scheduledWeeklyReport']);
    const mailed = new Set(h.world.mailApp.sent.flatMap(recipientsOf));
    expect([...mailed].sort()).toEqual(CONFIRMED.sort());
    // Every Monday: the report to the confirmed recipient, or the fault to the owner and that recipient.
    for (const { fault, mails } of mondays) {
      const first = mails[0];
      expect(
        fault ? [first.to, first.subject.includes('未能写入')] : [first.to, /^第\d+周/.test(first.subject)],
      ).toEqual([fault ? 'lead@example.com,cto@example.com' : 'cto@example.com', true]);
    }
    const rows = h.world.spreadsheetApp.spreadsheet.sheet('报告').values().slice(1);
    expect(rows).toHaveLength(docs.length);
    expect(new Set(rows.map((row) => row[1])).size).toBe(rows.length);
  }, 120_000);
});
