// What the Apps Script bundle is made of: esbuild's metafile of src/gas/main.ts, bytes per package and per folder.
import { realpathSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as esbuild from 'esbuild';

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

/** Bundles the gas entry as scripts/build.mjs does (without writing) and sums each part's bytes in the output. */
export async function bundleShare(root: string): Promise<BundleShare> {
  // esbuild names inputs relative to the real working directory, symlinks resolved.
  const base = realpathSync(root);
  const result = await esbuild.build({
    entryPoints: [join(base, 'src/gas/main.ts')],
    outfile: join(base, 'dist/Code.js'),
    absWorkingDir: base,
    bundle: true,
    format: 'iife',
    globalName: '__weeklyReport',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: false,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const bytes = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const part = partOf(relative(base, join(base, input)));
    bytes.set(part, (bytes.get(part) ?? 0) + bytesInOutput);
  }
  const parts = [...bytes].map(([part, size]) => ({ part, bytes: size })).sort((a, b) => b.bytes - a.bytes);
  return { moduleBytes: output.bytes, parts };
}
