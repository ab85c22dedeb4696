// The Docs the bundle wrote, as Drive names them and read back through the Docs fake as trees.
import { type Outline, outline } from '../fakes/docs-body';
import type { FakeWorld } from '../fakes/world';

export interface WrittenDoc {
  readonly id: string;
  /** The Drive file's name. */
  readonly name: string;
  /** The link Generate records and shows. */
  readonly url: string;
  /** The Doc's content as a tree; throws for a Doc that holds no report (such as a new, empty one). */
  readonly read: () => Outline;
  /** Every batch sent to this Doc, accepted or not. */
  readonly batches: number;
}

export function docsOf(world: FakeWorld): WrittenDoc[] {
  return [...world.docs.docs.values()].map((model) => {
    const id = model.documentId;
    return {
      id,
      name: world.drive.Files.files.get(id)?.name ?? '',
      url: `https://docs.google.com/document/d/${id}/edit`,
      read: () => outline(model.document()),
      batches: world.docs.batches.filter((batch) => batch.documentId === id).length,
    };
  });
}
