// Row schema of 项目 / Projects: one row per project per week, plus numbered rows for its sub-points.
import * as z from 'zod/mini';
import { type DateContext, optionalDue, requiredWeek } from '../cells/date';
import { optionalPercent } from '../cells/percent';
import { choiceCell, optionalInteger, optionalText, requiredText } from '../cells/text';
import { PROJECT_STATES } from '../choices';
import { fromCell, type RowShape } from './rows';

export const projectRow = (ctx: DateContext) =>
  z.object({
    week: fromCell((c) => requiredWeek(c, ctx)),
    objective: fromCell(requiredText),
    project: fromCell(requiredText),
    no: fromCell(optionalInteger),
    status: fromCell(optionalText),
    progress: fromCell(optionalPercent),
    previous: fromCell(optionalPercent),
    due: fromCell((c) => optionalDue(c, ctx)),
    owner: fromCell(optionalText),
    state: fromCell((c) => choiceCell(c, PROJECT_STATES, 'active')),
    asks: fromCell(optionalText),
  } satisfies RowShape<'projects'>);

export type ProjectRow = z.output<ReturnType<typeof projectRow>>;
