// Row schema of 生产事件 / Incidents: one row per event, dated by its Start.
import * as z from 'zod/mini';
import { type DateContext, optionalDateTime, requiredDateTime } from '../cells/date';
import { optionalChoice, optionalText, requiredText } from '../cells/text';
import { INCIDENT_LEVELS } from '../choices';
import { fromCell, type RowShape } from './rows';

export const incidentRow = (ctx: DateContext) =>
  z.object({
    start: fromCell((c) => requiredDateTime(c, ctx)),
    detected: fromCell(optionalText),
    summary: fromCell(requiredText),
    impact: fromCell(optionalText),
    cause: fromCell(optionalText),
    recovered: fromCell((c) => optionalDateTime(c, ctx)),
    level: fromCell((c) => optionalChoice(c, INCIDENT_LEVELS)),
    followUp: fromCell(optionalText),
  } satisfies RowShape<'incidents'>);

export type IncidentRow = z.output<ReturnType<typeof incidentRow>>;
