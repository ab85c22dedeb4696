// Apps Script's Utilities, the parts a long-running center uses: sleep (on the world's clock) while a quota refills,
// and gzip / base64 to keep what it stores between slices small.
import { gunzipSync, gzipSync } from 'node:zlib';
import { FakeBlob } from './blob';
import type { FakeClock } from './clock';

/** Apps Script's bytes are signed (Java's byte[]). */
const unsigned = (bytes: readonly number[]): Uint8Array =>
  Uint8Array.from(bytes, (b) => (b < 0 ? b + 256 : b));
const bytesOf = (blob: object): Uint8Array => unsigned((blob as FakeBlob).getBlob().getBytes());

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

  /** A string is stored as UTF-8; an array as the (signed) bytes it holds. */
  newBlob(data: string | readonly number[], contentType = '', name = ''): FakeBlob {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : unsigned(data);
    return new FakeBlob(bytes, contentType, name);
  }

  gzip(blob: object, name = ''): FakeBlob {
    return new FakeBlob(new Uint8Array(gzipSync(bytesOf(blob))), 'application/x-gzip', name);
  }

  ungzip(blob: object): FakeBlob {
    return new FakeBlob(new Uint8Array(gunzipSync(bytesOf(blob))), '', '');
  }

  base64Encode(data: string | readonly number[]): string {
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : unsigned(data);
    return Buffer.from(bytes).toString('base64');
  }

  /** Signed bytes, as Apps Script hands them out; a malformed string is refused. */
  base64Decode(encoded: string): number[] {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) throw new Error('Exception: Could not decode string.');
    return Array.from(Buffer.from(encoded, 'base64'), (b) => (b > 127 ? b - 256 : b));
  }
}
