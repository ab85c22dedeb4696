// Row schema of 重点工作 / Highlights: rows with the same Title form one item, `No` numbers its points.
import * as z from 'zod/mini';
import { type DateContext, requiredWeek } from '../cells/date';
import { optionalInteger, optionalText, requiredText } from '../cells/text';
import { fromCell, type RowShape } from './rows';

export const highlightRow = (ctx: DateContext) =>
  z.object({
    week: fromCell((c) => requiredWeek(c, ctx)),
    title: fromCell(requiredText),
    no: fromCell(optionalInteger),
    content: fromCell(optionalText),
  } satisfies RowShape<'highlights'>);

export type HighlightRow = z.output<ReturnType<typeof highlightRow>>;
