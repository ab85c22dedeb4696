// Row schema of 日报 / Daily: one entry per person per day.
import * as z from 'zod/mini';
import { type DateContext, requiredDate } from '../cells/date';
import { optionalText, requiredText } from '../cells/text';
import { fromCell, type RowShape } from './rows';

export const dailyRow = (ctx: DateContext) =>
  z.object({
    date: fromCell((c) => requiredDate(c, ctx)),
    author: fromCell(requiredText),
    content: fromCell(optionalText),
  } satisfies RowShape<'daily'>);

export type DailyRow = z.output<ReturnType<typeof dailyRow>>;
