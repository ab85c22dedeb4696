// What the Apps Script bundle is made of: esbuild's metafile of src/gas/main.ts, bytes per package and per folder.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Metafile } from 'esbuild';

export interface BundleShare {
  /** Output bytes esbuild reports for the bundled modules (without the generated top-level wrappers). */
  readonly moduleBytes: number;
  /** Output bytes per part: `zod`, another package, or a folder of ours such as `src/core/schema`. */
  readonly parts: readonly { readonly part: string; readonly bytes: number }[];
}

/** `node_modules/zod/v4/core/x.js` → `zod`; `src/core/model/analyse.ts` → `src/core/model`. */
function partOf(input: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return inPackage ? inPackage[1] : dirname(input);
}

/** Sums each part's bytes in dist/Code.js, from the metafile `npm run build` writes beside the CLI. */
export function bundleShare(root: string): BundleShare {
  const metafile: Metafile = JSON.parse(readFileSync(join(root, 'build/gas-metafile.json'), 'utf8'));
  const [output] = Object.values(metafile.outputs);
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const part = partOf(input);
    bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
  }
  const parts = [...bytes].map(([part, size]) => ({ part, bytes: size })).sort((a, b) => b.bytes - a.bytes);
  return { moduleBytes: output.bytes, parts };
}
