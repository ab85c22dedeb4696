// Row schema of 人员 / People: who an Owner is, and the address a reminder goes to (SPEC §2, §11).
import * as z from 'zod/mini';
import { optionalText, requiredText } from '../cells/text';
import type { Finding } from './finding';
import { fromCell, type Located, type RowShape } from './rows';
import { EMAIL } from './settings';
import { cellAt, findingAt, type Table } from './table';

export const personRow = () =>
  z.object({
    name: fromCell(requiredText),
    email: fromCell(optionalText),
  } satisfies RowShape<'people'>);

export type PersonRow = z.output<ReturnType<typeof personRow>>;

/**
 * A mistyped address only warns, as a bad recipient does: it stops one reminder, never the report. The person is
 * then listed as not reachable.
 */
export function badEmails(
  table: Table<'people'> | undefined,
  rows: readonly Located<PersonRow>[],
): Finding[] {
  if (!table) return [];
  return rows
    .filter((person) => person.email !== '' && !EMAIL.test(person.email))
    .map((person) =>
      findingAt(table, 'email', person.row, 'warning', 'badRecipient', {
        found: cellAt(table, 'email', person.row).display || person.email,
      }),
    );
}
