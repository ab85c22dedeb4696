// The HTML the Apps Script bundle shows and sends (SPEC §10), in a real browser: the 预览 Preview sidebar at the
// 300 px Sheets gives a sidebar, and the scheduled mail's body at 600 px. Made by dist/Code.js over the fakes.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { harness } from '../gas/harness';
import { setStatus, setting } from '../gas/report-html';
import { referenceFacts, referenceMarkdown, squash } from '../seeds/reference-facts';
import {
  activeContent,
  chromiumDescribe,
  executable,
  FLAGS,
  overflowing,
  pageWidths,
  visibleText,
} from './chromium';

const describeInChromium = chromiumDescribe('test/browser/apps-script-html');

/** Cell text that would run if it reached the page as markup. */
const SCRIPT = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">';

/** The sidebar's HTML after 预览 Preview on the sample, or with `status` typed into a project's 进展 Status. */
function sidebarHtml(status?: string): string {
  const h = harness();
  if (status !== undefined) setStatus(h, status);
  h.run('previewReport');
  const [sidebar] = h.world.spreadsheetApp.ui.sidebars;
  return sidebar.html;
}

/** The scheduled run's mail body on the sample. */
function mailHtml(): string {
  const h = harness();
  setting(h, '收件人', 'cto@example.com');
  h.confirm('scheduleReport');
  h.fire(h.world.scriptApp.triggers[0]);
  return h.world.mailApp.sent[0]?.htmlBody ?? '';
}

describeInChromium('the bundle’s HTML in Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'weekly-report-browser-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: executable,
      headless: true,
      args: FLAGS,
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('the Preview sidebar fits Sheets’ 300 px sidebar and shows every fact of the example report', async () => {
    await page.setViewportSize({ width: 300, height: 800 });
    await page.setContent(sidebarHtml());
    expect(await pageWidths(page)).toEqual({ scroll: 300, client: 300 });
    expect(await overflowing(page)).toEqual([]);
    const shown = squash(await visibleText(page));
    expect(referenceFacts(referenceMarkdown).filter((fact) => !shown.includes(fact))).toEqual([]);
    // Kept where SCREENSHOT_DIR says, else beside the browser profile, which is removed: tests write no repo file.
    const folder = process.env.SCREENSHOT_DIR || profile;
    mkdirSync(folder, { recursive: true });
    await page.screenshot({ path: join(folder, 'preview-sidebar-300.png'), fullPage: true });
  });

  it('the Preview sidebar shows markup typed into a cell as text and runs none of it', async () => {
    await page.setContent(sidebarHtml(`${SCRIPT}指标上线`));
    expect(squash(await visibleText(page))).toContain(squash(`${SCRIPT}指标上线`));
    expect(await activeContent(page)).toEqual({ pwned: undefined, elements: 0, handlers: [] });
  });

  it('the scheduled mail’s body fits 600 px with its link first and every fact of the example report', async () => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.setContent(mailHtml());
    expect(await pageWidths(page)).toEqual({ scroll: 600, client: 600 });
    expect(await overflowing(page)).toEqual([]);
    const text = await visibleText(page);
    expect(text.trimStart().startsWith('在线文档：https://docs.google.com/document/d/')).toBe(true);
    const shown = squash(text);
    expect(referenceFacts(referenceMarkdown).filter((fact) => !shown.includes(fact))).toEqual([]);
    expect(await activeContent(page)).toEqual({ pwned: undefined, elements: 0, handlers: [] });
  });
});
