import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

type CacheState =
  | { kind: 'node'; status: string; directory?: string }
  | { kind: 'v8'; counts: { used: number; rejected: number; missing: number } }
  | { kind: 'off' };
const launcher = createRequire(import.meta.url)('../../bin/compile-cache.cjs') as {
  enableCompileCache: (module: object, env: NodeJS.ProcessEnv, dist: string) => CacheState;
  cacheReport: (cache: CacheState) => string;
};

const compileCacheStatus = { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 };

/** A `node:module` as Node ≥ 22.1 has it: a public compile cache, and a `_compile` nobody should touch. */
function node22(result: { status: number; directory?: string; message?: string }) {
  const compile = () => undefined;
  return {
    module: {
      enableCompileCache: vi.fn(() => result),
      constants: { compileCacheStatus },
      prototype: { _compile: compile },
    },
    compile,
  };
}

/** A `node:module` as Node 20 has it: no public compile cache. */
function node20() {
  const compile = vi.fn();
  class FakeModule {
    static wrap = (content: string) =>
      `(function (exports, require, module, __filename, __dirname) {${content}\n})`;
    static _cache = {};
    exports = {};
    require = vi.fn();
  }
  Object.assign(FakeModule.prototype, { _compile: compile });
  return {
    module: FakeModule as unknown as { prototype: { _compile: (c: string, f: string) => unknown } },
    compile,
  };
}

const dist = join(tmpdir(), 'tramit-dist') + sep;

describe('the start-up compile cache (bin/compile-cache.cjs)', () => {
  it("uses Node's own compile cache where there is one, in the folder Node picks", () => {
    const { module, compile } = node22({
      status: compileCacheStatus.ENABLED,
      directory: '/tmp/node-compile-cache',
    });
    const cache = launcher.enableCompileCache(module, {}, dist);
    expect(module.enableCompileCache).toHaveBeenCalledTimes(1);
    expect(module.enableCompileCache).toHaveBeenCalledWith();
    expect(module.prototype._compile).toBe(compile);
    expect(cache).toEqual({ kind: 'node', status: 'ENABLED', directory: '/tmp/node-compile-cache' });
    expect(launcher.cacheReport(cache)).toBe('compile cache: node, ENABLED in /tmp/node-compile-cache');
  });

  it('leaves NODE_DISABLE_COMPILE_CACHE to Node, and reports what Node said', () => {
    const { module, compile } = node22({ status: compileCacheStatus.DISABLED });
    const cache = launcher.enableCompileCache(module, { NODE_DISABLE_COMPILE_CACHE: '1' }, dist);
    expect(module.prototype._compile).toBe(compile);
    expect(cache).toEqual({ kind: 'node', status: 'DISABLED', directory: undefined });
    expect(launcher.cacheReport(cache)).toBe('compile cache: node, DISABLED');
  });

  it('writes the V8 cache when the build asks, even where Node has its own', () => {
    const { module } = node22({ status: compileCacheStatus.ENABLED });
    const cache = launcher.enableCompileCache(module, { TRAMIT_WRITE_CODE_CACHE: '1' }, dist);
    expect(module.enableCompileCache).not.toHaveBeenCalled();
    expect(cache.kind).toBe('v8');
  });

  it("compiles dist/'s chunks with the build's V8 cache where Node has no compile cache", () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-dist-')) + sep;
    const { module, compile } = node20();
    const cache = launcher.enableCompileCache(module, {}, dir);
    expect(module.prototype._compile).not.toBe(compile);
    // A file outside dist/ goes to Node's own compile.
    module.prototype._compile.call(new (module as unknown as new () => object)(), 'x', '/elsewhere/a.js');
    expect(compile).toHaveBeenCalledTimes(1);
    // A chunk of dist/ without a cache file: compiled here, and counted as missing.
    const chunk = new (module as unknown as new () => { exports: { answer?: number } })();
    writeFileSync(join(dir, 'chunk.js'), '');
    module.prototype._compile.call(chunk, 'module.exports.answer = 42;', join(dir, 'chunk.js'));
    expect(chunk.exports.answer).toBe(42);
    expect(compile).toHaveBeenCalledTimes(1);
    expect(launcher.cacheReport(cache)).toBe('code cache: 0 used, 0 rejected, 1 missing');
  });

  it('is off on Node 20 too when NODE_DISABLE_COMPILE_CACHE=1', () => {
    const { module, compile } = node20();
    const cache = launcher.enableCompileCache(module, { NODE_DISABLE_COMPILE_CACHE: '1' }, dist);
    expect(module.prototype._compile).toBe(compile);
    expect(cache).toEqual({ kind: 'off' });
  });
});
