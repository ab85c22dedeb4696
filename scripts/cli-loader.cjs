#!/usr/bin/env node
// build/cli.cjs, the CLI as run and required: it compiles the bundle (cli-main.cjs) with the V8 code cache the build
// made by running it once (cli-main.cache, scripts/code-cache.cjs), so a run does not parse and compile again the
// ~5 MB of exceljs, ECharts and the core it uses. V8 checks that the cache was made from these very bytes by this
// very Node and ignores it otherwise: the bundle is then compiled as any script is, nothing else changes. The
// bundle runs as this module (its exports, its `require.main === module`), so it is the program when this file is.
'use strict';
const { readFileSync } = require('node:fs');
const { wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, 'cli-main.cjs');
let cachedData;
try {
  cachedData = readFileSync(join(__dirname, 'cli-main.cache'));
} catch {
  // No cache (a build that could not make one): compiled without.
}
const script = new Script(wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
script.runInThisContext()(exports, require, module, bundle, __dirname);
// For the tests: whether V8 took the cache (`accepted`), refused it (`rejected`) or there was none (`none`).
Object.defineProperty(module.exports, 'codeCache', {
  value: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted',
});
