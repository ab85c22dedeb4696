// The center report (SPEC §13) as the abstract document every writer draws: submissions first, then exceptions
// across teams, each line ending in a link to the team row it came from.
import type { IncidentLevel } from '../choices';
import { formatIssue } from '../issues';
import type { Language } from '../language';
import { centerMessages } from '../messages/center';
import { t } from '../messages/index';
import { reportMessages } from '../messages/report';
import type { CenterModel, CenterTeam } from '../model/center';
import type { Reliability } from '../model/report-model';
import { LEVEL_ORDER, recoveryOf } from '../model/summary';
import type { SourceRow, TeamFacts } from '../model/team-summary';
import { weekLabel } from '../phrases';
import { item, list, paragraph, section } from './blocks';
import type { Block, CellStatus, ListItem, ReportDocument, TableBlock, TextRun } from './document';
import { generatedText } from './report-document';
import { askText, offTargetText, reasonText, reliabilityLines, statusWord } from './summary-section';

const center = centerMessages;

type Submitted = CenterTeam & { readonly facts: TeamFacts; readonly updatedEnough: boolean };

const submittedTeams = (model: CenterModel): Submitted[] =>
  model.teams.flatMap((team) =>
    team.standing.kind === 'submitted'
      ? [{ ...team, facts: team.standing.facts, updatedEnough: team.standing.updatedEnough }]
      : [],
  );

/** A link to the row in the team's sheet (`…/edit#gid=7&range=A12`), when the sheet has an address. */
function rowLink(team: CenterTeam, source: SourceRow): string | null {
  if (team.url === null || source.tabId === null) return null;
  return `${team.url.replace(/#.*$/, '')}#gid=${source.tabId}&range=A${source.row}`;
}

/** ` 项目!A12` after a line: where it came from, a link where the sheet has an address. */
function sourceRuns(team: CenterTeam, source: SourceRow | null, language: Language): TextRun[] {
  if (source === null) return [];
  const text = t(language, center.source, { tab: source.tab, row: source.row });
  const link = rowLink(team, source);
  return [{ text: ' ' }, link === null ? { text } : { text, link }];
}

const sourcedItem = (
  text: string,
  team: CenterTeam,
  source: SourceRow | null,
  language: Language,
): ListItem => ({
  runs: [{ text }, ...sourceRuns(team, source, language)],
});

/** A column of the submissions table: its header, each team's cell, and what a cell stands for or links to. */
interface Column {
  readonly header: string;
  readonly text: (team: Submitted) => string;
  readonly status?: (team: Submitted) => CellStatus | null;
  readonly link?: (team: Submitted) => string | null;
}

/**
 * 团队 · 负责人 · 状态 · 项目 · 🔴 · 🟡 · 已更新 · 周报, one row per submitted team, its status shaded. Without any
 * lead (a folder of files names none) the 负责人 column is left out rather than shown empty.
 */
function submissionsTable(teams: readonly Submitted[], language: Language): TableBlock {
  const count = (n: (facts: TeamFacts) => number) => (team: Submitted) => String(n(team.facts));
  const columns: Column[] = [
    { header: t(language, center.team), text: (team) => team.name },
    ...(teams.some((team) => team.lead !== '')
      ? [{ header: t(language, center.lead), text: (team: Submitted) => team.lead }]
      : []),
    {
      header: t(language, center.status),
      text: ({ facts }) =>
        facts.status === null ? t(language, center.noObjectives) : statusWord(facts.status, language),
      status: ({ facts }) => facts.status,
    },
    { header: t(language, center.projects), text: count((f) => f.projects) },
    { header: statusWord('red', language), text: count((f) => f.red) },
    { header: statusWord('amber', language), text: count((f) => f.amber) },
    {
      header: t(language, center.updated),
      text: ({ facts, updatedEnough }) =>
        t(language, updatedEnough ? center.updatedCount : center.updatedTooFew, {
          updated: facts.updated,
          total: facts.total,
        }),
    },
    {
      header: t(language, center.report),
      text: ({ facts }) => t(language, facts.reportUrl === null ? center.none : center.reportLink),
      link: ({ facts }) => facts.reportUrl,
    },
  ];
  return {
    kind: 'table',
    header: columns.map((c) => c.header),
    rows: teams.map((team) => columns.map((c) => c.text(team))),
    statuses: teams.map((team) => columns.map((c) => c.status?.(team) ?? null)),
    links: teams.map((team) => columns.map((c) => c.link?.(team) ?? null)),
  };
}

/** Right under the table: every team the table does not show, and the ones that updated too little. */
function missingLines(model: CenterModel, submitted: readonly Submitted[], language: Language): string[] {
  const names = (teams: readonly { readonly name: string }[]): string =>
    teams.map((team) => team.name).join(t(language, center.teamList));
  const notSubmitted = model.teams.filter((team) => team.standing.kind === 'notSubmitted');
  const notUpdated = submitted.filter((team) => !team.updatedEnough);
  return [
    ...(notSubmitted.length > 0 ? [t(language, center.notSubmitted, { teams: names(notSubmitted) })] : []),
    ...(notUpdated.length > 0 ? [t(language, center.notUpdated, { teams: names(notUpdated) })] : []),
    ...model.teams.flatMap((team) => {
      const standing = team.standing;
      if (standing.kind === 'invalid')
        return [t(language, center.invalid, { team: team.name, errors: standing.errors })];
      if (standing.kind === 'unreadable')
        return [t(language, center.unreadable, { team: team.name, reason: standing.reason })];
      return [];
    }),
  ];
}

/** Every red project across teams, then every amber one, each with its team, the rule that fired and its row. */
function attentionItems(teams: readonly Submitted[], language: Language): ListItem[] {
  return (['red', 'amber'] as const).flatMap((status) =>
    teams.flatMap((team) =>
      team.facts.attention
        .filter((a) => a.status === status)
        .map((a) => {
          const params = {
            status: statusWord(a.status, language),
            team: team.name,
            project: a.project,
            owner: a.owner,
            reason: reasonText(a.reason, language),
          };
          const line = t(
            language,
            a.owner === '' ? center.attentionLineWithoutOwner : center.attentionLine,
            params,
          );
          return sourcedItem(line, team, a.source, language);
        }),
    ),
  );
}

const teamLine = (team: CenterTeam, text: string, language: Language): string =>
  t(language, center.teamLine, { team: team.name, text });

/** The period's incidents of every team as one: counts by level, minutes to recover, the year so far. */
function centerReliability(teams: readonly Submitted[]): Reliability | null {
  const incidents = teams.flatMap((team) => (team.facts.incidents ? [team.facts.incidents] : []));
  if (incidents.length === 0) return null;
  const counts = new Map<IncidentLevel | null, number>();
  for (const i of incidents)
    for (const { level, count } of i.byLevel) counts.set(level, (counts.get(level) ?? 0) + count);
  return {
    byLevel: LEVEL_ORDER.filter((level) => counts.has(level)).map((level) => ({
      level,
      count: counts.get(level) ?? 0,
    })),
    recovery: recoveryOf(incidents.flatMap((i) => i.recoveryMinutes)),
    yearToDate: {
      year: incidents[0].yearToDate.year,
      ab: incidents.reduce((sum, i) => sum + i.yearToDate.ab, 0),
      cd: incidents.reduce((sum, i) => sum + i.yearToDate.cd, 0),
    },
  };
}

function reliabilityItems(teams: readonly Submitted[], language: Language): ListItem[] {
  const reliability = centerReliability(teams);
  if (reliability === null) return [];
  const byTeam = teams.flatMap((team) => {
    const count = team.facts.incidents?.byLevel.reduce((sum, l) => sum + l.count, 0) ?? 0;
    return count > 0 ? [t(language, center.reliabilityTeam, { team: team.name, count })] : [];
  });
  const lines = reliabilityLines(reliability, language);
  if (byTeam.length > 0)
    lines.push(t(language, center.reliabilityTeams, { teams: byTeam.join(t(language, center.teamList)) }));
  return lines.map((line) => item(line));
}

/** Errors a team shows the center at most; its own Validate lists them all. */
const ERRORS_SHOWN = 5;

/**
 * A team's problems as the director needs them: its errors (they keep it out of the roll-up) in full, the first
 * few, and how many more; its warnings only counted, as the team's own Validate lists them.
 */
function problemItems(team: CenterTeam, language: Language): ListItem[] {
  const errors = team.problems.filter((p) => p.severity === 'error');
  const warnings = team.problems.length - errors.length;
  const line = (problem: string): ListItem =>
    item(t(language, center.problemLine, { team: team.name, problem }));
  return [
    ...errors.slice(0, ERRORS_SHOWN).map((e) => line(t(language, center.error, { text: formatIssue(e) }))),
    ...(errors.length > ERRORS_SHOWN
      ? [line(t(language, center.moreErrors, { count: errors.length - ERRORS_SHOWN }))]
      : []),
    ...(warnings > 0 ? [line(t(language, center.warnings, { count: warnings }))] : []),
  ];
}

const listSection = (title: string, items: readonly ListItem[]): Block[] =>
  section(title, items.length > 0 ? [list(false, items)] : []);

export function layoutCenter(model: CenterModel): ReportDocument {
  const language = model.settings.language;
  const submitted = submittedTeams(model);
  const title = t(language, center.title, {
    week: weekLabel(model.week.number, model.week.monday, language),
  });
  const generated = generatedText(model.generatedAt, language);
  const missing = missingLines(model, submitted, language);
  const blocks: Block[] = [
    paragraph({ text: generated }),
    ...section(t(language, center.submissionsHeading), [
      ...(submitted.length > 0 ? [submissionsTable(submitted, language)] : []),
      ...(missing.length > 0
        ? [
            list(
              false,
              missing.map((line) => item(line)),
            ),
          ]
        : []),
    ]),
    ...listSection(t(language, center.attentionHeading), attentionItems(submitted, language)),
    ...listSection(
      t(language, center.offTargetHeading),
      submitted.flatMap((team) =>
        team.facts.offTarget.map(({ item: metric, source }) =>
          sourcedItem(teamLine(team, offTargetText(metric, language), language), team, source, language),
        ),
      ),
    ),
    ...listSection(t(language, center.reliabilityHeading), reliabilityItems(submitted, language)),
    ...listSection(
      t(language, center.asksHeading),
      submitted.flatMap((team) =>
        team.facts.asks.map(({ item: ask, source }) =>
          sourcedItem(teamLine(team, askText(ask, language), language), team, source, language),
        ),
      ),
    ),
    ...listSection(
      t(language, center.highlightsHeading),
      submitted.flatMap((team) =>
        team.facts.highlight === null ? [] : [item(teamLine(team, team.facts.highlight, language))],
      ),
    ),
    ...listSection(
      t(language, center.problemsHeading),
      model.teams.flatMap((team) => problemItems(team, language)),
    ),
  ];
  return {
    title,
    headerText: t(language, reportMessages.headerText, { team: model.settings.team, title, generated }),
    language,
    blocks,
  };
}
