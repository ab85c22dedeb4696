// A folder of team workbooks (SPEC §13): one .xlsx export or one folder of CSVs per team, each read on its own so
// that one damaged file is one unreadable team, never a failed run.
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { type Language, parseWorkbook, type Workbook } from '../../core';
import { isFolder } from '../cli-options';
import { UsageError } from '../usage-error';
import { readWorkbook } from '../workbook-reader';
import { DEFAULT_TIME_ZONE } from './context';

export type TeamFile =
  | { readonly name: string; readonly path: string; readonly workbook: Workbook }
  | { readonly name: string; readonly path: string; readonly unreadable: UsageError };

/** A team's entry: an .xlsx file or a folder; hidden files and Office's `~$` lock files are not teams. */
const isTeamEntry = (name: string, folder: boolean): boolean =>
  !name.startsWith('.') && !name.startsWith('~$') && (folder || extname(name).toLowerCase() === '.xlsx');

/** The team entries of `dir`, in name order, so the report lists teams the same way on every machine. */
export async function teamPaths(dir: string): Promise<string[]> {
  if (!isFolder(dir)) throw new UsageError('teamsNotFolder', { path: dir });
  const entries = await readdir(dir, { withFileTypes: true });
  const paths = entries
    .filter((entry) => isTeamEntry(entry.name, entry.isDirectory()))
    .map((entry) => entry.name)
    .sort()
    .map((name) => join(dir, name));
  if (paths.length === 0) throw new UsageError('noTeams', { path: dir });
  return paths;
}

/** The file or folder name a team is known by when its Settings name none. */
const fileStem = (path: string): string => basename(path, extname(path));

/** One team's workbook, parsed; a file that cannot be read is the team's reason, not the run's failure. */
export async function readTeam(path: string): Promise<TeamFile> {
  try {
    const read = await readWorkbook(path, { timeZone: DEFAULT_TIME_ZONE });
    const workbook = parseWorkbook(read.input);
    return { name: workbook.settings.teamName ?? fileStem(path), path, workbook };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { name: fileStem(path), path, unreadable: error };
  }
}

/**
 * Two files whose Settings give the same team name would read as one team twice: each is then named with its file
 * too (`支付中心（趋势组）`), so every line of the report says which file it came from.
 */
export function distinctNames(teams: readonly TeamFile[]): TeamFile[] {
  const counts = new Map<string, number>();
  for (const team of teams) counts.set(team.name, (counts.get(team.name) ?? 0) + 1);
  return teams.map((team) => {
    const stem = fileStem(team.path);
    return (counts.get(team.name) ?? 0) > 1 && stem !== team.name
      ? { ...team, name: `${team.name}（${stem}）` }
      : team;
  });
}

/** The language most teams' sheets speak (the first's on a tie), or `fallback` when none could be read. */
export function teamsLanguage(teams: readonly TeamFile[], fallback: Language): Language {
  const languages = teams.flatMap((team) => ('workbook' in team ? [team.workbook.settings.language] : []));
  const zh = languages.filter((l) => l === 'zh').length;
  if (languages.length === 0) return fallback;
  return zh * 2 === languages.length ? languages[0] : zh * 2 > languages.length ? 'zh' : 'en';
}
