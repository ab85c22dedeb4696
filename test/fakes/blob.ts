// Apps Script's Blob: bytes with a content type and a name, as EmbeddedChart.getAs and Document.getAs return them.
import type { FakeOf } from './calls';

type BlobMethods = 'getBlob' | 'getBytes' | 'getContentType' | 'getName' | 'setName' | 'getDataAsString';

export class FakeBlob implements FakeOf<GoogleAppsScript.Base.Blob, BlobMethods> {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly contentType: string,
    private name: string,
    /** Pixel size of an image (a chart's getAs('image/png')); 0 for other content. */
    readonly width = 0,
    readonly height = 0,
  ) {}

  getBlob(): this {
    return this;
  }

  /** Apps Script hands out signed bytes (Java's byte[]). */
  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }

  getContentType(): string {
    return this.contentType;
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): this {
    this.name = name;
    return this;
  }

  getDataAsString(): string {
    return new TextDecoder().decode(this.bytes);
  }
}
