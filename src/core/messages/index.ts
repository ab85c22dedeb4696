// The one zh/en message table, assembled from one part per area; every user-visible string comes from here.
import { centerMessages } from './center';
import { centerAppMessages } from './center-app';
import { cliMessages } from './cli';
import { functionMessages } from './functions';
import { gasMessages } from './gas';
import { reminderMessages } from './reminders';
import { reportMessages } from './report';
import { validationMessages } from './validation';

export { type Message, t } from './message';

export const messages = {
  validation: validationMessages,
  report: reportMessages,
  functions: functionMessages,
  cli: cliMessages,
  gas: gasMessages,
  reminders: reminderMessages,
  center: centerMessages,
  centerApp: centerAppMessages,
} as const;
