// Report strings of the zh/en message table (see ./index.ts): every fixed word of the generated document.
import type { Message } from './index';

export const reportMessages = {
  weekTitle: { zh: '第{week}周 {date}', en: 'Week {week}, {date}' },
  progressWithPrevious: {
    zh: '总体进度{current}%，较上周{previous}%新增{delta}%进度',
    en: '{current}% ({delta} pts from {previous}%)',
  },
  progressOnly: { zh: '总体进度{current}%', en: '{current}%' },
} as const satisfies Record<string, Message>;
