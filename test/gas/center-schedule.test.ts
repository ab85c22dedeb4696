// The center's schedule (SPEC §13 with the §12 rules) through center/dist/Code.js: Monday 10:00 in its owner's
// name, the report due that day, mailed only to the recipients the owner confirmed; another editor is told whose
// schedule it is; a run that takes several slices mails when its last slice ends.

import { type CenterHarness, centerHarness, DIRECTOR, withProjects } from './center-harness';
import { docsOf } from './doc-shape';
import { as } from './harness';

const EDITOR = 'pm@example.com';
const RECIPIENTS = 'vp@example.com, cto@example.com';
/** Sunday 2023-11-12 16:00 in Shanghai. */
const SUNDAY = new Date('2023-11-12T08:00:00Z');
/** Monday 2023-11-13 10:00 in Shanghai, when the center's trigger fires. */
const MONDAY_10 = new Date('2023-11-13T02:00:00Z');

const alerts = (h: CenterHarness) => h.world.spreadsheetApp.ui.alerts;

/** An editor changes a Settings value in the center sheet. */
function setSetting(h: CenterHarness, key: string, value: string): void {
  const sheet = h.world.spreadsheetApp.spreadsheet.sheet('设置');
  const row = sheet.values().findIndex((cells) => cells[0] === key) + 1;
  sheet.cell(row, 2).value = value;
  sheet.cell(row, 2).display = value;
}

function scheduled(options: { teams?: number; latencyMs?: number } = {}): CenterHarness {
  const teams = Array.from({ length: options.teams ?? 3 }, (_, i) => ({ name: `T${i + 1}组` }));
  const h = centerHarness({ teams, settings: [['收件人', RECIPIENTS]], latencyMs: options.latencyMs });
  h.world.clock.now = SUNDAY;
  h.confirm('scheduleCenterReport');
  return h;
}

const quietErrors = () => jest.spyOn(console, 'error').mockImplementation(() => {});

describe('Schedule the center report', () => {
  it('shows the recipients, then installs one Monday 10:00 trigger in the director’s name', () => {
    const h = scheduled();
    expect(alerts(h)[0]).toContain('每周一 10:00（Asia/Shanghai）将读取各团队表格');
    expect(alerts(h)[0]).toContain('vp@example.com\ncto@example.com');
    expect(alerts(h).at(-1)).toBe(
      '已设置：每周一 10:00（Asia/Shanghai）自动生成中心周报并发送给：vp@example.com, cto@example.com',
    );
    expect(h.triggers('scheduledCenterReport')).toEqual([
      expect.objectContaining({
        owner: DIRECTOR,
        weekDay: 'MONDAY',
        hour: 10,
        minute: 0,
        timeZone: 'Asia/Shanghai',
      }),
    ]);
  });

  it('installs nothing when the director answers No', () => {
    const h = centerHarness({ teams: [{ name: 'T1组' }], settings: [['收件人', RECIPIENTS]] });
    h.confirm('scheduleCenterReport', 'NO');
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('tells another editor whose schedule it is, and leaves it alone', () => {
    const h = scheduled();
    as(h, EDITOR, () => {
      h.confirm('scheduleCenterReport');
      expect(alerts(h).at(-1)).toContain(`定时生成由 ${DIRECTOR} 设置`);
      h.run('removeCenterSchedule');
      expect(alerts(h).at(-1)).toContain(`请联系 ${DIRECTOR}`);
    });
    expect(h.triggers('scheduledCenterReport')).toEqual([expect.objectContaining({ owner: DIRECTOR })]);
    h.run('removeCenterSchedule');
    expect(alerts(h).at(-1)).toBe('已取消定时生成。');
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('mails Monday’s report only to the confirmed recipients; an address typed later waits for the owner', () => {
    const h = scheduled();
    setSetting(h, '收件人', `${RECIPIENTS}, spy@example.com`);
    h.world.clock.now = MONDAY_10;
    const errors = quietErrors();
    try {
      for (const trigger of h.triggers('scheduledCenterReport')) h.fire(trigger);
    } finally {
      errors.mockRestore();
    }
    const [doc] = docsOf(h.world);
    expect(doc.name).toBe('中心周报 第46周 2023-11-13');
    const [report, notice] = h.world.mailApp.sent;
    expect(report.to).toBe('vp@example.com,cto@example.com');
    expect(report.subject).toBe(doc.name);
    expect(report.htmlBody).toContain('T1组');
    expect(report.attachments?.[0].name).toBe(`${doc.name}.pdf`);
    expect(notice.to).toBe(DIRECTOR);
    expect(notice.body).toContain('spy@example.com');
    // The notice names the center's own menu, not a team's.
    expect(notice.body).toContain('汇总 → 定时');
    expect(notice.body).not.toContain('周报 → 定时生成');
    expect(h.world.mailApp.sent.flatMap((m) => m.to.split(','))).not.toContain('spy@example.com');
    expect(h.world.sheets.writes).toEqual([]);
  });

  it('reads the week due, not a draft of next week a team has started early (which the menu would take)', () => {
    const early = withProjects((rows) => [
      ...rows.map((row) => [...row]),
      ...rows.map((row) => [{ date: '2023-11-20' }, ...row.slice(1)]),
    ]);
    const h = centerHarness({
      teams: [{ name: '早组', sheets: early }, { name: 'T2组' }],
      settings: [['收件人', RECIPIENTS]],
    });
    h.world.clock.now = SUNDAY;
    h.confirm('scheduleCenterReport');
    h.world.clock.now = MONDAY_10;
    for (const trigger of h.triggers('scheduledCenterReport')) h.fire(trigger);
    const [due] = docsOf(h.world);
    expect(due.name).toBe('中心周报 第46周 2023-11-13');
    expect(JSON.stringify(due.read())).not.toContain('未提交');
    h.run('buildCenterReport');
    const latest = docsOf(h.world).find((doc) => doc.id !== due.id);
    expect(latest?.name).toBe('中心周报 第47周 2023-11-20');
    expect(JSON.stringify(latest?.read())).toContain('未提交：T2组');
  });

  it('mails when the last slice of a long Monday run ends, still in the owner’s name', () => {
    const h = scheduled({ teams: 50, latencyMs: 3_000 });
    h.world.clock.now = MONDAY_10;
    for (const trigger of h.triggers('scheduledCenterReport')) h.fire(trigger);
    expect(h.world.mailApp.sent).toEqual([]);
    const [next] = h.triggers('continueCenterReport');
    expect(next.owner).toBe(DIRECTOR);
    h.world.clock.now = new Date(h.world.clock.now.getTime() + 60_000);
    h.fire(next);
    const [report] = h.world.mailApp.sent;
    expect(report.to).toBe('vp@example.com,cto@example.com');
    expect(report.subject).toBe('中心周报 第46周 2023-11-13');
    expect(docsOf(h.world)).toHaveLength(1);
    expect(h.world.scriptApp.triggers.map((t) => t.handler)).toEqual(['scheduledCenterReport']);
  });

  it('is a stray once the schedule is removed: a trigger that fires anyway deletes itself and mails no one', () => {
    const h = scheduled();
    const [trigger] = h.triggers('scheduledCenterReport');
    h.run('removeCenterSchedule');
    h.world.scriptApp.triggers.push(trigger);
    h.world.clock.now = MONDAY_10;
    h.fire(trigger);
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.scriptApp.triggers).toEqual([]);
    expect(h.world.sheets.requests).toEqual([]);
  });
});
