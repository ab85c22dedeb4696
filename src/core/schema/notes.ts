// Row schema of 总结 / Notes: reflections and next week's goals, per week.
import * as z from 'zod/mini';
import { type DateContext, requiredWeek } from '../cells/date';
import { optionalInteger, optionalText, requiredChoice } from '../cells/text';
import { NOTE_KINDS } from '../choices';
import { fromCell, type RowShape } from './rows';

export const noteRow = (ctx: DateContext) =>
  z.object({
    week: fromCell((c) => requiredWeek(c, ctx)),
    kind: fromCell((c) => requiredChoice(c, NOTE_KINDS)),
    no: fromCell(optionalInteger),
    content: fromCell(optionalText),
  } satisfies RowShape<'notes'>);

export type NoteRow = z.output<ReturnType<typeof noteRow>>;
