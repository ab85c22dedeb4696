// 开始新一周 Start new week: next week's rows appended (projects not done, highlights), then what was added or why not.
import { gasMessages, t, validationMessages } from '../../core';
import { alert, showBlocked } from '../dialogs';
import { startNewWeek } from '../new-week';
import type { Services } from '../services';

const text = gasMessages;

export function newWeek(services: Services): void {
  const outcome = startNewWeek(services.spreadsheet(), services.lock(), services.now);
  const { language } = outcome.settings;
  const dialogs = services.dialogs();
  if (outcome.kind === 'busy' || outcome.kind === 'invalid') showBlocked(dialogs, outcome);
  else if (outcome.notYet) alert(dialogs, language, validationMessages.newWeekNotYet, outcome.notYet);
  else if (outcome.tabs.length === 0) alert(dialogs, language, text.newWeekNothing);
  else {
    const list = outcome.tabs
      .map((tab) => t(language, text.newWeekTab, tab))
      .join(text.newWeekSeparator[language]);
    alert(dialogs, language, text.newWeekAdded, { week: outcome.week ?? '', tabs: list });
  }
}
