// The error the CLI reports as a usage problem (exit 2): one clear line, from the message table.
import { type Language, messages, t } from '../core';

export type CliMessageKey = keyof typeof messages.cli;
type Params = Readonly<Record<string, string | number>>;

/** Bad arguments or an unreadable/unwritable file: shown as one line, never as a stack trace. */
export class UsageError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: Params = {},
    options?: ErrorOptions,
  ) {
    super(t('en', messages.cli[key], params), options);
    this.name = 'UsageError';
  }

  /** The message in `language`. */
  text(language: Language): string {
    return t(language, messages.cli[this.key], this.params);
  }
}
