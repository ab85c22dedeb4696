// Charts in the .docx: an embedded PNG ~15 cm wide, byte-reproducible, and drawn when LibreOffice prints the file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { ChartBlock, ReportDocument } from '../../src/core';
import { CHART_HEIGHT, CHART_WIDTH, PNG_SCALE } from '../../src/node/chart-renderer';
import { renderDocx } from '../../src/node/docx-writer';
import { PAYMENT_CHART } from '../core/render/payment-chart';

/** One line is enough for the picture's checks. */
const chart: ChartBlock = { ...PAYMENT_CHART, series: PAYMENT_CHART.series.slice(0, 1) };

const report = (withChart: boolean): ReportDocument => ({
  title: '第46周 2023-11-13',
  headerText: '支付中心',
  language: 'zh',
  blocks: [
    { kind: 'heading', level: 1, text: '【系统运行数据】' },
    { kind: 'paragraph', runs: [{ text: '支付成功率：' }] },
    ...(withChart ? [chart] : []),
  ],
});

const now = new Date('2023-11-13T01:00:00Z');
const files = (zip: Buffer) => unzipSync(zip);
const text = (zip: Buffer, name: string): string => new TextDecoder().decode(files(zip)[name]);

describe('A chart in the .docx', () => {
  it('is the chart’s PNG, 15 cm wide at the chart’s 2:1 shape, its title as alt text', async () => {
    const zip = await renderDocx(report(true), { now });
    const media = Object.keys(files(zip)).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(files(zip)[media[0]].subarray(1, 4)).toString()).toBe('PNG');
    const xml = text(zip, 'word/document.xml');
    // 15 cm in EMU (360,000 per cm), to the pixel the package rounds to.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml) ?? [];
    expect(Math.abs(Number(cx) - 15 * 360000)).toBeLessThan(10000);
    expect(Number(cy) / Number(cx)).toBeCloseTo(0.5, 2);
    expect(xml).toMatch(/<wp:docPr id="1" name="支付成功率.png" descr="支付成功率" title="支付成功率"/);
  });

  it('gives byte-identical files however many charts the process drew before', async () => {
    const first = await renderDocx(report(true), { now });
    await renderDocx({ ...report(true), blocks: [chart, { ...chart }] }, { now });
    expect(Buffer.compare(first, await renderDocx(report(true), { now }))).toBe(0);
  });
});

/** LibreOffice and poppler, when installed (CI installs them); else the test says so once and passes. */
const tools = ['soffice', 'pdftoppm', 'pdfimages'].every((tool) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** Dark pixels of a binary PGM (`P5`), row by row: what is drawn on a white page. */
function darkRows(pgm: Buffer): number[] {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = pgm.subarray(header[0].length);
  return Array.from({ length: height }, (_, y) => {
    let dark = 0;
    for (let x = 0; x < width; x++) if (pixels[y * width + x] < 200) dark++;
    return dark;
  });
}

(tools ? describe : describe.skip)('A chart in the .docx, printed by LibreOffice', () => {
  let folder = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'docx-chart-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Page 1 of the .docx as LibreOffice prints it: the PDF's images, and the page as grey pixels. */
  async function print(name: string, doc: ReportDocument) {
    writeFileSync(join(folder, `${name}.docx`), await renderDocx(doc, { now }));
    // A profile of its own, so a LibreOffice the user has open (or another test's) does not take the job.
    const profile = `-env:UserInstallation=file://${join(folder, `profile-${name}`)}`;
    execFileSync(
      'soffice',
      [profile, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, `${name}.docx`)],
      {
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    const pdf = join(folder, `${name}.pdf`);
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', pdf, join(folder, name)]);
    const page = ['-1.pgm', '-01.pgm'].map((end) => join(folder, name + end)).find(existsSync);
    if (!page) throw new Error('pdftoppm wrote no page');
    return { images, rows: darkRows(readFileSync(page)) };
  }

  it('shows the chart as an image under its group, where the page is otherwise blank', async () => {
    const withChart = await print('chart', report(true));
    const without = await print('plain', report(false));
    // One picture of the PNG's size (and its alpha mask), where the report without it has none.
    const [width, height] = [CHART_WIDTH * PNG_SCALE, CHART_HEIGHT * PNG_SCALE];
    expect(withChart.images).toMatch(new RegExp(`^\\s*1\\s+\\d+\\s+image\\s+${width}\\s+${height}\\b`, 'm'));
    expect(without.images).not.toMatch(/\bimage\b/);
    // Below the text both share: drawn rows (axes, lines, labels) over a chart's height, none without it.
    const textEnd = without.rows.length - [...without.rows].reverse().findIndex((dark) => dark > 0);
    const drawn = (rows: number[]) => rows.slice(textEnd).filter((dark) => dark > 0).length;
    expect(drawn(without.rows)).toBe(0);
    expect(drawn(withChart.rows)).toBeGreaterThan(50);
  }, 180_000);
});

if (!tools)
  console.log('docx-charts: soffice or poppler-utils missing: the LibreOffice rendering test is skipped');
