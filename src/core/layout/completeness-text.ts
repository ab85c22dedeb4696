// Completeness and reminders in words (SPEC §11): the same lines for Validate, the CLI, the summary and the mail.
import type { Language } from '../language';
import { t } from '../messages/index';
import { reminderMessages } from '../messages/reminders';
import type { Completeness, NotUpdatedRow, OwnerRows } from '../model/completeness';

const text = reminderMessages;

/** `已更新 12/15`. */
export const completenessCount = (c: Completeness, language: Language): string =>
  t(language, text.completeness, { updated: c.updated, total: c.total });

/** `2023-11-20 的周报：已更新 12/15`, or that the week has no rows yet. */
export const completenessLine = (c: Completeness, language: Language): string =>
  c.total === 0
    ? t(language, text.completenessNoRows, { week: c.week })
    : t(language, text.completenessOfWeek, { week: c.week, updated: c.updated, total: c.total });

/** `POS收单系统建设（第2条）`: a numbered point is named with its project. */
export const rowLabel = (row: NotUpdatedRow, language: Language): string =>
  row.no === null ? row.project : t(language, text.rowPoint, { project: row.project, no: row.no });

/** The owner as typed, `（未填负责人）` for rows without one. */
export const ownerName = (owner: OwnerRows, language: Language): string =>
  owner.owner === '' ? t(language, text.noOwner) : owner.owner;

/** `张伟 <zhangwei@example.com>`, `chen.jie@example.com` (an Owner typed as an email), or `王五（没有邮箱，无法提醒）`. */
export function ownerLabel(owner: OwnerRows, language: Language): string {
  const name = ownerName(owner, language);
  // One pair of brackets: rows without an owner are `（未填负责人，无法提醒）`, not `（未填负责人）（没有邮箱…）`.
  if (owner.address === null)
    return owner.owner === ''
      ? t(language, text.noOwnerUnreachable)
      : t(language, text.ownerUnreachable, { owner: name });
  return owner.address === owner.owner
    ? name
    : t(language, text.ownerAddress, { owner: name, address: owner.address });
}

/**
 * `张伟 <zhangwei@example.com>：支付营销能力、看懂账`; without the address (`张伟：…`) where the reader does not mail
 * anyone: the report leadership reads.
 */
export const ownerLine = (owner: OwnerRows, language: Language, withAddress = true): string =>
  t(language, text.ownerRows, {
    owner: withAddress ? ownerLabel(owner, language) : ownerName(owner, language),
    rows: owner.rows.map((row) => rowLabel(row, language)).join(t(language, text.rowSeparator)),
  });

/** Owners joined into one line: `张伟、李娜`. */
export const ownerList = (owners: readonly OwnerRows[], language: Language): string =>
  owners.map((owner) => ownerName(owner, language)).join(t(language, text.ownerSeparator));

/** The week's completeness and, below it, each owner's rows not updated: what Validate and the CLI show. */
export function completenessLines(c: Completeness, language: Language): string[] {
  const owners = c.owners.map((owner) => ownerLine(owner, language));
  return [
    completenessLine(c, language),
    ...(owners.length > 0 ? [t(language, text.notUpdatedHeading)] : []),
    ...owners,
  ];
}

export interface Letter {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

/** One owner's reminder: their rows, each with its cell, and the link to the sheet. Null when they have no address. */
export function reminderLetter(
  owner: OwnerRows,
  context: { readonly team: string; readonly week: string; readonly url: string },
  language: Language,
): Letter | null {
  if (owner.address === null) return null;
  const rows = owner.rows.map((row) =>
    t(language, text.mailRow, { row: rowLabel(row, language), cell: row.cell }),
  );
  const params = { ...context, owner: owner.owner, count: owner.rows.length };
  return {
    to: owner.address,
    subject: t(language, text.mailSubject, params),
    body: t(language, text.mailBody, { ...params, rows: rows.join('\n') }),
  };
}
