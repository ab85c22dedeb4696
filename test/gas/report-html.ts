// For the tests of the report as HTML (mail, preview): what a reader sees of it, and the workbooks it is made from.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedSheet } from '../fakes/sample-workbook';
import { squash } from '../seeds/reference-facts';
import type { Harness } from './harness';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The visible text, whitespace squashed (as the reference's facts are). */
export const visibleText = (html: string): string =>
  squash(
    html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name]),
  );

/** The sample workbook continued by two made-up weeks (README's summary picture): enough history for trend charts. */
export const demoSheets = (): readonly SeedSheet[] =>
  JSON.parse(readFileSync(join(__dirname, '../../docs/summary-demo.json'), 'utf8')).sheets;

/** Cell text that would run if it reached the HTML as markup. */
export const SCRIPT = '<script>alert(1)</script>';

/** Sets the 进展 Status of 物保's row of the report week (the project's last row). */
export function setStatus(h: Harness, status: string): void {
  const projects = h.world.spreadsheetApp.spreadsheet.sheet('项目');
  const [header, ...rows] = projects.values();
  const row = rows.map((cells) => cells[header.indexOf('项目')]).lastIndexOf('物保') + 2;
  projects.getRange(row, header.indexOf('进展') + 1).setValues([[status]]);
}

/** Adds a row to the Settings tab. */
export function setting(h: Harness, key: string, value: string): void {
  const settings = h.world.spreadsheetApp.spreadsheet.sheet('设置');
  settings.getRange(settings.getLastRow() + 1, 1, 1, 2).setValues([[key, value]]);
}
