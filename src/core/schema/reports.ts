// Row schema of 报告 / Reports: the tool's own log of which Doc holds each week's report, and its revision.
import * as z from 'zod/mini';
import { type DateContext, optionalDateTime, requiredWeek } from '../cells/date';
import { optionalInteger, optionalText, requiredText } from '../cells/text';
import { fromCell, type RowShape } from './rows';

export const reportRow = (ctx: DateContext) =>
  z.object({
    week: fromCell((c) => requiredWeek(c, ctx)),
    doc: fromCell(requiredText),
    generated: fromCell((c) => optionalDateTime(c, ctx)),
    by: fromCell(optionalText),
    revision: fromCell(optionalInteger),
  } satisfies RowShape<'reports'>);

export type ReportRow = z.output<ReturnType<typeof reportRow>>;
