// A problem found while reading the workbook, worded in the workbook's language only at the end.
import type { Params } from '../cells/cell';
import type { Issue, Severity } from '../issues';
import type { Language } from '../language';
import { type Message, t } from '../messages/index';
import { type ValidationMessage, validationMessages } from '../messages/validation';

export interface Finding {
  /** The sheet's own name, or a tab's name in both languages when the sheet is missing. */
  readonly tab: string | Message;
  readonly cell: string;
  readonly severity: Severity;
  readonly message: ValidationMessage;
  readonly params: Params;
}

const inLanguage = (text: string | Message, language: Language): string =>
  typeof text === 'string' ? text : text[language];

/** The finding as a user reads it. */
export function toIssue(finding: Finding, language: Language): Issue {
  const params = Object.fromEntries(
    Object.entries(finding.params).map(([name, value]) => [
      name,
      typeof value === 'number' ? value : inLanguage(value, language),
    ]),
  );
  return {
    tab: inLanguage(finding.tab, language),
    cell: finding.cell,
    severity: finding.severity,
    message: t(language, validationMessages[finding.message], params),
  };
}
