// The fake world's clock: not a Google service, the time every fake and the bundle agree on.

/** The world's clock: what `new Date()` reads inside the bundle, moved by tests (days, months, a year). */
export class FakeClock {
  constructor(public now: Date) {}

  advanceDays(days: number): void {
    this.now = new Date(this.now.getTime() + days * 86_400_000);
  }
}
