// Makes dist/.code-cache/: the V8 code cache of every chunk the common commands load, which
// bin/compile-cache.cjs hands to V8 on each start on Node 20 (Node ≥ 22.1 keeps its own, see there). Each chunk's cache comes from the first run
// below that loads it, made after that run, so it also holds the functions the run compiled. Runs
// last in `npm run build`; a cache is only ever good for the Node version that made it.
//
// `show` in a terminal loads the colour renderer (marked, marked-terminal, chalk), which no piped run
// does: that run gets a pseudo-terminal from util-linux `script` when it is there. Without it the
// build still succeeds and those chunks are compiled at each start, as before.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/tramit.cjs', import.meta.url));
const cacheDir = fileURLToPath(new URL('../dist/.code-cache/', import.meta.url));
const runs = [
  { args: ['list', 'mexico'] },
  { args: ['search', 'passport', 'renewal'] },
  { args: ['show', 'mexico/imss_enrollment', '--no-pager'], terminal: true },
  { args: ['show', 'mexico/imss_enrollment'] },
  // A write: the store's lock and conf.
  { args: ['check', 'mexico/imss_enrollment', 's1'] },
  { args: ['status'] },
  { args: ['checklist', 'mexico/imss_enrollment'] },
  { args: ['countries'] },
  { args: ['--help'] },
  // The parser, which listings from an index never load: the bundled guides read as a community
  // library (fewer files than make tramit change V8's flags for a large first index, under which
  // V8 would refuse this cache; see src/library/root-index.ts).
  {
    args: [
      '--no-bundled',
      '--guides-dir',
      fileURLToPath(new URL('../guides/', import.meta.url)),
      'countries',
    ],
  },
];

const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const haveScript = spawnSync('script', ['-qec', 'test -t 1', '/dev/null'], { stdio: 'ignore' }).status === 0;

/** One run of tramit, in a 100-column pseudo-terminal when asked and possible (else skipped). */
function run({ args, terminal }, env) {
  if (!terminal)
    return spawnSync(process.execPath, [bin, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  if (!haveScript) {
    console.log('code-cache: no util-linux `script` here: the colour renderer gets no code cache');
    return { status: 0 };
  }
  const command = `stty cols 100 rows 50; exec ${[process.execPath, bin, ...args].map(quote).join(' ')}`;
  const colour = { ...env, TERM: 'xterm-256color' };
  // Settings that would send the run down the plain-text path.
  delete colour.NO_COLOR;
  delete colour.FORCE_COLOR;
  return spawnSync('script', ['-qec', command, '/dev/null'], {
    env: colour,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

rmSync(cacheDir, { recursive: true, force: true });
const home = mkdtempSync(join(tmpdir(), 'tramit-code-cache-'));
try {
  const env = { ...process.env, TRAMIT_HOME: home, TRAMIT_CACHE_DIR: join(home, 'cache') };
  for (const name of Object.keys(env)) if (name.startsWith('TRAMIT_GUIDES')) delete env[name];
  for (const r of runs) {
    const result = run(r, { ...env, TRAMIT_WRITE_CODE_CACHE: '1' });
    if (result.status !== 0) {
      console.error(
        `code-cache: \`tramit ${r.args.join(' ')}\` failed (${result.status ?? result.signal}):\n${result.stderr}`,
      );
      process.exit(1);
    }
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
console.log(`code-cache: ${readdirSync(cacheDir).length} chunks cached`);
