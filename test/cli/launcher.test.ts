import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as Module from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary } from '../../bench/generate-library.mjs';
import { MANY_FILES } from '../../src/library/root-index.js';
import { tempHome, tramitProcess as tramit } from '../helpers/cli.js';
import { REPO } from '../helpers/paths.js';

const report = /code cache: (\d+) used, (\d+) rejected, (\d+) missing/;

function counts(stderr: string): { used: number; rejected: number; missing: number } {
  const m = report.exec(stderr);
  if (!m) throw new Error(`no code cache report in: ${stderr}`);
  return { used: Number(m[1]), rejected: Number(m[2]), missing: Number(m[3]) };
}

/** A copy of the built program whose code cache a test may damage (the real dist/ is shared). */
function copyOfProgram(): { bin: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tramit-launcher-'));
  for (const part of ['bin', 'dist', 'guides', 'package.json'])
    cpSync(join(REPO, part), join(dir, part), { recursive: true });
  // The externals (i18n-iso-countries, write-file-atomic, proper-lockfile) resolve from here.
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  return { bin: join(dir, 'bin', 'tramit.cjs'), cache: join(dir, 'dist', '.code-cache') };
}

/** Node ≥ 22.1 keeps compiled code itself: the launcher then uses that, not the build's V8 cache. */
const nodeCompileCache =
  typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

describe.runIf(nodeCompileCache)('the launcher (bin/tramit.cjs) on a Node with its own compile cache', () => {
  it("uses Node's compile cache, and runs the same without it", () => {
    const cached = tramit(['list', 'mexico'], { env: { TRAMIT_CODE_CACHE_REPORT: '1' } });
    expect(cached.code).toBe(0);
    expect(cached.stderr).toMatch(/^compile cache: node, (ENABLED|ALREADY_ENABLED) in /m);
    const off = tramit(['list', 'mexico'], {
      env: { TRAMIT_CODE_CACHE_REPORT: '1', NODE_DISABLE_COMPILE_CACHE: '1' },
    });
    expect(off.stdout).toBe(cached.stdout);
    expect(off.stderr).toMatch(/^compile cache: node, DISABLED$/m);
  });
});

describe.skipIf(nodeCompileCache)('the launcher (bin/tramit.cjs)', () => {
  const env = { TRAMIT_CODE_CACHE_REPORT: '1' };

  it('compiles the chunks of common commands from the code cache the build made', () => {
    const home = tempHome();
    for (const args of [
      ['list', 'mexico'],
      ['search', 'curp'],
      ['show', 'mexico/imss_enrollment'],
      ['checklist', 'mexico/imss_enrollment'],
      // A write: the store's lock and conf load only here.
      ['check', 'mexico/imss_enrollment', 's1'],
      ['--help'],
    ]) {
      const result = tramit(args, { env, home });
      expect(result.code).toBe(0);
      const { used, rejected, missing } = counts(result.stderr);
      expect(used).toBeGreaterThan(5);
      expect({ args, rejected, missing }).toEqual({ args, rejected: 0, missing: 0 });
    }
  });

  it('compiles the parser from the cache too, on a first index of hundreds of guides', () => {
    // A first index of this many files changes V8's flags (src/memory.ts), after which V8 refuses a
    // code cache: the parser must be loaded before, and the build must have made its cache.
    const library = mkdtempSync(join(tmpdir(), 'tramit-launcher-lib-'));
    generateLibrary(library, MANY_FILES + 20);
    const result = tramit(['--no-bundled', '--guides-dir', library, 'countries'], { env });
    expect(result.code).toBe(0);
    expect(counts(result.stderr)).toMatchObject({ rejected: 0, missing: 0 });
  });

  it('runs the same with a damaged or missing cache, only slower', () => {
    const normal = tramit(['list', 'mexico']);
    const copy = copyOfProgram();
    for (const file of readdirSync(copy.cache)) writeFileSync(join(copy.cache, file), 'not a code cache');
    const damaged = tramit(['list', 'mexico'], { env, bin: copy.bin });
    expect(damaged.code).toBe(0);
    expect(damaged.stdout).toBe(normal.stdout);
    expect(counts(damaged.stderr)).toMatchObject({ used: 0, missing: 0 });
    expect(counts(damaged.stderr).rejected).toBeGreaterThan(5);
    rmSync(copy.cache, { recursive: true });
    const missing = tramit(['list', 'mexico'], { env, bin: copy.bin });
    expect(missing.stdout).toBe(normal.stdout);
    expect(counts(missing.stderr)).toMatchObject({ used: 0, rejected: 0 });
  });
});

describe('output to pipes, files and /dev/null', () => {
  it('writes the same text whatever standard output and error are', () => {
    const piped = tramit(['list', 'mexico']);
    const missing = tramit(['show', 'no_such_guide']);
    const dir = mkdtempSync(join(tmpdir(), 'tramit-output-'));
    const sh = (command: string) =>
      spawnSync('sh', ['-c', command], {
        env: { PATH: process.env.PATH, TRAMIT_HOME: dir },
        encoding: 'utf8',
      });
    const run = `"${process.execPath}" "${join(REPO, 'bin', 'tramit.cjs')}"`;
    expect(sh(`${run} list mexico > "${dir}/out" 2> "${dir}/err"`).status).toBe(0);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe(piped.stdout);
    expect(sh(`${run} show no_such_guide > "${dir}/out" 2> "${dir}/err"`).status).toBe(2);
    expect(readFileSync(join(dir, 'err'), 'utf8')).toBe(missing.stderr);
    expect(sh(`${run} list mexico > /dev/null 2> /dev/null`).status).toBe(0);
  });
});
