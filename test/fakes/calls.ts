// Counts every call made on a fake Apps Script service, per service and per method, so tests can assert batching.

/** The methods K of an Apps Script interface T with their real parameter types; returned service objects are fakes. */
export type FakeOf<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Plain<R> : T[P];
};

type Scalar = string | number | boolean | null | undefined | Date;
/** Plain data keeps its real type; a returned service object is only required to be a fake of it. */
type Plain<R> = R extends Scalar | readonly Scalar[] | readonly (readonly Scalar[])[] ? R : unknown;

/** One log shared by every fake of a world: `count('SpreadsheetApp')`, `count('SpreadsheetApp', 'Range.getValues')`. */
export class CallLog {
  private readonly counts = new Map<string, number>();
  /** Every call in order, as `Service.Type.method`. */
  readonly sequence: string[] = [];
  /** When set, the call with this 1-based position in `sequence` throws instead of running (one-shot). */
  failAt: number | null = null;

  record(service: string, method: string): void {
    for (const key of [service, `${service}.${method}`])
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.sequence.push(`${service}.${method}`);
    if (this.sequence.length === this.failAt) {
      this.failAt = null;
      // Worded like a service outage (not "not found"): the code must not take it for a deleted file.
      throw new Error(`Service unavailable: injected failure of ${service}.${method}`);
    }
  }

  count(service: string, method?: string): number {
    return this.counts.get(method ? `${service}.${method}` : service) ?? 0;
  }

  /** Every `Service.Type.method` with its count, for readable failure messages. */
  snapshot(service: string): Record<string, number> {
    const prefix = `${service}.`;
    return Object.fromEntries([...this.counts].filter(([key]) => key.startsWith(prefix)));
  }

  reset(): void {
    this.counts.clear();
    this.sequence.length = 0;
  }
}

const targets = new WeakMap<object, object>();
const proxies = new WeakMap<object, object>();

/**
 * The object as the code under test sees it: every method call is recorded as `service` / `type.method`.
 * Methods run on the raw object, so a fake calling its own helpers is not counted; one proxy per object keeps
 * identity stable. What a method hands back is counted too: the raw object itself (a `return this` for chaining)
 * comes back as this proxy, and a raw fake that already has a proxy comes back as that proxy, so calls chained on
 * a result are recorded like any other. Fakes wrap every other object (and array of objects) they hand out.
 */
export function counted<T extends object>(target: T, log: CallLog, service: string, type: string): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const proxy: T = new Proxy(target, {
    get(raw, property, receiver) {
      const value = Reflect.get(raw, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        log.record(service, `${type}.${property}`);
        const result: unknown = value.apply(raw, args);
        if (result === raw) return proxy;
        return (typeof result === 'object' && result !== null && proxies.get(result)) || result;
      };
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}

/** The raw fake behind an object the code passed back in (e.g. a trigger handed to `deleteTrigger`). */
export const unwrap = <T extends object>(value: T): T => (targets.get(value) as T | undefined) ?? value;
