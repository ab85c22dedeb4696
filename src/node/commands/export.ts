// `export`: every filled cell of one or many team workbooks as long-format CSV (SPEC §13's exit ramp).
import { extname } from 'node:path';
import { LONG_COLUMNS, type LongRow, longRows, messages } from '../../core';
import { writeFilesAtomic } from '../atomic-file';
import { isFolder, parseOptions, requireOption } from '../cli-options';
import { UsageError } from '../usage-error';
import { type CliContext, EXIT, say } from './context';
import { distinctNames, readTeam, type TeamFile, teamPaths } from './team-folder';

const OPTIONS = {
  teams: { type: 'string' },
  workbook: { type: 'string' },
  out: { type: 'string' },
} as const;

/** A field as RFC 4180 has it: quoted when it holds a comma, a quote or a line break, quotes doubled. */
const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The rows as RFC 4180 text: a header line, CRLF after every line, UTF-8 without a byte-order mark. */
export const longCsv = (rows: readonly LongRow[]): string =>
  [
    LONG_COLUMNS.join(','),
    ...rows.map((row) => LONG_COLUMNS.map((column) => csvField(row[column])).join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');

export async function exportRows(context: CliContext, args: readonly string[]): Promise<number> {
  const options = parseOptions('export', args, OPTIONS);
  if (options.teams !== undefined && options.workbook !== undefined) throw new UsageError('exportOneSource');
  if (options.teams === undefined) requireOption('export', 'workbook', options.workbook);
  const out = requireOption('export', 'out', options.out);
  if (extname(out).toLowerCase() !== '.csv' || isFolder(out))
    throw new UsageError('outputNotCsv', { path: out });

  const paths = options.teams !== undefined ? await teamPaths(options.teams) : [options.workbook as string];
  const read: TeamFile[] = [];
  for (const path of paths) read.push(await readTeam(path));
  const rows: LongRow[] = [];
  let teams = 0;
  for (const team of distinctNames(read)) {
    // One team's file alone must be readable; among many, an unreadable one is said and left out.
    if ('unreadable' in team) {
      if (options.teams === undefined) throw team.unreadable;
      const reason = team.unreadable.reason(context.language);
      say(context, messages.cli.rollupTeamUnreadable, { team: team.name, path: team.path, reason });
      continue;
    }
    say(context, messages.cli.rollupTeamRead, { team: team.name, path: team.path });
    for (const row of longRows(team.workbook, team.name)) rows.push(row);
    teams++;
  }
  await writeFilesAtomic([{ path: out, data: longCsv(rows) }], {});
  say(context, messages.cli.exportWritten, { rows: rows.length, teams });
  context.out(out);
  return EXIT.ok;
}
