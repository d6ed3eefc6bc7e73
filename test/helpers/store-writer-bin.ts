import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { REPO } from './paths.js';

let built: string | null = null;

/**
 * store-writer.ts bundled from src/ into one CommonJS file that a plain `node` runs. It lives in
 * node_modules/ so that the packages the store loads on first use (proper-lockfile,
 * write-file-atomic) resolve as they do for dist/; named by its content, so that test files built
 * from the same sources share one copy and a change to the store makes a new one.
 */
export function storeWriter(): string {
  if (built) return built;
  const { outputFiles } = buildSync({
    entryPoints: [join(REPO, 'test/helpers/store-writer.ts')],
    outfile: 'store-writer.cjs',
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // src/lazy.ts loads packages relative to its own module, as in dist/.
    define: { 'import.meta.url': '__writerUrl' },
    banner: { js: "var __writerUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  const code = outputFiles[0]!.text;
  const dir = join(REPO, 'node_modules', '.cache', 'tramit-test');
  const path = join(dir, `store-writer-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`);
  if (!existsSync(path)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${path}.${process.pid}`;
    writeFileSync(tmp, code);
    renameSync(tmp, path);
  }
  built = path;
  return path;
}
