// Cli strings of the zh/en message table (see ./index.ts).
import type { Message } from './index';

export const cliMessages = {} as const satisfies Record<string, Message>;
