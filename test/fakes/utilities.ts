// Apps Script's Utilities, the part a script waiting on a quota uses: sleep, on the world's clock.
import type { FakeClock } from './clock';

export class FakeUtilities {
  /** Every wait the script asked for, in milliseconds. */
  readonly sleeps: number[] = [];

  constructor(private readonly clock: FakeClock) {}

  /** Apps Script refuses a wait over 5 minutes. */
  sleep(milliseconds: number): void {
    if (!(milliseconds >= 0) || milliseconds > 300_000)
      throw new Error(`Exception: Invalid argument: milliseconds (${milliseconds})`);
    this.sleeps.push(milliseconds);
    this.clock.now = new Date(this.clock.now.getTime() + milliseconds);
  }
}
