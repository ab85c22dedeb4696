// RFC 4180 CSV parsing: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a leading BOM.

/** Thrown when a CSV holds more fields than the caller reads: found while parsing, before they are all kept. */
export class CsvTooLarge extends Error {}

/**
 * Rows of fields, every field a string. A trailing line break does not add an empty row; a quote inside an
 * unquoted field is kept as typed, as spreadsheets do. More than `maxFields` fields throws CsvTooLarge.
 */
export function parseCsv(text: string, maxFields = Number.POSITIVE_INFINITY): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fields = 0;
  const endField = (): void => {
    row.push(field);
    field = '';
    if (++fields > maxFields) throw new CsvTooLarge(`more than ${maxFields} fields`);
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  const unfinished = quoted || (source !== '' && !source.endsWith('\n') && !source.endsWith('\r'));
  if (unfinished) {
    endField();
    rows.push(row);
  }
  return rows;
}
