// Text, order-number and choice cells.
import type { Message } from '../messages/index';
import { validationMessages } from '../messages/validation';
import type { Choice } from '../schema/tabs';
import { normaliseName } from '../schema/tabs';
import { asciiText, type Cell, type CellResult, cellText, isBlank, ok, problem } from './cell';

/** Text as typed; blank is an error. */
export const requiredText = (cell: Cell): CellResult<string> =>
  isBlank(cell) ? problem(cell, 'requiredValue') : ok(cellText(cell));

/** Text as typed; blank reads as ''. */
export const optionalText = (cell: Cell): CellResult<string> => ok(isBlank(cell) ? '' : cellText(cell));

/** A sub-point number (`1`, `2`, …, also `1.` or `１`); blank reads as null. */
export function optionalInteger(cell: Cell): CellResult<number | null> {
  if (isBlank(cell)) return ok(null);
  const n =
    typeof cell.value === 'number' ? cell.value : Number(asciiText(String(cell.value)).replace(/\.$/, ''));
  return Number.isInteger(n) && n >= 0 ? ok(n) : problem(cell, 'notInteger');
}

/** A plain number (Order); blank reads as null. */
export function optionalNumber(cell: Cell): CellResult<number | null> {
  if (isBlank(cell)) return ok(null);
  const n = typeof cell.value === 'number' ? cell.value : Number(asciiText(String(cell.value)));
  return Number.isFinite(n) ? ok(n) : problem(cell, 'notNumber');
}

/** A list of names in both languages, for the `expected` part of a message. */
export const bothLanguages = (names: readonly { readonly zh: string; readonly en: string }[]): Message => ({
  zh: names.map((n) => n.zh).join(validationMessages.listSeparator.zh),
  en: names.map((n) => n.en).join(validationMessages.listSeparator.en),
});

/** One of `choices`, by its zh or en name (case- and space-insensitive). */
function matchChoice<K extends string>(cell: Cell, choices: readonly Choice[]): CellResult<K> {
  // `C级` is how the team writes Level C.
  const wanted = normaliseName(cellText(cell).replace(/级$/, ''));
  const found = choices.find((c) => normaliseName(c.zh) === wanted || normaliseName(c.en) === wanted);
  return found ? ok(found.key as K) : problem(cell, 'notChoice', { expected: bothLanguages(choices) });
}

/** One of `choices`; blank reads as `fallback`. */
export const choiceCell = <K extends string>(
  cell: Cell,
  choices: readonly Choice[],
  fallback: K,
): CellResult<K> => (isBlank(cell) ? ok(fallback) : matchChoice<K>(cell, choices));

/** One of `choices`; blank reads as null. */
export const optionalChoice = <K extends string>(
  cell: Cell,
  choices: readonly Choice[],
): CellResult<K | null> => (isBlank(cell) ? ok(null) : matchChoice<K>(cell, choices));

/** One of `choices`; blank is an error. */
export const requiredChoice = <K extends string>(cell: Cell, choices: readonly Choice[]): CellResult<K> =>
  isBlank(cell) ? problem(cell, 'requiredValue') : matchChoice<K>(cell, choices);
