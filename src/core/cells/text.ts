// Text, order-number and choice cells.
import { type Choice, type ChoiceKey, matchChoice } from '../choices';
import type { Message } from '../messages/message';
import { validationMessages } from '../messages/validation';
import type { Names } from '../names';
import { asciiText, type Cell, type CellResult, cellText, isBlank, ok, problem, remembered } from './cell';

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
export const bothLanguages = (names: readonly Names[]): Message => ({
  zh: names.map((n) => n.zh).join(validationMessages.listSeparator.zh),
  en: names.map((n) => n.en).join(validationMessages.listSeparator.en),
});

/** How a choice is named when a message lists what was expected: by its zh and en names, unless told. */
type ShownAs = (choice: Choice) => Names;

/** Each list's choices by the text typed: a State column holds the same few words in every row. */
const typedChoices = new WeakMap<readonly Choice[], Map<string, string | null>>();

function choiceTyped<T extends readonly Choice[]>(text: string, choices: T): ChoiceKey<T> | null {
  let memo = typedChoices.get(choices);
  if (memo === undefined) {
    memo = new Map();
    typedChoices.set(choices, memo);
  }
  return remembered(memo, text, (typed) => matchChoice(typed, choices)) as ChoiceKey<T> | null;
}

/** One of `choices`, by its key or its zh or en name. */
function choiceOf<T extends readonly Choice[]>(
  cell: Cell,
  choices: T,
  shownAs: ShownAs,
): CellResult<ChoiceKey<T>> {
  const key = choiceTyped(cellText(cell), choices);
  return key === null
    ? problem(cell, 'notChoice', { expected: bothLanguages(choices.map(shownAs)) })
    : ok(key);
}

/** One of `choices`; blank reads as `fallback`. */
export const choiceCell = <T extends readonly Choice[]>(
  cell: Cell,
  choices: T,
  fallback: ChoiceKey<T>,
): CellResult<ChoiceKey<T>> => (isBlank(cell) ? ok(fallback) : choiceOf(cell, choices, (c) => c));

/** One of `choices`; blank reads as null. */
export const optionalChoice = <T extends readonly Choice[]>(
  cell: Cell,
  choices: T,
  shownAs: ShownAs = (c) => c,
): CellResult<ChoiceKey<T> | null> => (isBlank(cell) ? ok(null) : choiceOf(cell, choices, shownAs));

/** One of `choices`; blank is an error. */
export const requiredChoice = <T extends readonly Choice[]>(
  cell: Cell,
  choices: T,
): CellResult<ChoiceKey<T>> =>
  isBlank(cell) ? problem(cell, 'requiredValue') : choiceOf(cell, choices, (c) => c);
