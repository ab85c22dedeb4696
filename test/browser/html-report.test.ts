// The HTML report in a real browser (SPEC §10): headless Chromium renders `--format html` at 600 px; every fact of
// the example report is visible text, nothing is wider than the viewport, cell text never runs as script.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { referenceFacts, referenceMarkdown, squash } from '../seeds/reference-facts';
import { chromiumDescribe, executable, FLAGS, overflowing, pageWidths, visibleText } from './chromium';

const root = join(__dirname, '..', '..');
const cli = join(root, 'build', 'cli.cjs');
const sample = join(root, 'seeds', 'sample-workbook.xlsx');
/** The sample continued by two made-up weeks (README's summary picture): enough history for trend charts. */
const demo = join(root, 'docs', 'summary-demo.json');
const NOW = '2023-11-13T09:00:00+08:00';
const WIDTH = 600;

/** Cell text that would run if the writer let it through as markup. */
const SCRIPT = '<script>window.__pwned = 1</script>';
const IMAGE = '<img src="x" onerror="window.__pwned = 2">';
const LONG_URL = `https://wiki.example.com/${'weekly-report-'.repeat(20)}end`;
const LONG_WORD = `O3-${'Unbreakable'.repeat(12)}`;

/** `generate --format html` through the built CLI; the path of the page it wrote. */
function generateHtml(workbook: string, out: string, now = NOW): string {
  const result = spawnSync(
    process.execPath,
    [cli, 'generate', '--workbook', workbook, '--out', out, '--format', 'html', '--now', now],
    { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C', TZ: 'UTC' } },
  );
  if (result.status !== 0) throw new Error(`generate failed (${result.status}): ${result.stderr}`);
  return result.stdout.trim();
}

/** The sample workbook with markup and unbreakable text in a highlight, an objective name and a project status. */
async function writeHostileWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(sample);
  const set = (tab: string, key: string, keyValue: string, column: string, value: string): void => {
    const sheet = book.getWorksheet(tab);
    if (!sheet) throw new Error(`no tab ${tab}`);
    const header = sheet.getRow(1).values as unknown[];
    const [keyAt, columnAt] = [header.indexOf(key), header.indexOf(column)];
    sheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(keyAt).value === keyValue) row.getCell(columnAt).value = value;
    });
  };
  set('重点工作', '事项', '银行虚户建设', '内容', `${SCRIPT}设计完成，详见 ${LONG_URL}`);
  set('目标', '编号', 'O2', '名称', `系统升级${SCRIPT}`);
  set('目标', '编号', 'O3', '名称', LONG_WORD);
  set('项目', '项目', '风险数据指标', '进展', `${IMAGE}指标上线`);
  await book.xlsx.writeFile(file);
}

/** Words of short table cells (`11`, `正常`, `风险`) that the layout split across lines. */
const brokenShortWords = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('td, th')].flatMap((cell) => {
      const node = cell.firstChild;
      if (!(node instanceof Text) || [...node.data].length > 6) return [];
      let at = 0;
      return node.data.split(' ').filter((word) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        at += word.length + 1;
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
      });
    }),
  );

const describeInChromium = chromiumDescribe('test/browser/html-report');

describeInChromium('HTML report in Chromium at 600 px', () => {
  let work: string;
  let context: BrowserContext;
  let page: Page;
  /** Every URL the page asked for: the file itself only, since the report loads nothing. */
  const requests: string[] = [];
  let sampleUrl: string;
  let hostileUrl: string;
  let chartsUrl: string;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error('build/cli.cjs is missing: run `npm run build` (npm test does).');
    work = mkdtempSync(join(tmpdir(), 'weekly-report-browser-'));
    const hostile = join(work, 'hostile.xlsx');
    await writeHostileWorkbook(hostile);
    sampleUrl = pathToFileURL(generateHtml(sample, join(work, 'sample'))).href;
    hostileUrl = pathToFileURL(generateHtml(hostile, join(work, 'hostile'))).href;
    const charted = join(work, 'demo.xlsx');
    execFileSync(process.execPath, [join(root, 'scripts', 'make-seed.mjs'), charted, demo], {
      stdio: 'ignore',
    });
    chartsUrl = pathToFileURL(generateHtml(charted, join(work, 'demo'), '2023-11-27T09:00:00+08:00')).href;
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: executable,
      headless: true,
      args: FLAGS,
      viewport: { width: WIDTH, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requests.push(request.url()));
  }, 30_000);

  afterAll(async () => {
    await context?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe('the sample report', () => {
    let text = '';

    beforeAll(async () => {
      await page.goto(sampleUrl);
      text = await visibleText(page);
    });

    it('shows the title, the sections, the metrics, the projects and the incidents as visible text', () => {
      for (const fact of [
        '第46周 2023-11-13',
        '生成时间：2023年11月13日 09:00',
        '【本周概览】',
        '【重点工作】',
        '【系统运行数据】',
        '【O1 服务业务】',
        '【O2 系统升级】',
        '【O3 安全稳定、降本提效】',
        '【生产事件】',
        '收获与反思',
        '下周工作及目标',
        '入金有效成功率：99.997%',
        '出金有效成功率：99.962%',
        '一次支付成功率：99.2826%',
        '支付系统年度可用性：99.998%',
        '事故数AB级0次，CD级1次',
        '【银行虚户建设】',
        'POS收单系统建设',
        '风险数据指标：总体进度85%，较上周70%新增15%进度',
        '银联签约支付绑卡：本周启动开发，与银联联调进度90%，预计11/21提测',
        '11/12 18:42 监控发现履约合同生成异常，影响标准履约和轻松付合同生成，原因：阿里云服务异常影响到法大大、上上签等供应商服务。11/13 17:13 恢复',
      ]) {
        expect(text).toContain(fact);
      }
    });

    it('shows every fact of the example report', () => {
      const shown = squash(text);
      expect(referenceFacts(referenceMarkdown).filter((fact) => !shown.includes(fact))).toEqual([]);
    });

    it('fits the 600 px viewport: no scrolling sideways, no element past its edge', async () => {
      expect(await pageWidths(page)).toEqual({ scroll: WIDTH, client: WIDTH });
      expect(await overflowing(page)).toEqual([]);
    });

    it('shades each status cell with the colour of the .docx', async () => {
      const fills = await page.evaluate(() =>
        [...document.querySelectorAll('td')]
          .filter((cell) => cell.textContent === '🟢 正常')
          .map((cell) => getComputedStyle(cell).backgroundColor),
      );
      expect(fills).toEqual(['rgb(217, 234, 211)', 'rgb(217, 234, 211)', 'rgb(217, 234, 211)']);
    });

    it('takes a 600 px wide screenshot, kept where SCREENSHOT_DIR says (else in the test’s temporary folder)', async () => {
      const folder = process.env.SCREENSHOT_DIR || work;
      mkdirSync(folder, { recursive: true });
      const screenshot = join(folder, 'html-report-600.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      const png = readFileSync(screenshot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // The IHDR chunk: width, then height, big-endian.
      expect(png.readUInt32BE(16)).toBe(WIDTH);
      expect(png.readUInt32BE(20)).toBeGreaterThan(2000);
    });
  });

  describe('markup and long words typed into cells', () => {
    beforeAll(async () => {
      await page.goto(hostileUrl);
    });

    it('runs no script: no handler fired, no script, style or foreign image exists', async () => {
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        elements: document.querySelectorAll('script, style, link, iframe, object, embed').length,
        // Only a chart's picture, inside the page.
        images: [...document.images].filter((image) => !image.src.startsWith('data:image/png;base64,'))
          .length,
        handlers: [...document.querySelectorAll('*')].flatMap((element) =>
          element.getAttributeNames().filter((name) => name.startsWith('on')),
        ),
      }));
      expect(state).toEqual({ pwned: undefined, elements: 0, images: 0, handlers: [] });
    });

    it('shows the markup literally where it was typed: highlight, heading, summary cell and project', async () => {
      const text = await visibleText(page);
      expect(text).toContain(`【银行虚户建设】${SCRIPT}设计完成`);
      expect(text).toContain(`【O2 系统升级${SCRIPT}】`);
      expect(text).toContain(`O2 系统升级${SCRIPT}\t`);
      expect(text).toContain(`风险数据指标：${IMAGE}指标上线`);
      expect(squash(text)).toContain(LONG_URL);
    });

    it.each([WIDTH, 360])(
      'breaks a long URL and an unbreakable name, not counts or status words, within %i px',
      async (width) => {
        await page.setViewportSize({ width, height: 900 });
        try {
          expect(await pageWidths(page)).toEqual({ scroll: width, client: width });
          expect(await overflowing(page)).toEqual([]);
          expect(await brokenShortWords(page)).toEqual([]);
        } finally {
          await page.setViewportSize({ width: WIDTH, height: 900 });
        }
      },
    );
  });

  describe('a report with trend charts', () => {
    it('shows each chart as a picture inside the page, decoded and no wider than the viewport', async () => {
      await page.goto(chartsUrl);
      const images = await page.evaluate(() =>
        [...document.images].map((image) => ({
          inline: image.src.startsWith('data:image/png;base64,'),
          decoded: image.complete && image.naturalWidth > 0,
          width: image.getBoundingClientRect().width,
        })),
      );
      expect(images.length).toBeGreaterThan(0);
      for (const image of images) {
        expect(image).toEqual({ inline: true, decoded: true, width: expect.any(Number) });
        expect(image.width).toBeGreaterThan(WIDTH / 2);
      }
      expect(await pageWidths(page)).toEqual({ scroll: WIDTH, client: WIDTH });
      expect(await overflowing(page)).toEqual([]);
    });
  });

  it('loads nothing but the report files themselves (charts are data: URIs inside them)', () => {
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([sampleUrl, hostileUrl, chartsUrl]);
  });
});
