// Row schema of 团队 / Teams, a center's list of team sheets (SPEC §13).
import * as z from 'zod/mini';
import { optionalText, requiredText } from '../cells/text';
import { fromCell, type RowShape } from './rows';

export const teamRow = () =>
  z.object({
    team: fromCell(requiredText),
    sheet: fromCell(requiredText),
    lead: fromCell(optionalText),
    email: fromCell(optionalText),
  } satisfies RowShape<'teams'>);

export type TeamRow = z.output<ReturnType<typeof teamRow>>;
