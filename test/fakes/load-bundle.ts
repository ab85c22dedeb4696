// Loads the pushed artifact, dist/Code.js, the way Apps Script does: one fresh global scope holding the services.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/** The pushed bundles: a team's project (dist/) and a center's (center/dist/, SPEC §13), both built by build.mjs. */
const BUNDLES = {
  team: join(__dirname, '../../dist/Code.js'),
  center: join(__dirname, '../../center/dist/Code.js'),
} as const;

export type BundleName = keyof typeof BUNDLES;

/** The bundle's source, built by `npm run build` (`npm test` runs it first). */
export const bundleSource = (bundle: BundleName = 'team'): string => readFileSync(BUNDLES[bundle], 'utf8');

export interface LoadOptions {
  /** Fixes `new Date()` / `Date.now()` inside the script, so generated times are deterministic. */
  readonly now?: Date;
  /** Or a clock a test moves: `new Date()` inside the script reads it at each call. */
  readonly clock?: { readonly now: Date };
  /** Which project's bundle: a team's (default) or the center's. */
  readonly bundle?: BundleName;
}

/**
 * A new context whose globals are `globals` (the fake services), with dist/Code.js run in it. The script's own
 * Date, Array and Intl are the context's, as in Apps Script; values the fakes return come from this realm.
 */
export function loadBundle(globals: Record<string, unknown>, options: LoadOptions = {}): vm.Context {
  const context = vm.createContext({ ...globals, console });
  const { clock } = options;
  const fixed = options.now;
  if (clock || fixed) {
    // Handed in once and taken off the global object again: the script sees only Date.
    context.__clock = () => (clock ? clock.now.getTime() : (fixed as Date).getTime());
    vm.runInContext(
      `(() => {
        const Real = Date;
        const now = globalThis.__clock;
        delete globalThis.__clock;
        class ClockDate extends Real {
          constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
          static now() { return now(); }
        }
        globalThis.Date = ClockDate;
      })();`,
      context,
    );
  }
  vm.runInContext(bundleSource(options.bundle), context, { filename: 'Code.js' });
  return context;
}
