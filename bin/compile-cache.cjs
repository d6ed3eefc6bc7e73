'use strict';
// Keeps tramit's compiled code between runs, so that V8 skips most parsing and compiling, the largest
// part of tramit's own start-up. One rule, two means:
//
//  - Node ≥ 22.1 has a public compile cache (`module.enableCompileCache()`): it is used, in the folder
//    Node picks (`NODE_COMPILE_CACHE` moves it, `NODE_DISABLE_COMPILE_CACHE=1` turns it off), and Node
//    writes it when the process exits.
//  - Older Node (20 has no public way) compiles each chunk of dist/ with the V8 code cache the build
//    left in dist/.code-cache/ (scripts/code-cache.mjs). A cache made by another Node version, or
//    missing, is simply not used; `NODE_DISABLE_COMPILE_CACHE=1` turns this one off too.
//
// Everything it needs comes in as arguments (Node's `module`, the environment, dist/), so that a unit
// test can hand it a fake `module` of either kind.
const { readFileSync, mkdirSync, writeFileSync } = require('node:fs');
const { dirname, join, sep } = require('node:path');

/**
 * Switches the compile cache on for the chunks under `dist` and returns how: `{ kind: 'node', status,
 * directory }` with Node's own cache, `{ kind: 'v8', counts }` with the build's code cache (`counts`
 * fills in as chunks load), `{ kind: 'off' }` when turned off.
 */
function enableCompileCache(Module, env, dist) {
  // Set by scripts/code-cache.mjs only: the build writes the V8 cache, whatever Node runs it.
  const writing = env.TRAMIT_WRITE_CODE_CACHE === '1';
  if (typeof Module.enableCompileCache === 'function' && !writing) {
    // No folder given: Node's default, which NODE_COMPILE_CACHE overrides. It never throws.
    const result = Module.enableCompileCache() || {};
    const names = (Module.constants && Module.constants.compileCacheStatus) || {};
    const status = Object.keys(names).find((name) => names[name] === result.status) || String(result.status);
    return { kind: 'node', status, directory: result.directory };
  }
  if (env.NODE_DISABLE_COMPILE_CACHE === '1' && !writing) return { kind: 'off' };
  return useCodeCache(Module, dist, writing);
}

/** Node 20: each chunk of dist/ compiled with its V8 code cache, through `Module.prototype._compile`. */
function useCodeCache(Module, dist, writing) {
  const DIST = dist.endsWith(sep) ? dist : dist + sep;
  const CACHE = join(DIST, '.code-cache') + sep;
  const { Script } = require('node:vm');
  // When writing, the cache of every chunk this run loaded. A chunk's cache then grows run by run with
  // the functions each command compiled (a chunk loaded from its cache keeps those, and adds what this
  // run compiled), whichever command loaded it first.
  const compiled = [];
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

  if (writing) {
    process.on('exit', () => {
      mkdirSync(CACHE, { recursive: true });
      // Made after the run, the cache also holds the functions compiled while it ran.
      for (const { name, script } of compiled)
        writeFileSync(CACHE + name + '.cache', script.createCachedData());
    });
  }
  return { kind: 'v8', counts };
}

/** The line `TRAMIT_CODE_CACHE_REPORT=1` prints on stderr at exit: how the chunks were compiled. */
function cacheReport(cache) {
  if (cache.kind === 'v8')
    return `code cache: ${cache.counts.used} used, ${cache.counts.rejected} rejected, ${cache.counts.missing} missing`;
  if (cache.kind === 'node')
    return `compile cache: node, ${cache.status}${cache.directory ? ` in ${cache.directory}` : ''}`;
  return 'code cache: off';
}

module.exports = { enableCompileCache, cacheReport };
