// The document lock that keeps two writing actions (two clicks of Generate) from running at once.
import type { Issue, Settings } from '../core';

/** Why a writing action wrote nothing: another one held the lock, or the sheet has errors. */
export type Blocked =
  | { readonly kind: 'busy'; readonly settings: Settings }
  | { readonly kind: 'invalid'; readonly settings: Settings; readonly issues: readonly Issue[] };

/** Runs `work` holding the lock, or returns `busy()` when another execution holds it; always releases. */
export function withLock<T>(lock: GoogleAppsScript.Lock.Lock | null, busy: () => T, work: () => T): T {
  // A short wait: a second click should be told at once, not queue behind a generation.
  if (lock && !lock.tryLock(1000)) return busy();
  try {
    return work();
  } finally {
    lock?.releaseLock();
  }
}
