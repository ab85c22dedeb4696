// 团队 / Teams as a center reads it (SPEC §13): which sheets to roll up, by id, and who leads each team.

import type { Finding } from '../schema/finding';
import { ROW_READERS } from '../schema/row-readers';
import { parseRows } from '../schema/rows';
import { EMAIL } from '../schema/settings';
import { cellAt, findingAt } from '../schema/table';
import type { Workbook } from './workbook';

export interface TeamEntry {
  readonly name: string;
  /** The Sheet cell as typed. */
  readonly sheet: string;
  /** The spreadsheet's id, from a URL or a bare id; null when the cell holds neither (an error says so). */
  readonly spreadsheetId: string | null;
  readonly lead: string;
  /** The lead's address, when it is one. */
  readonly email: string | null;
  /** 1-based row of the Teams tab. */
  readonly row: number;
}

/** A spreadsheet id: what Drive hands out (letters, digits, `-`, `_`), long enough not to be a typed word. */
const BARE_ID = /^[\w-]{25,}$/;
const SHEET_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([\w-]{25,})(?:[/?#]|$)/;

/** The id in a sheet's URL or a bare id, else null. */
export function spreadsheetIdOf(typed: string): string | null {
  const text = typed.trim();
  if (BARE_ID.test(text)) return text;
  return SHEET_URL.exec(text)?.[1] ?? null;
}

/** The sheet's address as the center links to it, from its id alone (never the text as typed). */
export const sheetUrlOf = (spreadsheetId: string): string =>
  `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;

/**
 * The teams in their order, each once. A Sheet that is no sheet warns at its cell and the team is still listed (the
 * report names it unreadable): one mistyped link never stops the others.
 */
export function readTeams(center: Workbook): {
  readonly teams: readonly TeamEntry[];
  readonly findings: readonly Finding[];
} {
  const table = center.tables.teams;
  const parsed = parseRows(table, ROW_READERS.teams());
  const findings: Finding[] = [...parsed.findings];
  const seen = new Set<string>();
  const teams: TeamEntry[] = [];
  for (const row of parsed.rows) {
    if (!table) break;
    if (seen.has(row.team)) {
      findings.push(findingAt(table, 'team', row.row, 'warning', 'sameTeamTwice', { found: row.team }));
      continue;
    }
    seen.add(row.team);
    const spreadsheetId = spreadsheetIdOf(row.sheet);
    if (spreadsheetId === null) {
      const found = cellAt(table, 'sheet', row.row).display || row.sheet;
      findings.push(findingAt(table, 'sheet', row.row, 'warning', 'notASheet', { found }));
    }
    teams.push({
      name: row.team,
      sheet: row.sheet,
      spreadsheetId,
      lead: row.lead,
      email: EMAIL.test(row.email) ? row.email : null,
      row: row.row + 1,
    });
  }
  return { teams, findings };
}
