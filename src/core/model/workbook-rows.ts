// Reads every data tab through its row schema: the parsed rows of each and every cell problem at once.
import type { DateContext } from '../cells/date';
import { dailyRow } from '../schema/daily';
import type { Finding } from '../schema/finding';
import { highlightRow } from '../schema/highlights';
import { incidentRow } from '../schema/incidents';
import { metricRow } from '../schema/metrics';
import { noteRow } from '../schema/notes';
import { objectiveRow } from '../schema/objectives';
import { badEmails, personRow } from '../schema/people';
import { projectRow } from '../schema/projects';
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
    highlights: collect(parseRows(tables.highlights, highlightRow(ctx))),
    objectives: collect(parseRows(tables.objectives, objectiveRow())),
    projects: collect(parseRows(tables.projects, projectRow(ctx))),
    metrics: collect(parseRows(tables.metrics, metricRow(ctx))),
    incidents: collect(parseRows(tables.incidents, incidentRow(ctx))),
    notes: collect(parseRows(tables.notes, noteRow(ctx))),
    daily: collect(parseRows(tables.daily, dailyRow(ctx))),
    people: collect(parseRows(tables.people, personRow())),
  };
  findings.push(...badEmails(tables.people, rows.people));
  return { rows, findings };
}

export type WorkbookRows = ReturnType<typeof readWorkbookRows>['rows'];
