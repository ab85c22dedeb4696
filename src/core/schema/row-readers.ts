// Each tab's row reader, by tab key: a tab declared in TABS without a reader here fails the type-check, and each
// reader is held to its tab's columns (RowShape), so a tab is read one way, wherever it is read.
import type * as z from 'zod/mini';
import type { DateContext } from '../cells/date';
import { dailyRow } from './daily';
import { highlightRow } from './highlights';
import { incidentRow } from './incidents';
import { metricRow } from './metrics';
import { noteRow } from './notes';
import { objectiveRow } from './objectives';
import { personRow } from './people';
import { projectRow } from './projects';
import { reportRow } from './reports';
import { settingRow } from './settings';
import type { TabKey } from './tabs';
import { teamRow } from './teams';

export const ROW_READERS = {
  settings: () => settingRow(),
  highlights: highlightRow,
  objectives: () => objectiveRow(),
  projects: projectRow,
  metrics: metricRow,
  incidents: incidentRow,
  notes: noteRow,
  daily: dailyRow,
  people: () => personRow(),
  reports: reportRow,
  teams: () => teamRow(),
} as const satisfies { readonly [K in TabKey]: (ctx: DateContext) => z.ZodMiniType };
