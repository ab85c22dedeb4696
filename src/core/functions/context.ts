// What a custom function knows of its spreadsheet: the zone its Dates are shown in and the language it speaks.
import type { Language } from '../language';

/** What a custom function needs from its spreadsheet: Dates arrive as instants shown in `timeZone`. */
export interface FunctionContext {
  readonly timeZone: string;
  /** Language of error messages and phrases (from the spreadsheet locale). */
  readonly language: Language;
}

/** The function being computed, as errors name it: its Sheets name and the language to speak. */
export interface Call {
  readonly fn: string;
  readonly language: Language;
}

/** Errors speak the workbook's default language when a caller passes no context. */
export const callOf = (fn: string, ctx?: FunctionContext): Call => ({ fn, language: ctx?.language ?? 'zh' });
