// Incidents whose Start falls in the report period, in time order, and the counts derived from them.

import { shownText } from '../cells/cell';
import type { IncidentLevel } from '../choices';
import { clockTime, minutesBetween, shortDate } from '../dates';
import type { Finding } from '../schema/finding';
import type { IncidentRow } from '../schema/incidents';
import type { Located } from '../schema/rows';
import { cellAt, findingAt, type Table } from '../schema/table';
import type { IncidentCounts, IncidentLine, ReportWeek } from './report-model';

type Incident = Located<IncidentRow>;

function incidentLine(row: Incident): IncidentLine {
  const minutes = row.recovered === null ? null : minutesBetween(row.start, row.recovered);
  const { row: _, ...fields } = row;
  return { ...fields, durationMinutes: minutes !== null && minutes > 0 ? minutes : null };
}

/** AB级 / CD级 counts of graded incidents; an ungraded event counts in neither. */
export const incidentCounts = (
  incidents: readonly { readonly level: IncidentLevel | null }[],
): IncidentCounts => ({
  ab: incidents.filter((i) => i.level === 'A' || i.level === 'B').length,
  cd: incidents.filter((i) => i.level === 'C' || i.level === 'D').length,
});

/** The period's incidents by Start; a recovery before its start is a warning (kept, shown as typed). */
export function incidentLines(
  table: Table<'incidents'> | undefined,
  rows: readonly Incident[],
  week: ReportWeek,
) {
  const inPeriod = rows
    .filter((r) => r.start.slice(0, 10) >= week.start && r.start.slice(0, 10) <= week.end)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const findings: Finding[] = [];
  for (const r of inPeriod) {
    if (!table || r.recovered === null || minutesBetween(r.start, r.recovered) >= 0) continue;
    const params = {
      found: shownText(cellAt(table, 'recovered', r.row)),
      start: `${shortDate(r.start)} ${clockTime(r.start)}`,
    };
    findings.push(findingAt(table, 'recovered', r.row, 'warning', 'recoveredBeforeStart', params));
  }
  return { incidents: inPeriod.map(incidentLine), findings };
}
