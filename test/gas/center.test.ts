// The center report (SPEC §13) through center/dist/Code.js over the fakes: every team named whatever became of it,
// at most two Sheets calls per team, no write to any team's sheet, rate limits waited out, the menu and Set up.

import {
  CENTER_NOW,
  type CenterHarness,
  callsPerTeam,
  centerHarness,
  idOf,
  notSubmittedTeam,
  redTeam,
} from './center-harness';
import { docsOf } from './doc-shape';

const FIVE_TEAMS = [
  { name: '支付组', sheets: redTeam() },
  { name: '风控组' },
  { name: '清算组', sheets: notSubmittedTeam() },
  { name: '账务组', access: 'forbidden' as const },
  { name: '营销组', missing: true },
];

/** The written Doc's text, every run of it. */
function onlyDocText(h: CenterHarness): string {
  const docs = docsOf(h.world);
  expect(docs).toHaveLength(1);
  return JSON.stringify(docs[0].read());
}

/** Every link the Doc's text carries (textStyle.link.url), in order. */
function docLinks(h: CenterHarness): string[] {
  const [doc] = docsOf(h.world);
  const document = h.world.docs.docs.get(doc.id)?.document();
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const url = (node as { link?: { url?: string } }).link?.url;
      if (url) found.push(url);
      Object.values(node).forEach(walk);
    }
  };
  walk(document?.body);
  return found;
}

const runKeys = (h: CenterHarness): string[] =>
  [...h.world.propertiesService.document.values.keys()].filter((key) => key.includes('center.run'));

describe('Build center report', () => {
  it('names every team — red, green, not submitted, no access, not found — and links the red row', () => {
    const h = centerHarness({ teams: FIVE_TEAMS });
    h.run('buildCenterReport');
    const text = onlyDocText(h);
    expect(text).toContain('中心周报');
    expect(text).toContain('无法读取：团队 账务组（无权查看：请该团队把表格共享给你）');
    expect(text).toContain('无法读取：团队 营销组（找不到表格：已删除、在回收站中，或链接有误）');
    expect(text).toContain('未提交：清算组');
    expect(text).toMatch(/支付组｜[^"]*延期/);
    expect(text).toContain('风控组');
    // The red line ends with its source row, linked to the row in the team's sheet.
    const red = h.teams.get('支付组');
    expect(text).toMatch(/支付组｜物保：延期 项目!A\d+/);
    const rowLink = docLinks(h).find((url) => url.includes(`${red?.id}/edit#gid=`));
    expect(rowLink).toMatch(/#gid=\d+&range=A\d+$/);
    const dialog = h.world.spreadsheetApp.ui.dialogs.at(-1);
    expect(dialog?.title).toBe('中心周报已生成');
    expect(dialog?.html).toContain('5 个团队中读取了 3 个，无法读取 2 个');
    expect(dialog?.html).toContain(`href="${docsOf(h.world)[0].url}"`);
  });

  it('reads each team with at most two Sheets calls and writes nothing to any team’s sheet', () => {
    const h = centerHarness({ teams: FIVE_TEAMS });
    const before = h.snapshot();
    h.run('buildCenterReport');
    const calls = callsPerTeam(h);
    expect(Object.fromEntries(calls)).toEqual({
      [idOf('支付组')]: 2,
      [idOf('风控组')]: 2,
      [idOf('清算组')]: 2,
      [idOf('账务组')]: 1,
      [idOf('营销组')]: 1,
    });
    expect(h.world.calls.count('Sheets')).toBe(8);
    expect(h.world.calls.snapshot('Sheets')).toEqual({ 'Sheets.Spreadsheets.get': 8 });
    expect(h.world.sheets.writes).toEqual([]);
    expect(h.snapshot()).toBe(before);
    // Every request named its fields; the second named the tabs a report reads, never People.
    for (const request of h.world.sheets.requests) expect(request.fields).not.toBeNull();
    const cells = h.world.sheets.requestsFor(idOf('风控组'))[1];
    expect(cells.ranges).toContain("'项目'");
    expect(cells.ranges).not.toContain("'人员'");
  });

  it('keeps nothing of the run once the Doc is written, and rewrites the same Doc when built again', () => {
    const h = centerHarness({ teams: FIVE_TEAMS });
    h.run('buildCenterReport');
    expect(runKeys(h)).toEqual([]);
    const [first] = docsOf(h.world);
    h.world.clock.now = new Date(CENTER_NOW.getTime() + 3_600_000);
    h.run('buildCenterReport');
    expect(docsOf(h.world).map((d) => d.id)).toEqual([first.id]);
    expect(h.world.docs.batches.filter((b) => b.documentId === first.id).length).toBeGreaterThanOrEqual(2);
    expect(h.world.lockService.lock.held).toBe(false);
  });

  it('waits out a rate limit (429) and retries the call, on the script’s own clock', () => {
    const h = centerHarness({ teams: [{ name: '风控组' }, { name: '支付组' }] });
    const book = h.teams.get('风控组');
    if (!book) throw new Error('no team');
    book.throttled = 2;
    h.run('buildCenterReport');
    expect(h.world.sheets.requestsFor(book.id).map((r) => r.status)).toEqual([429, 429, 200, 200]);
    expect(h.world.utilities.sleeps).toEqual([1000, 2000]);
    expect(onlyDocText(h)).not.toContain('无法读取');
  });

  it('names a team whose Sheet cell is no link as unreadable, and still rolls up the others', () => {
    const h = centerHarness({ teams: [{ name: '风控组' }, { name: '支付组', link: '问一下小王' }] });
    h.run('buildCenterReport');
    const text = onlyDocText(h);
    // (The Doc's text as JSON: the cell's quotes come escaped.)
    expect(text).toContain('无法读取：团队 支付组（\\"表格\\"一栏不是表格链接）');
    expect(text).toContain('风控组');
    // Only the team with a link is read.
    expect(new Set(h.world.sheets.requests.map((r) => r.spreadsheetId))).toEqual(new Set([idOf('风控组')]));
  });

  it('stops before storing anything when the Sheets advanced service is not enabled', () => {
    const h = centerHarness({ teams: FIVE_TEAMS });
    delete h.script.Sheets;
    expect(() => h.run('buildCenterReport')).toThrow(/未启用 Sheets 高级服务（v4）/);
    expect(runKeys(h)).toEqual([]);
    expect(h.world.lockService.lock.held).toBe(false);
    expect(h.world.scriptApp.triggers).toEqual([]);
  });

  it('says so when the Teams tab lists no team', () => {
    const h = centerHarness({ teams: [] });
    h.run('buildCenterReport');
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toContain('"团队"表中没有团队');
  });

  it('shows the same report in the Preview sidebar, and writes, stores and mails nothing', () => {
    const h = centerHarness({ teams: FIVE_TEAMS });
    h.run('previewCenterReport');
    const [sidebar] = h.world.spreadsheetApp.ui.sidebars;
    expect(sidebar.title).toMatch(/^预览：中心周报/);
    expect(sidebar.html).toContain('无法读取：团队 账务组');
    expect(docsOf(h.world)).toEqual([]);
    expect(h.world.propertiesService.document.values.size).toBe(0);
    expect(h.world.mailApp.sent).toEqual([]);
    expect(h.world.scriptApp.triggers).toEqual([]);
  });
});

describe('The 汇总 Center menu and Set up', () => {
  it('is 汇总 with both languages on a Chinese sheet, Center in English on an English one', () => {
    const zh = centerHarness({ teams: [] });
    zh.run('onOpen');
    expect(zh.world.spreadsheetApp.ui.menus).toEqual([
      {
        title: '汇总',
        items: [
          { caption: '生成中心周报 Build center report', functionName: 'buildCenterReport' },
          { caption: '预览 Preview', functionName: 'previewCenterReport' },
          { caption: '定时 Schedule', functionName: 'scheduleCenterReport' },
          { caption: '取消定时 Remove schedule', functionName: 'removeCenterSchedule' },
          { caption: '设置 Set up', functionName: 'setUpCenter' },
        ],
      },
    ]);
    const en = centerHarness({ teams: [], english: true });
    en.run('onOpen');
    const [menu] = en.world.spreadsheetApp.ui.menus;
    expect(menu.title).toBe('Center');
    expect(menu.items.map((i) => i.caption)).toEqual([
      'Build center report',
      'Preview',
      'Schedule',
      'Remove schedule',
      'Set up',
    ]);
  });

  it('creates the Settings and Teams tabs on an empty sheet, and no team tab', () => {
    const h = centerHarness({ teams: [] });
    const spreadsheet = h.world.spreadsheetApp.spreadsheet;
    spreadsheet.sheets.length = 0;
    h.run('setUpCenter');
    expect(spreadsheet.sheets.map((s) => s.name)).toEqual(['设置', '团队']);
    expect(spreadsheet.sheet('团队').values()[0]).toEqual(['团队', '表格', '负责人', '邮箱']);
    expect(h.world.spreadsheetApp.ui.alerts.at(-1)).toContain('已创建：设置, 团队');
    h.run('setUpCenter');
    expect(spreadsheet.sheets).toHaveLength(2);
  });
});
