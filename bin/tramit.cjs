#!/usr/bin/env node
'use strict';
// Starts tramit from dist/ (CommonJS chunks built by scripts/bundle.mjs), with its compiled code kept
// between runs (bin/compile-cache.cjs: Node's own compile cache where there is one, else the V8 code
// cache the build made).
const { join, sep } = require('node:path');
const { enableCompileCache, cacheReport } = require('./compile-cache.cjs');

const DIST = join(__dirname, '..', 'dist') + sep;
const cache = enableCompileCache(require('node:module'), process.env, DIST);

// For tests and the curious: TRAMIT_CODE_CACHE_REPORT=1 says on stderr how the chunks were compiled.
if (process.env.TRAMIT_CODE_CACHE_REPORT === '1') {
  process.on('exit', () => {
    process.stderr.write(`${cacheReport(cache)}\n`);
  });
}

try {
  require(DIST + 'main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(DIST + 'main.js')) {
    console.error('tramit: the program is not built yet. Run `npm run build` in the tramit folder.');
    process.exitCode = 1;
  } else {
    throw error;
  }
}
