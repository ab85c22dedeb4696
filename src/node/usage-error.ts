// The error the CLI reports as a usage problem (exit 2): one clear line, from the message table.
import { type Language, type Message, messages, t } from '../core';

export type CliMessageKey = keyof typeof messages.cli;
/** A parameter is text as is, or a message of the table worded in the language the line is printed in. */
type Params = Readonly<Record<string, string | number | Message>>;

/** Bad arguments or an unreadable/unwritable file: shown as one line, never as a stack trace. */
export class UsageError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: Params = {},
    options?: ErrorOptions,
  ) {
    super(wordedIn('en', key, params), options);
    this.name = 'UsageError';
  }

  /** The message in `language`. */
  text(language: Language): string {
    return wordedIn(language, this.key, this.params);
  }

  /** Why, without what: the `{reason}` of the message when it has one (a team listed as unreadable), else all of it. */
  reason(language: Language): string {
    const reason = this.params.reason;
    if (reason === undefined) return this.text(language);
    return typeof reason === 'object'
      ? t(language, reason, this.params as Record<string, string>)
      : String(reason);
  }
}

function wordedIn(language: Language, key: CliMessageKey, params: Params): string {
  const worded = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'object' ? t(language, value, params as Record<string, string>) : value,
    ]),
  );
  return t(language, messages.cli[key], worded);
}

const SYSTEM_REASONS: Readonly<Record<string, Message>> = {
  ENOENT: messages.cli.reasonNotFound,
  EACCES: messages.cli.reasonPermission,
  EPERM: messages.cli.reasonPermission,
  EBUSY: messages.cli.reasonBusy,
  ETXTBSY: messages.cli.reasonBusy,
  ENOSPC: messages.cli.reasonDiskFull,
  EDQUOT: messages.cli.reasonDiskFull,
  EROFS: messages.cli.reasonReadOnly,
  ENOTDIR: messages.cli.reasonFileInPath,
  EEXIST: messages.cli.reasonFileInPath,
  EISDIR: messages.cli.reasonIsFolder,
};

/** A system error as a plain reason: node's messages (`EBUSY: resource busy or locked, rename …`) are not for users. */
export function systemReason(error: unknown): Message {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && Object.hasOwn(SYSTEM_REASONS, code)) return SYSTEM_REASONS[code];
  const named = typeof code === 'string' ? code : (error as Error)?.name || 'Error';
  return {
    en: t('en', messages.cli.reasonSystem, { code: named }),
    zh: t('zh', messages.cli.reasonSystem, { code: named }),
  };
}
