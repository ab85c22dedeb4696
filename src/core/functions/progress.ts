// PROGRESS_DELTA and PROGRESS_NOTE: progress gained since last week, as a number and as the report's phrase.

import { isBlankValue as isBlank } from '../cells/cell';
import { LANGUAGES } from '../choices';
import { progressNote } from '../phrases';
import { callOf, type FunctionContext } from './context';
import { elementwise } from './ranges';
import { readChoice, readPercent, roundNoise } from './readers';

/**
 * Points of progress gained, as a fraction: 0.85 and 0.70 → 0.15. Errors speak `ctx.language` (zh without one:
 * the Apps Script shell passes it; the parameter is optional so callers of the two-argument form still work).
 */
export function progressDelta(current: unknown, previous: unknown, ctx?: FunctionContext): unknown {
  const args = [
    ['current', current],
    ['previous', previous],
  ] as const;
  return elementwise(callOf('PROGRESS_DELTA', ctx), args, ([now, before]) =>
    isBlank(now.value) || isBlank(before.value) ? '' : roundNoise(readPercent(now) - readPercent(before)),
  );
}

/** `总体进度85%，较上周70%新增15%进度` / `85% (+15 pts from 70%)`, in `lang` (default: the spreadsheet's). */
export function progressNoteFn(
  current: unknown,
  previous: unknown,
  lang: unknown,
  ctx: FunctionContext,
): unknown {
  const args = [
    ['current', current],
    ['previous', previous],
    ['lang', lang],
  ] as const;
  return elementwise(callOf('PROGRESS_NOTE', ctx), args, ([now, before, language]) => {
    if (isBlank(now.value)) return '';
    const last = isBlank(before.value) ? null : readPercent(before);
    return progressNote(readPercent(now), last, readChoice(language, LANGUAGES) ?? ctx.language);
  });
}
