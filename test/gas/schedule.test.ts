// Schedule through the bundle: one Monday 09:00 trigger in the sheet's zone, replaced not duplicated; mail.

import { docsOf } from './doc-shape';
import { harness } from './harness';

describe('Schedule', () => {
  it('installs one trigger, Monday 09:00 in the spreadsheet time zone, calling a global function', () => {
    const h = harness();
    h.confirm('scheduleReport');
    h.confirm('scheduleReport');
    const triggers = h.world.scriptApp.triggers;
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ weekDay: 'MONDAY', hour: 9, timeZone: 'Asia/Shanghai' });
    expect(typeof h.script[triggers[0].handler]).toBe('function');
  });

  it('removes the trigger', () => {
    const h = harness();
    h.confirm('scheduleReport');
    h.run('removeSchedule');
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('generates the report and mails it, with its link, to the Settings recipients when the trigger fires', () => {
    const h = harness();
    const settings = h.world.spreadsheetApp.spreadsheet.sheet('设置');
    settings
      .getRange(settings.getLastRow() + 1, 1, 1, 2)
      .setValues([['收件人', 'cto@example.com, pm@example.com']]);
    h.confirm('scheduleReport');
    h.run(h.world.scriptApp.triggers[0].handler);
    const [doc] = docsOf(h.world);
    expect(h.world.mailApp.sent).toEqual([
      {
        to: 'cto@example.com,pm@example.com',
        subject: '第46周 2023-11-13',
        body: expect.stringContaining(doc.url),
        htmlBody: expect.stringContaining(`href="${doc.url}"`),
        attachments: [expect.objectContaining({ name: '第46周 2023-11-13.pdf' })],
        inlineImages: {},
      },
    ]);
  });
});
