// The center's facade (SPEC §13): team sheets summarised one by one, then one roll-up document for the director.
import { hasErrors, type Issue } from './issues';
import { layoutCenter } from './layout/center-document';
import type { ReportDocument } from './layout/document';
import type { WeekChoice } from './model/analyse';
import { type CenterModel, rollUp } from './model/center';
import { readTeams } from './model/center-teams';
import type { TeamSummary } from './model/team-summary';
import type { Workbook } from './model/workbook';
import { toIssue } from './schema/finding';
import type { Settings } from './schema/settings';

export interface CenterOptions {
  /** `due` for a scheduled run, else `latest` (the latest week any team has) or a week. */
  readonly week: WeekChoice;
  readonly now: Date;
}

export interface CenterReport {
  /** The center sheet's own problems (its Settings and Teams tab); the teams' are inside the document. */
  readonly issues: readonly Issue[];
  readonly settings: Settings;
  readonly model: CenterModel | null;
  /** Null when one of the center's own problems is an error. */
  readonly document: ReportDocument | null;
}

/** The roll-up of team summaries under the center's Settings, laid out; every team is in it, read or not. */
export function centerDocument(
  teams: readonly TeamSummary[],
  options: CenterOptions & { readonly settings: Settings },
): { readonly model: CenterModel; readonly document: ReportDocument } {
  const model = rollUp(teams, options);
  return { model, document: layoutCenter(model) };
}

/** The center sheet's report: its own problems, and the document when none of them is an error. */
export function buildCenterReport(
  center: Workbook,
  teams: readonly TeamSummary[],
  options: CenterOptions,
): CenterReport {
  const { settings } = center;
  const findings = [...center.findings, ...readTeams(center).findings];
  const issues = findings.map((f) => toIssue(f, settings.language));
  if (hasErrors(issues)) return { issues, settings, model: null, document: null };
  return { issues, settings, ...centerDocument(teams, { ...options, settings }) };
}
