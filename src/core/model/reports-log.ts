// 报告 / Reports as the core reads it: the Doc that holds each week's report and its revision, the tool's own log.
import type { LocalDate } from '../dates';
import { ROW_READERS } from '../schema/row-readers';
import { parseRows } from '../schema/rows';
import type { Workbook } from './workbook';

/** The week's row of the Reports tab: its sheet row (1-based), the Doc's id and the revision it is at. */
export interface LoggedReport {
  readonly row: number;
  readonly docId: string;
  readonly revision: number;
}

/** The Doc id inside a Docs URL (`…/d/ID/…` or `…?id=ID`); a bare id as it is. */
const docIdOf = (doc: string): string => /(?:\/d\/|[?&]id=)([\w-]+)/.exec(doc)?.[1] ?? '';

/**
 * The last Reports row recorded for the week of `monday`. A row the tool cannot read (edited by hand) is not the
 * log's: it is passed over, and the week's Doc is then found by its Drive tag instead.
 */
export function loggedReport(workbook: Workbook, monday: LocalDate): LoggedReport | null {
  const { rows } = parseRows(
    workbook.tables.reports,
    ROW_READERS.reports({ ...workbook.input, near: monday }),
  );
  const last = rows.filter((r) => r.week === monday).at(-1);
  return last ? { row: last.row + 1, docId: docIdOf(last.doc), revision: last.revision ?? 1 } : null;
}
