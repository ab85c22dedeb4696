// RFC 4180 CSV parsing: quoted fields with commas, doubled quotes and line breaks; CRLF or LF; a leading BOM.

/**
 * Rows of fields, every field a string. A trailing line break does not add an empty row; a quote inside an
 * unquoted field is kept as typed, as spreadsheets do.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  const unfinished = quoted || (source !== '' && !source.endsWith('\n') && !source.endsWith('\r'));
  if (unfinished) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
