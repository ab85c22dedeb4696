// Reads every data tab through its row schema: the parsed rows of each and every cell problem at once.
import type { DateContext } from '../cells/date';
import type { Finding } from '../schema/finding';
import { badEmails } from '../schema/people';
import { ROW_READERS } from '../schema/row-readers';
import { type ParsedRows, parseRows } from '../schema/rows';
import type { TableSet } from '../schema/table';

/** Every data tab's rows; dates without a year are read near `ctx.near`, the report week. */
export function readWorkbookRows(tables: TableSet, ctx: DateContext) {
  const findings: Finding[] = [];
  const collect = <T>(parsed: ParsedRows<T>) => {
    // One push per finding: spreading 200,000 findings as arguments overflows the stack.
    for (const finding of parsed.findings) findings.push(finding);
    return parsed.rows;
  };
  const rows = {
    highlights: collect(parseRows(tables.highlights, ROW_READERS.highlights(ctx))),
    objectives: collect(parseRows(tables.objectives, ROW_READERS.objectives())),
    projects: collect(parseRows(tables.projects, ROW_READERS.projects(ctx))),
    metrics: collect(parseRows(tables.metrics, ROW_READERS.metrics(ctx))),
    incidents: collect(parseRows(tables.incidents, ROW_READERS.incidents(ctx))),
    notes: collect(parseRows(tables.notes, ROW_READERS.notes(ctx))),
    daily: collect(parseRows(tables.daily, ROW_READERS.daily(ctx))),
    people: collect(parseRows(tables.people, ROW_READERS.people())),
  };
  findings.push(...badEmails(tables.people, rows.people));
  return { rows, findings };
}

export type WorkbookRows = ReturnType<typeof readWorkbookRows>['rows'];
