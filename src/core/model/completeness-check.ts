// Remind and Validate's completeness (SPEC §11): the report in progress read from the workbook, whatever its week.
import type { Issue } from '../issues';
import { toIssue } from '../schema/finding';
import { badEmails } from '../schema/people';
import { ROW_READERS } from '../schema/row-readers';
import { parseRows } from '../schema/rows';
import type { Settings } from '../schema/settings';
import { type Completeness, weekCompleteness } from './completeness';
import { reportsAt } from './report-week';
import type { Workbook } from './workbook';

export interface CompletenessCheck {
  readonly settings: Settings;
  /** Problems in what completeness reads (the tabs, Settings, Projects, People); an error means it cannot be trusted. */
  readonly issues: readonly Issue[];
  readonly completeness: Completeness;
}

/** The completeness of the report in progress at `now` (R, SPEC §4.1): what is still to be updated, and by whom. */
export function completenessAt(workbook: Workbook, now: Date): CompletenessCheck {
  const { input, ...frame } = workbook;
  const week = reportsAt(now, frame.settings).inProgress;
  const projects = parseRows(frame.tables.projects, ROW_READERS.projects({ ...input, near: week }));
  const people = parseRows(frame.tables.people, ROW_READERS.people());
  const findings = [
    ...frame.findings,
    ...projects.findings,
    ...people.findings,
    ...badEmails(frame.tables.people, people.rows),
  ];
  return {
    settings: frame.settings,
    issues: findings.map((f) => toIssue(f, frame.settings.language)),
    completeness: weekCompleteness(frame.tables.projects, projects.rows, people.rows, week),
  };
}
