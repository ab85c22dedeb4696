// Chart labels a reader can read in the HTML report (SPEC §14): at 600 px wide, each chart's picture is shown at a
// size where its axis labels are at least 11 px, and the PNG is no more than twice the width it is shown at.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { CHART_WIDTH, LABEL_FONT, PNG_SCALE } from '../../src/node/chart-renderer';
import { chromiumDescribe, executable, FLAGS } from './chromium';

const root = join(__dirname, '..', '..');
const cli = join(root, 'build', 'cli.cjs');
/** The sample with eleven earlier weeks of its metrics: two charts of 12 weeks. */
const demo = join(root, 'docs', 'trends-demo.json');
const WIDTH = 600;
/** The smallest label a reader can take in at a glance, in CSS px. */
const READABLE = 11;

const describeInChromium = chromiumDescribe('test/browser/chart-labels');

describeInChromium('Chart labels in the HTML report at 600 px', () => {
  let work = '';
  let browser: Browser;
  let url = '';

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('build/cli.cjs is missing: run `npm run build` (npm test does).');
    work = mkdtempSync(join(tmpdir(), 'weekly-report-chart-labels-'));
    const workbook = join(work, 'demo.xlsx');
    execFileSync(process.execPath, [join(root, 'scripts', 'make-seed.mjs'), workbook, demo], {
      stdio: 'ignore',
    });
    const result = spawnSync(
      process.execPath,
      [
        cli,
        'generate',
        '--workbook',
        workbook,
        '--out',
        join(work, 'out'),
        '--format',
        'html',
        '--now',
        '2023-11-13',
      ],
      { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC' } },
    );
    if (result.status !== 0) throw new Error(`generate failed (${result.status}): ${result.stderr}`);
    url = pathToFileURL(result.stdout.trim()).href;
    browser = await chromium.launch({ executablePath: executable, headless: true, args: FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Each chart picture's width in pixels and as shown, in a window this wide. */
  async function chartImages(width: number) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    try {
      await page.goto(url);
      return await page.evaluate(() =>
        [...document.images].map((image) => ({
          natural: image.naturalWidth,
          shown: image.getBoundingClientRect().width,
        })),
      );
    } finally {
      await page.close();
    }
  }

  it('shows each chart so that its axis labels are at least 11 px', async () => {
    const images = await chartImages(WIDTH);
    expect(images).toHaveLength(2);
    for (const { natural, shown } of images) {
      // The PNG is the SVG at PNG_SCALE: a label of LABEL_FONT px in the SVG is this tall where it is shown.
      expect(natural).toBe(CHART_WIDTH * PNG_SCALE);
      expect((LABEL_FONT * shown) / (natural / PNG_SCALE)).toBeGreaterThanOrEqual(READABLE);
    }
  });

  it('draws each PNG at no more than twice the widest it is shown (the page’s column on a wide screen)', async () => {
    for (const { natural, shown } of await chartImages(1200)) expect(natural).toBeLessThanOrEqual(2 * shown);
  });
});
