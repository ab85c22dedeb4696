// One user-visible string in both languages and the one way to fill its placeholders; a leaf of the message table.
import type { Language } from '../language';

/** A user-visible string in both languages; `{name}` placeholders are filled by `t`. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

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
