// Headless Chromium for the real-browser tests: Debian's `chromium` (or CHROMIUM_PATH) driven by playwright-core,
// which never downloads a browser here, and what those tests measure in a page.
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Debian's `chromium`, or the one CHROMIUM_PATH names. */
export const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const found = existsSync(executable);
/** `.ci/run` sets it: CI always runs the browser tests, so there a missing browser fails rather than skips. */
export const required = process.env.REQUIRE_CHROMIUM === '1';

/** Quiet, offline, throwaway: no sandbox (CI runs as root), no GPU, nothing phoning home. */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * `describe` when Chromium is there. Without it the file says so in one line and skips, unless CI requires the
 * browser: then one test fails and names what to install.
 */
export function chromiumDescribe(file: string): jest.Describe {
  if (!found && required) {
    it('finds Chromium, which CI requires (REQUIRE_CHROMIUM=1)', () => {
      throw new Error(
        `no Chromium at ${executable}: apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH`,
      );
    });
  } else if (!found) {
    process.stderr.write(
      `${file}: no Chromium at ${executable}, skipping the real-browser test (apt-get install chromium fonts-noto-cjk, or set CHROMIUM_PATH)\n`,
    );
  }
  return found ? describe : describe.skip;
}

/** Elements whose box reaches past the viewport's right edge (or before its left), by tag and text. */
export const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.right > width + 0.5 || box.left < -0.5;
      })
      .map((element) => `${element.tagName} ${Math.round(element.getBoundingClientRect().right)}px`);
  });

/** The text a reader sees: `innerText` is rendered text (hidden text left out), which `textContent` is not. */
export const visibleText = (page: Page): Promise<string> =>
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point of these tests
  page.evaluate(() => document.body.innerText);

export const pageWidths = (page: Page): Promise<{ scroll: number; client: number }> =>
  page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));

/** What ran or could run: a handler that fired, and every script, style, frame or handler attribute in the page. */
export const activeContent = (page: Page) =>
  page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    elements: document.querySelectorAll('script, style, link, iframe, object, embed').length,
    handlers: [...document.querySelectorAll('*')].flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on')),
    ),
  }));
