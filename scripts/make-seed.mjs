// Writes the sample workbook seeds/sample-workbook.xlsx from its readable source seeds/sample-workbook.json.
// Usage: node scripts/make-seed.mjs [out.xlsx] [source.json]  (default: seeds/sample-workbook.xlsx from
// seeds/sample-workbook.json; docs/summary-demo.json is another source in the same format). The folder of
// out.xlsx is made when missing (`npm run demo` writes into out/demo/).
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
/** Fixed document properties, so regenerating changes nothing but the zip's own timestamps. */
const SEED_TIME = new Date(Date.UTC(2023, 10, 13));

/**
 * An .xlsx has no time zone: a Date whose UTC fields are the wall-clock reading becomes the serial the cell
 * shows, which is how the reader reads it back ('wall-clock' date cells).
 */
function wallClockDate(text) {
  const [date, time = '00:00'] = text.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

/** The JSON cell as an exceljs value and the number format it needs (if any). */
function cellOf(cell, columnFormat) {
  if (cell === null || typeof cell !== 'object') return { value: cell, format: columnFormat };
  if ('date' in cell) return { value: wallClockDate(cell.date), format: columnFormat ?? DATE_FORMAT };
  if ('datetime' in cell)
    return { value: wallClockDate(cell.datetime), format: columnFormat ?? DATETIME_FORMAT };
  if ('value' in cell) return { value: cell.value, format: cell.format ?? columnFormat };
  throw new Error(`unknown cell ${JSON.stringify(cell)}`);
}

function addSheet(workbook, { name, header, formats = {}, rows }) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([]);
    row.forEach((raw, i) => {
      if (raw === null) return;
      const { value, format } = cellOf(raw, formats[header[i]]);
      const target = added.getCell(i + 1);
      target.value = value;
      if (format && typeof value !== 'string') target.numFmt = format;
    });
  }
  header.forEach((title, i) => {
    const longest = Math.max(title.length, ...rows.map((row) => String(row[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest * 2));
  });
}

async function main() {
  const out = process.argv[2] ?? join(root, 'seeds', 'sample-workbook.xlsx');
  const source = JSON.parse(
    await readFile(process.argv[3] ?? join(root, 'seeds', 'sample-workbook.json'), 'utf8'),
  );
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'weekly-report seeds';
  workbook.created = SEED_TIME;
  workbook.modified = SEED_TIME;
  for (const sheet of source.sheets) addSheet(workbook, sheet);
  await mkdir(dirname(out), { recursive: true });
  await workbook.xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
