// A large center (SPEC §13) read in slices through center/dist/Code.js: 60 teams with each Sheets call taking
// seconds on the fake clock. Each slice ends within 4.5 minutes, a one-off trigger continues, no team is read twice
// or missed, the Doc is written once; after 3 slices the teams still unread are listed; the read quota is waited out.

import { type CenterHarness, callsPerTeam, centerHarness, DIRECTOR, idOf } from './center-harness';
import { docsOf } from './doc-shape';

const SLICE_MS = 4.5 * 60_000;
const teams = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `T${String(i + 1).padStart(2, '0')}组` }));

/** Runs `work` and returns how long it took on the fake clock (the script's own time). */
function timed(h: CenterHarness, work: () => void): number {
  const start = h.world.clock.now.getTime();
  work();
  return h.world.clock.now.getTime() - start;
}

/** Fires the pending continuation, a minute after it was made (Apps Script's one-off trigger). */
function nextSlice(h: CenterHarness): number {
  const [trigger] = h.triggers('continueCenterReport');
  expect(trigger).toMatchObject({ owner: DIRECTOR, afterMs: 60_000 });
  h.world.clock.now = new Date(h.world.clock.now.getTime() + 60_000);
  return timed(h, () => h.fire(trigger));
}

const runKeys = (h: CenterHarness): string[] =>
  [...h.world.propertiesService.document.values.keys()].filter((key) => key.includes('center.run'));

describe('A center of 60 teams, 3 s per Sheets call', () => {
  it('reads 45 teams in the first slice and 15 in the second, each twice-called once, then writes one Doc', () => {
    const h = centerHarness({ teams: teams(60), latencyMs: 3_000 });
    const first = timed(h, () => h.run('buildCenterReport'));
    expect(first).toBeLessThanOrEqual(SLICE_MS);
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      `已读取 45/60 个团队；其余在后台分段继续读取（每段约 4.5 分钟）。全部读完后写入中心周报，并把链接发到 ${DIRECTOR}。`,
    );
    expect(docsOf(h.world)).toEqual([]);
    // What a slice keeps between executions: a cursor and one summary per team read, each value under 9 kB.
    expect(runKeys(h).length).toBeGreaterThanOrEqual(45 + 2);
    const second = nextSlice(h);
    expect(second).toBeLessThanOrEqual(SLICE_MS);
    expect(h.triggers('continueCenterReport')).toEqual([]);
    // No team read twice, none missed: exactly the two calls of one read for each of the 60.
    const calls = callsPerTeam(h);
    expect(calls.size).toBe(60);
    expect([...calls.values()].every((n) => n === 2)).toBe(true);
    const [doc] = docsOf(h.world);
    const text = JSON.stringify(doc.read());
    for (const team of teams(60)) expect(text).toContain(team.name);
    expect(text).not.toContain('无法读取');
    // Written once: the body in one batch; a new Doc's page header gets its text in a second, small one.
    const batches = h.world.docs.batches.filter((b) => b.documentId === doc.id);
    expect(batches).toHaveLength(2);
    expect(batches[1].requests.every((r) => JSON.stringify(r).includes('segmentId'))).toBe(true);
    // The run outlasted the click: its link is mailed to who clicked, and to no one else.
    expect(h.world.mailApp.sent).toEqual([
      expect.objectContaining({ to: DIRECTOR, subject: doc.name, body: expect.stringContaining(doc.url) }),
    ]);
    expect(h.world.mailApp.sent[0].body).toContain('60 个团队中读取了 60 个，无法读取 0 个');
    expect(runKeys(h)).toEqual([]);
    expect(h.world.sheets.writes).toEqual([]);
    expect(h.world.propertiesService.document.peakBytes).toBeLessThan(500 * 1024);
  });

  it('tells a second click that the report is being built, and starts no second run', () => {
    const h = centerHarness({ teams: teams(60), latencyMs: 3_000 });
    h.run('buildCenterReport');
    const requests = h.world.sheets.requests.length;
    h.run('buildCenterReport');
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toBe(
      `中心周报正在生成（${DIRECTOR} 于 2023-11-15 15:30 开始）：已读取 45/60 个团队。完成后链接会发给 ${DIRECTOR}。`,
    );
    expect(h.world.sheets.requests.length).toBe(requests);
    expect(h.triggers('continueCenterReport')).toHaveLength(1);
  });

  it('starts afresh when a run was left dead (its trigger gone for more than half an hour)', () => {
    const h = centerHarness({ teams: teams(60), latencyMs: 3_000 });
    h.run('buildCenterReport');
    h.world.scriptApp.triggers = [];
    h.world.clock.now = new Date(h.world.clock.now.getTime() + 31 * 60_000);
    h.run('buildCenterReport');
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toMatch(/^已读取 45\/60 个团队/);
    nextSlice(h);
    expect(docsOf(h.world)).toHaveLength(1);
    expect(runKeys(h)).toEqual([]);
  });
});

describe('A center too slow to read in 3 slices (10 s per call)', () => {
  it('writes the Doc after the third slice and lists each team left unread', () => {
    const h = centerHarness({ teams: teams(60), latencyMs: 10_000 });
    const slices = [timed(h, () => h.run('buildCenterReport')), nextSlice(h), nextSlice(h)];
    for (const ms of slices) expect(ms).toBeLessThanOrEqual(SLICE_MS);
    expect(h.triggers('continueCenterReport')).toEqual([]);
    const calls = callsPerTeam(h);
    expect(calls.size).toBe(39);
    expect([...calls.values()].every((n) => n === 2)).toBe(true);
    const text = JSON.stringify(docsOf(h.world)[0].read());
    for (const team of teams(60).slice(39))
      expect(text).toContain(`无法读取：团队 ${team.name}（分 3 段读取（每段约 4.5 分钟）仍未读到）`);
    expect(text).not.toContain('无法读取：团队 T39组');
    expect(h.world.mailApp.sent[0].body).toContain('60 个团队中读取了 39 个，无法读取 21 个');
  });
});

describe('Google’s read quota (60 requests a minute per user)', () => {
  it('is kept to: 60 fast teams take about two minutes, paced, never refused, and every one is read', () => {
    const h = centerHarness({ teams: teams(60), latencyMs: 200, readsPerMinute: 60 });
    const ms = timed(h, () => h.run('buildCenterReport'));
    expect(h.world.sheets.requests.filter((r) => r.status === 429)).toEqual([]);
    expect(h.world.utilities.sleeps.length).toBeGreaterThan(0);
    expect(ms).toBeGreaterThan(60_000);
    expect(ms).toBeLessThanOrEqual(SLICE_MS);
    const text = JSON.stringify(docsOf(h.world)[0].read());
    expect(text).not.toContain('无法读取');
    const answered = h.world.sheets.requests.filter((r) => r.status === 200);
    expect(answered).toHaveLength(120);
    expect(new Set(answered.map((r) => r.spreadsheetId)).size).toBe(60);
    expect(callsPerTeam(h).get(idOf('T01组'))).toBe(2);
  });

  it('is waited out when other readers used it up: refused calls back off and are retried', () => {
    const h = centerHarness({ teams: teams(60), latencyMs: 200, readsPerMinute: 60 });
    // Another execution (a Preview, a second center) read the same minute's quota first.
    for (const team of [...h.teams.values()].slice(10, 14)) team.throttled = 3;
    h.run('buildCenterReport');
    const refused = h.world.sheets.requests.filter((r) => r.status === 429).length;
    expect(refused).toBe(12);
    expect(JSON.stringify(docsOf(h.world)[0].read())).not.toContain('无法读取');
    expect(
      new Set(h.world.sheets.requests.filter((r) => r.status === 200).map((r) => r.spreadsheetId)).size,
    ).toBe(60);
  });
});
