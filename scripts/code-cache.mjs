// Makes dist/.code-cache/: the V8 code cache of every chunk the common commands load, which
// bin/tramit.cjs hands to V8 on each start (see there). Each chunk's cache comes from the first run
// below that loads it, made after that run, so it also holds the functions the run compiled. Runs
// last in `npm run build`; a cache is only ever good for the Node version that made it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/tramit.cjs', import.meta.url));
const cacheDir = fileURLToPath(new URL('../dist/.code-cache/', import.meta.url));
const runs = [
  ['list', 'mexico'],
  ['search', 'passport', 'renewal'],
  ['show', 'mexico/imss_enrollment'],
  ['status'],
  ['checklist', 'mexico/imss_enrollment'],
  ['countries'],
  ['--help'],
];

rmSync(cacheDir, { recursive: true, force: true });
const home = mkdtempSync(join(tmpdir(), 'tramit-code-cache-'));
try {
  const env = { ...process.env, TRAMIT_HOME: home, TRAMIT_CACHE_DIR: join(home, 'cache') };
  for (const name of Object.keys(env)) if (name.startsWith('TRAMIT_GUIDES')) delete env[name];
  for (const args of runs) {
    const run = spawnSync(process.execPath, [bin, ...args], {
      env: { ...env, TRAMIT_WRITE_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    if (run.status !== 0) {
      console.error(
        `code-cache: \`tramit ${args.join(' ')}\` failed (${run.status ?? run.signal}):\n${run.stderr}`,
      );
      process.exit(1);
    }
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
console.log(`code-cache: ${readdirSync(cacheDir).length} chunks cached`);
