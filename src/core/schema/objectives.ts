// Row schema of 目标 / Objectives: the codes Projects refer to, in Order.
import * as z from 'zod/mini';
import { optionalNumber, requiredText } from '../cells/text';
import { fromCell, type RowShape } from './rows';

export const objectiveRow = () =>
  z.object({
    code: fromCell(requiredText),
    name: fromCell(requiredText),
    order: fromCell(optionalNumber),
  } satisfies RowShape<'objectives'>);

export type ObjectiveRow = z.output<ReturnType<typeof objectiveRow>>;
