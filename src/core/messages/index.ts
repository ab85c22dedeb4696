// The one zh/en message table, assembled from one part per area; every user-visible string comes from here.
import type { Language } from '../model/report-model';
import { cliMessages } from './cli';
import { functionMessages } from './functions';
import { gasMessages } from './gas';
import { reportMessages } from './report';
import { validationMessages } from './validation';

/** A user-visible string in both languages; `{name}` placeholders are filled by `t`. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

export const messages = {
  validation: validationMessages,
  report: reportMessages,
  functions: functionMessages,
  cli: cliMessages,
  gas: gasMessages,
} as const;

/** The message in `language`, with `{name}` placeholders replaced by `params[name]`. */
export function t(
  language: Language,
  message: Message,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return message[language].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
