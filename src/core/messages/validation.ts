// Validation strings of the zh/en message table (see ./index.ts).
import type { Message } from './index';

export const validationMessages = {} as const satisfies Record<string, Message>;
