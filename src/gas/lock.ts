// The document lock that keeps two writing actions (two clicks of Generate) from running at once.

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
