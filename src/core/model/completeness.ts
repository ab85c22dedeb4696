// Who hasn't updated (SPEC §11): a week's Projects rows still as Start new week copied them, grouped by owner.
import type { LocalDate } from '../dates';
import { addDays } from '../dates';
import { normaliseName } from '../names';
import type { PersonRow } from '../schema/people';
import type { ProjectRow } from '../schema/projects';
import type { Located } from '../schema/rows';
import { EMAIL } from '../schema/settings';
import { cellRef, type Table } from '../schema/table';
import { groupBy } from './grouping';

/** A row of the week whose Status and Progress are what they were the week before. */
export interface NotUpdatedRow {
  readonly project: string;
  /** The sub-point's number, null for the project's own row. */
  readonly no: number | null;
  /** Where the owner finds it: the row's Status cell, `项目!E23`. */
  readonly cell: string;
}

/** One owner's rows not updated, and where a reminder to them goes. */
export interface OwnerRows {
  /** The Owner as typed ('' for rows with none). */
  readonly owner: string;
  /** Their People email, or the Owner itself when it is an email; null: no one can be mailed. */
  readonly address: string | null;
  readonly rows: readonly NotUpdatedRow[];
}

/** `已更新 12/15`, and the rows behind the difference by owner. */
export interface Completeness {
  /** The week's Monday (the report in progress, for Validate and Remind). */
  readonly week: LocalDate;
  /** Rows that count: every row of the week except a project's blank heading above its numbered points. */
  readonly total: number;
  readonly updated: number;
  /** Owners with rows not updated, in the order their first such row appears in the sheet. */
  readonly owners: readonly OwnerRows[];
  /**
   * Every address a reminder could go to: People's, and Owners of the week's rows typed as addresses. What the
   * reminder schedule's owner confirms (SPEC §12).
   */
  readonly addresses: readonly string[];
}

type ProjectRows = readonly Located<ProjectRow>[];

const rowKey = (row: ProjectRow): string => `${row.project}\u0000${row.no ?? ''}`;

/** Progress is read from text and fractions alike; equal at the precision the sheet shows. */
const sameProgress = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;

/** Done as the summary counts it (SPEC §8): State 已完成, or Progress 100%. */
const isDone = (row: ProjectRow | undefined): boolean =>
  row !== undefined && (row.state === 'done' || (row.progress !== null && row.progress > 1 - 1e-9));

/** Owners' addresses by name, as People lists them (names compared as tabs and headers are). */
function addressBook(people: readonly PersonRow[]): (owner: string) => string | null {
  const emails = new Map<string, string>();
  for (const person of people) {
    const name = normaliseName(person.name);
    if (!emails.has(name) && EMAIL.test(person.email)) emails.set(name, person.email);
  }
  return (owner) => emails.get(normaliseName(owner)) ?? (EMAIL.test(owner) ? owner : null);
}

/**
 * The rows of the week dated `monday` that are not updated: not done, and Status and Progress both identical to
 * the same Project's row (same No) of the Monday before, which is what Start new week copied. A row without such
 * a row last week is new, so updated. A numbered point belongs to its project: it is done when the project is,
 * and its owner is the project's when its own Owner is blank.
 */
export function weekCompleteness(
  table: Table<'projects'> | undefined,
  projects: ProjectRows,
  people: readonly PersonRow[],
  monday: LocalDate,
): Completeness {
  const thisWeek = projects.filter((r) => r.week === monday);
  const lastWeek = new Map<string, ProjectRow>();
  for (const row of projects) {
    if (row.week === addDays(monday, -7) && !lastWeek.has(rowKey(row))) lastWeek.set(rowKey(row), row);
  }
  const byProject = groupBy(thisWeek, (r) => r.project);
  const headOf = (row: ProjectRow) => {
    const rows = byProject.get(row.project) ?? [];
    return rows.find((r) => r.no === null) ?? rows[0];
  };
  // A blank project row above numbered points is a heading: its points carry the news, it never changes.
  const isHeading = (row: ProjectRow): boolean =>
    row.no === null &&
    row.status === '' &&
    row.progress === null &&
    (byProject.get(row.project) ?? []).some((r) => r.no !== null);
  const counted = thisWeek.filter((row) => !isHeading(row));
  const notUpdated = counted.filter((row) => {
    const before = lastWeek.get(rowKey(row));
    if (before === undefined || isDone(row) || isDone(headOf(row))) return false;
    return row.status === before.status && sameProgress(row.progress, before.progress);
  });
  const address = addressBook(people);
  const ownerOf = (row: ProjectRow): string => row.owner || headOf(row)?.owner || '';
  const owners = [...groupBy(notUpdated, ownerOf)].map(([owner, rows]) => ({
    owner,
    address: owner === '' ? null : address(owner),
    rows: rows.map((row) => ({
      project: row.project,
      no: row.no,
      cell: table ? `${table.sheet.name}!${cellRef(table, 'status', row.row)}` : '',
    })),
  }));
  const addresses = [
    ...people.map((p) => p.email),
    ...thisWeek.map((row) => address(ownerOf(row)) ?? ''),
  ].filter((email, i, all) => EMAIL.test(email) && all.indexOf(email) === i);
  return {
    week: monday,
    total: counted.length,
    updated: counted.length - notUpdated.length,
    owners,
    addresses,
  };
}
