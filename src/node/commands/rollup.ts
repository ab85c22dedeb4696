// `rollup`: the center report (SPEC §13) from a folder of team workbooks, in each --format, all or nothing.
import { basename, resolve } from 'node:path';
import {
  centerDocument,
  messages,
  parseWorkbook,
  type Settings,
  summariseTeam,
  type TeamSummary,
  unreadableTeam,
} from '../../core';
import {
  isFile,
  nowIn,
  parseFormats,
  parseOptions,
  parseWeek,
  requireOption,
  resolveNow,
} from '../cli-options';
import { UsageError } from '../usage-error';
import { type CliContext, DEFAULT_TIME_ZONE, EXIT, issueCounts, say } from './context';
import { distinctNames, readTeam, type TeamFile, teamPaths, teamsLanguage } from './team-folder';
import { writeReport } from './write-report';

const OPTIONS = {
  teams: { type: 'string' },
  week: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  now: { type: 'string' },
} as const;

/** The center's Settings: defaults in the teams' language and the first readable team's zone, named after DIR. */
function centerSettings(teams: readonly TeamFile[], dir: string, context: CliContext): Settings {
  const first = teams.find((team) => 'workbook' in team);
  const timeZone = first && 'workbook' in first ? first.workbook.settings.timeZone : DEFAULT_TIME_ZONE;
  const defaults = parseWorkbook({ sheets: [], timeZone, dateCells: 'wall-clock' }).settings;
  const language = teamsLanguage(teams, context.language);
  return { ...defaults, language, team: basename(resolve(dir)), teamName: basename(resolve(dir)) };
}

/** One line per team on stderr: read (with its problem counts) or not, and why. */
function sayTeam(context: CliContext, team: TeamFile, summary: TeamSummary): void {
  if ('unreadable' in team) {
    const reason = team.unreadable.reason(context.language);
    say(context, messages.cli.rollupTeamUnreadable, { team: team.name, path: team.path, reason });
    return;
  }
  say(context, messages.cli.rollupTeamRead, { team: team.name, path: team.path });
  if (summary.state === 'read' && summary.problems.length > 0) {
    say(context, messages.cli.rollupTeamProblems, {
      team: team.name,
      ...issueCounts(summary.problems, context.language),
    });
  }
}

export async function rollup(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('rollup', args, OPTIONS);
  const dir = requireOption('rollup', 'teams', options.teams);
  const week = parseWeek(options.week) ?? 'latest';
  const formats = parseFormats(options.format);
  const nowFlag = resolveNow(options.now, context.env, context.clock);
  const out = options.out ?? 'out';
  if (isFile(out)) throw new UsageError('outputNotFolder', { path: out });

  const read: TeamFile[] = [];
  for (const path of await teamPaths(dir)) read.push(await readTeam(path));
  const teams = distinctNames(read);
  const settings = centerSettings(teams, dir, context);
  context.language = settings.language;
  const now = nowIn(nowFlag, settings.timeZone);
  const summaries = teams.map((team) => {
    const identity = { name: team.name, lead: '', url: null };
    const summary =
      'workbook' in team
        ? summariseTeam({ ...identity, workbook: team.workbook }, { week, now, center: settings })
        : unreadableTeam(identity, team.unreadable.reason(settings.language));
    sayTeam(context, team, summary);
    return summary;
  });

  say(context, messages.cli.writing);
  const { document } = centerDocument(summaries, { week, now, settings });
  await writeReport(context, document, { formats, out, now });
  return EXIT.ok;
}
