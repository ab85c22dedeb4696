// Charts are rasterised from a subset of the CJK font (issue 25): the big file is read once per process, resvg is
// only ever handed the small subsets, and the pictures are the same bytes as from the whole font, Chinese included.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChartBlock } from '../../src/core';
import {
  chartFonts,
  chartPng,
  chartSvg,
  cjkFontCuts,
  cjkFontFileReads,
  drawCharts,
  svgToPng,
} from '../../src/node/chart-renderer';
import { FONT_FILE_PREFIX, FontSubsetter, fontFaces, svgCodePoints } from '../../src/node/font-subset';
import { PAYMENT_CHART } from '../core/render/payment-chart';
import { darkPixels, decodePng } from './chart-png';

// The module itself (a namespace import is a copy under the test transform, and spying on it would see nothing).
const nodeFs: typeof fs = require('node:fs');
const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
// CI installs fonts-noto-cjk; elsewhere the font's own checks say so and skip.
const withNoto = fs.existsSync(NOTO) ? describe : describe.skip;
if (!fs.existsSync(NOTO)) process.stderr.write(`chart-font-subset: no ${NOTO}, skipping the subset checks\n`);

const renamed = (chart: ChartBlock, title: string, name: string): ChartBlock => ({
  ...chart,
  title,
  series: chart.series.map((s, i) => ({
    ...s,
    name: `${name}${i}`,
    targetLabel: s.targetLabel && `${name}目标`,
  })),
});

describe('The characters an SVG draws', () => {
  it('are its text, and character references decoded', () => {
    const points = svgCodePoints('<text>支付</text>&#20013;&#x6587;');
    for (const ch of '支付中文<>t') expect(points.has(ch.codePointAt(0) ?? 0)).toBe(true);
  });
});

describe('A font file’s faces', () => {
  it('are none for what is not a font', () => {
    expect(fontFaces(Buffer.from('not a font at all, just some text here'))).toEqual([]);
    expect(fontFaces(new Uint8Array(0))).toEqual([]);
  });
});

withNoto('Charts drawn from a subset of Noto Sans CJK', () => {
  it('finds the Simplified Chinese face inside the collection', () => {
    const faces = fontFaces(fs.readFileSync(NOTO));
    expect(faces).toContainEqual({ index: 2, family: 'Noto Sans CJK SC' });
    expect(faces.length).toBeGreaterThan(2);
  });

  it('reads the big file once however many charts, and hands resvg only small subsets, removed once drawn', () => {
    const spy = jest.spyOn(nodeFs, 'readFileSync');
    // The font files this process writes (not a listing of the shared temporary folder, where another jest worker
    // or program may be drawing at the same moment).
    const writes = jest.spyOn(nodeFs, 'writeFileSync');
    const fontFiles = () =>
      writes.mock.calls
        .map(([path]) => String(path))
        .filter((path) => path.startsWith(join(tmpdir(), FONT_FILE_PREFIX)));
    try {
      // Three charts, each with characters the others lack: the subset grows, the file is not read again.
      const charts = [
        PAYMENT_CHART,
        renamed(PAYMENT_CHART, '系统可用性', '核心'),
        renamed(PAYMENT_CHART, '延迟', '网关'),
      ];
      for (const chart of charts) {
        const png = chartPng(chart);
        expect(decodePng(png).width).toBeGreaterThan(0);
        const fonts = chartFonts(chartSvg(chart));
        expect(fonts).toMatchObject({
          fontFiles: [],
          loadSystemFonts: false,
          defaultFontFamily: 'Noto Sans CJK SC',
        });
        expect(fonts.subsets.length).toBeGreaterThan(0);
        for (const subset of fonts.subsets) expect(subset.byteLength).toBeLessThan(1_000_000);
      }
      const bigReads = spy.mock.calls.filter(([path]) => path === NOTO).length;
      expect(bigReads).toBe(1);
      expect(cjkFontFileReads()).toBe(1);
      // The subsets were files only while resvg drew: none is left behind.
      expect(fontFiles().length).toBeGreaterThanOrEqual(charts.length);
      expect(fontFiles().filter((path) => fs.existsSync(path))).toEqual([]);
    } finally {
      spy.mockRestore();
      writes.mockRestore();
    }
  });

  it("cuts the font once for a document's charts drawn together, to the same pictures", () => {
    const charts = [renamed(PAYMENT_CHART, '吞吐量', '队列'), renamed(PAYMENT_CHART, '错误率', '网关')];
    const before = cjkFontCuts();
    drawCharts(charts);
    expect(cjkFontCuts() - before).toBe(1);
    for (const chart of charts) {
      expect(Buffer.compare(chartPng(chart), svgToPng(chartSvg(chart), { wholeFonts: true }))).toBe(0);
    }
    expect(cjkFontCuts() - before).toBe(1);
  });

  it('gives the same PNG bytes as the whole font, Chinese drawn', () => {
    const svg = chartSvg(PAYMENT_CHART);
    const subset = svgToPng(svg);
    expect(Buffer.compare(subset, svgToPng(svg, { wholeFonts: true }))).toBe(0);
    // The title (支付成功率, centred at the top) is drawn: dark pixels where it stands, none above it.
    const image = decodePng(subset);
    const middle = image.width / 2;
    expect(darkPixels(image, { x0: middle - 80, y0: 16, x1: middle + 80, y1: 56 })).toBeGreaterThan(300);
    expect(darkPixels(image, { x0: middle - 80, y0: 0, x1: middle + 80, y1: 10 })).toBe(0);
  });

  it('cuts nothing for a family the file does not have (the whole files are used then)', () => {
    expect(new FontSubsetter([NOTO], ['No Such Family']).subsetsFor([0x4e2d])).toBeUndefined();
  });
});
