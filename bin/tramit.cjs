#!/usr/bin/env node
'use strict';
// Starts tramit from dist/ (CommonJS chunks built by scripts/bundle.mjs). Each chunk is compiled with
// the V8 code cache the build left in dist/.code-cache/ (scripts/code-cache.mjs): V8 then skips most
// parsing and compiling, the largest part of tramit's own start-up. A cache made by another Node
// version, or missing, is simply not used.
const Module = require('node:module');
const { readFileSync, mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist') + sep;
const CACHE = join(DIST, '.code-cache') + sep;
// Set by scripts/code-cache.mjs only: write the cache of every chunk this run loaded. A chunk's cache
// then grows run by run with the functions each command compiled (a chunk loaded from its cache
// keeps those, and adds what this run compiled), whichever command loaded it first.
const writing = process.env.TRAMIT_WRITE_CODE_CACHE === '1';
const compiled = [];
// For tests and the curious: TRAMIT_CODE_CACHE_REPORT=1 says on stderr how each chunk was compiled.
const counts = { used: 0, rejected: 0, missing: 0 };

const compile = Module.prototype._compile;
Module.prototype._compile = function compileWithCache(content, filename) {
  if (!filename.startsWith(DIST)) return compile.call(this, content, filename);
  const name = filename.slice(DIST.length);
  let cachedData;
  try {
    cachedData = readFileSync(CACHE + name + '.cache');
  } catch {
    // No cache for this chunk: compile it as Node would.
  }
  const script = new Script(Module.wrap(content), { filename, cachedData });
  counts[cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'] += 1;
  if (writing) compiled.push({ name, script });
  const chunkRequire = (id) => (id.startsWith('./') ? loadChunk(id.slice(2), this) : this.require(id));
  chunkRequire.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
  chunkRequire.main = require.main;
  chunkRequire.cache = Module._cache;
  const wrapper = script.runInThisContext({ displayErrors: true });
  return wrapper.call(this.exports, this.exports, chunkRequire, this, filename, dirname(filename));
};

/**
 * Chunks require each other by plain names in dist/ ("./chunk-XYZ.js"): loading them here skips what
 * Node's loader does for any path (file probes, realpath, package scope), ~0.2 ms a chunk.
 */
function loadChunk(name, parent) {
  const filename = DIST + name;
  const cached = Module._cache[filename];
  if (cached) return cached.exports;
  const chunk = new Module(filename, parent);
  chunk.filename = filename;
  // Where the chunk's own requires of packages (i18n-iso-countries, proper-lockfile…) are looked up.
  chunk.paths = Module._nodeModulePaths(DIST);
  Module._cache[filename] = chunk;
  try {
    chunk._compile(readFileSync(filename, 'utf8'), filename);
  } catch (error) {
    delete Module._cache[filename];
    throw error;
  }
  chunk.loaded = true;
  return chunk.exports;
}

if (process.env.TRAMIT_CODE_CACHE_REPORT === '1') {
  process.on('exit', () => {
    process.stderr.write(
      `code cache: ${counts.used} used, ${counts.rejected} rejected, ${counts.missing} missing\n`,
    );
  });
}

if (writing) {
  process.on('exit', () => {
    mkdirSync(CACHE, { recursive: true });
    // Made after the run, the cache also holds the functions compiled while it ran.
    for (const { name, script } of compiled)
      writeFileSync(CACHE + name + '.cache', script.createCachedData());
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
