// Loads the pushed artifact, dist/Code.js, the way Apps Script does: one fresh global scope holding the services.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const bundlePath = join(__dirname, '../../dist/Code.js');

/** The bundle's source, built by `npm run build` (`npm test` runs it first). */
export const bundleSource = (): string => readFileSync(bundlePath, 'utf8');

export interface LoadOptions {
  /** Fixes `new Date()` / `Date.now()` inside the script, so generated times are deterministic. */
  readonly now?: Date;
}

/**
 * A new context whose globals are `globals` (the fake services), with dist/Code.js run in it. The script's own
 * Date, Array and Intl are the context's, as in Apps Script; values the fakes return come from this realm.
 */
export function loadBundle(globals: Record<string, unknown>, options: LoadOptions = {}): vm.Context {
  const context = vm.createContext({ ...globals, console });
  if (options.now) {
    vm.runInContext(
      `(() => {
        const Real = Date;
        const fixed = ${options.now.getTime()};
        class FixedDate extends Real {
          constructor(...args) { if (args.length === 0) super(fixed); else super(...args); }
          static now() { return fixed; }
        }
        globalThis.Date = FixedDate;
      })();`,
      context,
    );
  }
  vm.runInContext(bundleSource(), context, { filename: 'Code.js' });
  return context;
}
