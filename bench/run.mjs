#!/usr/bin/env node
// `npm run bench`: how fast tramit starts and answers, next to the cost of starting Node at all,
// measured as people use it: with a wallet of documents, in a colour terminal, writing progress,
// with a large library.
//
//   node bench/run.mjs [--runs N] [--only ID,…] [--against DIR] [--check] [--memory-method time|wrapper]
//
// Every case is a fresh `node bin/tramit.cjs …` process, timed from spawn to exit, because a CLI's
// speed is what a person waits for at the prompt, startup included. Each case is reported as the
// median of N runs (default 15, at least 10) and as a ratio to the median of `node -e 0` measured
// in the same loop, so that a busy or slow machine moves both numbers alike and the ratio stays
// comparable between machines. Peak memory (max RSS) is measured in separate, untimed runs.
//
// `--only status,show` runs the cases whose id is, or starts with, one of the words (`show` takes
// show, show-wallet and show-tty; `--help` lists the ids), for a quick look at one area. `--against
// DIR` also times the tramit checkout in DIR (built) in the same loop, case by case: an A/B
// comparison on a noisy machine. Only a full run of this build writes bench/results.md; the report
// always goes to stdout and progress to stderr. The exit code is 0 even when targets are missed,
// since this is a report; `--check` makes a missed target exit 1. Needs a built tramit (`npm run
// build`). Everything it writes lives in bench/.work/ (git-ignored) and temporary TRAMIT_HOMEs that
// are removed at the end.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLibrary } from './generate-library.mjs';
import { writeHostileLibrary } from './hostile-library.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GENERATOR = join(ROOT, 'bench', 'generate-library.mjs');
const WORK = join(ROOT, 'bench', '.work');
const RESULTS = join(ROOT, 'bench', 'results.md');

// The generated libraries. Each has its own cache folder, so that deleting the 2,500-guide library's
// cache (a "no cache" case) never sends the next 25,000-guide case through a 20-second first index.
// The marker lives next to a library, not in it: tramit reads every file of a guide folder.
const SEED = 42;
const LIBRARIES = {
  base: { count: 2500, dir: join(WORK, 'library'), marker: join(WORK, 'library.json') },
  large: { count: 25_000, dir: join(WORK, 'library-10x'), marker: join(WORK, 'library-10x.json') },
};
const LIBRARY = LIBRARIES.base.dir;
const LARGE = LIBRARIES.large.dir;
// Hostile files (bench/hostile-library.mjs): the cost of skipping them, on a first index.
const HOSTILE = join(WORK, 'library-hostile');

const DEFAULT_RUNS = 15;
// Fewer runs make the median too easy to move with one slow run.
const MIN_RUNS = 10;
// Peak memory varies little; the largest of a few runs is the honest figure. A first index of the
// 25,000-guide library takes tens of seconds, so it gets fewer.
const MEMORY_RUNS = 3;
const LARGE_MEMORY_RUNS = 2;
// A hung run should end the benchmark with a message, not hang it.
const RUN_TIMEOUT_MS = 300_000;
// How many different files the "one file changed" cases take turns touching (see touchOneGuide).
const TOUCH_POOL = 16;
// The terminal a colour case runs in: fixed, so that runs and machines compare.
const TERMINAL = { columns: 100, rows: 50, term: 'xterm-256color' };

// The guides the homes have progress on: bundled ones and ones of the 2,500-guide library. Steps
// only: a ticked document goes through the same matching as a document in the wallet, and the
// empty-wallet `status` is the reference the wallet's cost is measured against.
const STARTED = [
  ['mexico/imss_enrollment', 's1', 's2'],
  ['spain/nie', 's1'],
  ['mexico/rfc_registration', 's1'],
  ['mexico/passport_renewal', 's1', 's2', 's3'],
  ['spain/residence_permit', 's1'],
  ['germany/tax_registration', 's1', 's2'],
];
// The wallet: one document of each kind the generated guides ask for (DOCUMENT_NAMES in
// generate-library.mjs), obtained this many days ago (some old enough to break a guide's "not older
// than three months" rule).
const WALLET = [
  ['passport', 400],
  ['proof_of_address', 20],
  ['birth_certificate', 200],
  ['photos', 10],
  ['application_form', 5],
  ['national_id', 900],
  ['tax_number', 300],
  ['bank_statement', 120],
  ['criminal_record', 60],
];

class BenchError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

let interrupted = false;
// With a listener, Ctrl-C does not kill this process mid-spawn: the loop stops at the next
// checkpoint and the temporary homes are still removed. spawnSync blocks the event loop, so the
// listener only runs when the loop gets a turn: see checkpoint().
process.on('SIGINT', () => {
  interrupted = true;
});

// ---------------------------------------------------------------------------------------------
// The cases

const lib = ['--no-bundled', '--guides-dir', LIBRARY];
const large = ['--no-bundled', '--guides-dir', LARGE];
const list = [...lib, 'list', 'mexico'];
const search = [...lib, 'search', 'passport', 'renewal'];
// `status` sees what a user with the bundled guides and a community library sees.
const status = ['--guides-dir', LIBRARY, 'status'];

/**
 * Timed cases, in the order they run within each loop; each sets its own state before its run
 * (`prep`), so the order only matters for readability. `home` is one of the prepared homes (see
 * prepareHomes), `library` picks the index cache folder, `tty` runs the case in a pseudo-terminal.
 * `target` is a ratio to `node -e 0`; `relativeTo` makes it a ratio to another case's ratio.
 */
const CASES = [
  {
    id: 'list-bundled',
    label: '`list mexico`, bundled library',
    args: ['list', 'mexico'],
    prep: 'warm',
    target: 1.3,
  },
  {
    id: 'status',
    label: '`status`, 6 guides started, empty wallet',
    args: status,
    home: 'progress',
    prep: 'warm',
    target: null,
    reference: true,
  },
  {
    id: 'status-wallet',
    label: '`status`, 6 guides started, 9 documents in the wallet',
    args: status,
    home: 'wallet',
    prep: 'warm',
    target: 1.15,
    relativeTo: 'status',
  },
  {
    id: 'show',
    label: '`show imss_enrollment`, piped, empty wallet',
    args: ['show', 'imss_enrollment'],
    prep: 'warm',
    target: 2,
  },
  {
    id: 'show-wallet',
    label: '`show imss_enrollment`, piped, 9 documents in the wallet',
    args: ['show', 'imss_enrollment'],
    home: 'wallet',
    prep: 'warm',
    target: 2.2,
  },
  {
    id: 'show-tty',
    label: `\`show imss_enrollment --no-pager\`, colour terminal (${TERMINAL.columns} columns)`,
    args: ['show', 'imss_enrollment', '--no-pager'],
    tty: true,
    prep: 'warm',
    target: 2.5,
  },
  {
    id: 'checklist',
    label: '`checklist imss_enrollment`, piped, empty wallet',
    args: ['checklist', 'imss_enrollment'],
    prep: 'warm',
    target: 2,
  },
  {
    id: 'check',
    label: '`check imss_enrollment s1` (a write; unticked before each run)',
    args: ['check', 'imss_enrollment', 's1'],
    home: 'write',
    prep: { run: ['uncheck', 'imss_enrollment', 's1'] },
    target: 2.5,
  },
  { id: 'list', label: '`list mexico`, 2,500 guides, warm', args: list, prep: 'warm', target: 1.5 },
  {
    id: 'search',
    label: '`search passport renewal`, 2,500 guides, warm',
    args: search,
    prep: 'warm',
    target: 1.6,
  },
  {
    id: 'list-touched',
    label: '`list mexico`, 2,500 guides, one file touched',
    args: list,
    prep: 'touch',
    target: 3,
  },
  {
    id: 'search-touched',
    label: '`search passport renewal`, 2,500 guides, one file touched',
    args: search,
    prep: 'touch',
    target: 3,
  },
  {
    id: 'list-first',
    label: '`list mexico`, 2,500 guides, first index (no cache)',
    args: list,
    prep: 'drop',
    target: 12,
  },
  {
    id: 'search-first',
    label: '`search passport renewal`, 2,500 guides, first index (no cache)',
    args: search,
    prep: 'drop',
    target: 12,
  },
  {
    id: 'list-10x',
    label: '`list mexico`, 25,000 guides, warm',
    args: [...large, 'list', 'mexico'],
    library: 'large',
    prep: 'warm',
    target: 2.5,
  },
  {
    id: 'list-hostile',
    label: '`list peru`, a folder of hostile files (1 MB file, YAML alias bomb, deep YAML…), first index',
    args: ['--no-bundled', '--guides-dir', HOSTILE, 'list', 'peru'],
    library: 'hostile',
    prep: 'drop',
    target: 12,
  },
  { id: 'help', label: '`--help`', args: ['--help'], prep: 'warm', target: null, suggested: 1.5 },
];

/** Untimed runs read for their peak memory (max RSS); `runs` defaults to MEMORY_RUNS. */
const MEMORY_CASES = [
  {
    id: 'memory-list-first',
    label: '`list mexico`, 2,500 guides, first index (no cache)',
    args: list,
    prep: 'drop',
    limitMb: 120,
  },
  {
    id: 'memory-list',
    label: '`list mexico`, 2,500 guides, warm',
    args: list,
    prep: 'warm',
    limitMb: 120,
  },
  {
    id: 'memory-search-first',
    label: '`search passport renewal`, 2,500 guides, first index (no cache)',
    args: search,
    prep: 'drop',
    limitMb: 120,
  },
  {
    id: 'memory-search',
    label: '`search passport renewal`, 2,500 guides, warm',
    args: search,
    prep: 'warm',
    limitMb: 120,
  },
  {
    id: 'memory-10x',
    label: '`search passport renewal`, 25,000 guides, first index (no cache)',
    args: [...large, 'search', 'passport', 'renewal'],
    library: 'large',
    prep: 'drop',
    limitMb: 250,
    runs: LARGE_MEMORY_RUNS,
  },
];

const ALL_IDS = [...CASES, ...MEMORY_CASES].map((c) => c.id);

// ---------------------------------------------------------------------------------------------
// Options

const USAGE =
  'usage: node bench/run.mjs [--runs N] [--only ID,…] [--against DIR] [--check] [--memory-method time|wrapper]';

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        only: { type: 'string' },
        against: { type: 'string' },
        check: { type: 'boolean', default: false },
        'memory-method': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchError(`${error.message}\n${USAGE}`, 2);
  }
  if (values.help) {
    console.log(
      [
        USAGE,
        `  --runs N          timed runs per case (default ${DEFAULT_RUNS}, at least ${MIN_RUNS})`,
        '  --only ID,…       only the cases whose id is or starts with one of these (`show` = show-*)',
        '  --against DIR     also time the built tramit checkout in DIR, in the same loop (A/B)',
        '  --check           exit 1 when a target is missed (default: always exit 0)',
        '  --memory-method   how peak memory is read: GNU `/usr/bin/time -f %M`, or a Node wrapper',
        '                    reading process.resourceUsage().maxRSS (default: time if it works, else wrapper)',
        '',
        `case ids: ${ALL_IDS.join(', ')}`,
      ].join('\n'),
    );
    process.exit(0);
  }
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < MIN_RUNS)
    throw new BenchError(`--runs must be a whole number of at least ${MIN_RUNS}, not "${values.runs}"`, 2);
  const method = values['memory-method'];
  if (method !== undefined && method !== 'time' && method !== 'wrapper')
    throw new BenchError(`--memory-method must be "time" or "wrapper", not "${method}"`, 2);
  let only = null;
  if (values.only !== undefined) {
    only = values.only
      .split(',')
      .map((word) => word.trim())
      .filter(Boolean);
    const unknown = only.filter((word) => !ALL_IDS.some((id) => matches(id, word)));
    if (only.length === 0 || unknown.length > 0)
      throw new BenchError(
        `--only: no case is called ${unknown.map((w) => `"${w}"`).join(', ') || '""'}; ids: ${ALL_IDS.join(', ')}`,
        2,
      );
  }
  let against = null;
  if (values.against !== undefined) {
    against = resolve(values.against);
    const bin = join(against, 'bin', 'tramit.cjs');
    if (!existsSync(bin) || !existsSync(join(against, 'dist', 'main.js')))
      throw new BenchError(
        `--against: ${against} holds no built tramit (bin/tramit.cjs and dist/main.js)`,
        2,
      );
  }
  return { runs, check: values.check, memoryMethod: method, only, against };
}

const matches = (id, word) => id === word || id.startsWith(`${word}-`);

/** The cases to run: all, or those --only names, with the cases their targets are relative to. */
function selectCases(only) {
  const picked = (c) => only === null || only.some((word) => matches(c.id, word));
  const timing = CASES.filter(
    (c) => picked(c) || CASES.some((other) => other.relativeTo === c.id && picked(other)),
  );
  return { timing, memory: MEMORY_CASES.filter(picked) };
}

// ---------------------------------------------------------------------------------------------
// Libraries, builds, homes

/** Every file under `dir`, as absolute paths (Node ≥ 20.1 reads folders recursively). */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Refuses to time a missing build, and warns about a stale one: its numbers would mislead. */
function checkBuild(root) {
  const main = join(root, 'dist', 'main.js');
  if (!existsSync(main))
    throw new BenchError(`tramit is not built in ${root} (no dist/main.js): run \`npm run build\` first`);
  const newest = (dir) => Math.max(0, ...filesUnder(dir).map((file) => statSync(file).mtimeMs));
  const src = join(root, 'src');
  if (existsSync(src) && newest(src) > newest(join(root, 'dist')))
    return [
      `${root === ROOT ? 'src/' : join(root, 'src')} has changes newer than its dist/: these numbers may be for an older build (\`npm run build\`).`,
    ];
  return [];
}

/**
 * A generated library, made once and reused while its marker says it was made with the same
 * count, seed and generator; any doubt (no marker, other generator, files missing) regenerates it
 * from scratch, so a half-written or edited library is never measured.
 */
function ensureLibrary({ count, dir, marker: markerPath }) {
  const wanted = {
    count,
    seed: SEED,
    generator: createHash('sha256').update(readFileSync(GENERATOR)).digest('hex').slice(0, 16),
  };
  let marker = null;
  try {
    marker = JSON.parse(readFileSync(markerPath, 'utf8'));
  } catch {
    // No marker or an unreadable one: regenerate.
  }
  const same =
    marker &&
    marker.count === wanted.count &&
    marker.seed === wanted.seed &&
    marker.generator === wanted.generator;
  const label = `${count.toLocaleString('en-US')}-guide library in ${relative(ROOT, dir)}`;
  if (same && existsSync(dir)) {
    const files = filesUnder(dir).filter((file) => file.endsWith('.md'));
    if (files.length === count) {
      progress(`reusing the ${label}`);
      return files.sort();
    }
  }
  progress(`generating the ${label}`);
  rmSync(markerPath, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const written = generateLibrary(dir, count, SEED);
  if (written.length !== count)
    throw new BenchError(`the generator wrote ${written.length} guides, not ${count}`);
  // Written last: only a complete library gets a marker.
  writeFileSync(markerPath, `${JSON.stringify(wanted, null, 2)}\n`);
  return written.map((guide) => guide.path).sort();
}

/** A build to time: this checkout, or the one given with --against. */
function makeBuild(root, name) {
  return {
    name,
    bin: join(root, 'bin', 'tramit.cjs'),
    // One cache folder per build and library: another build's cache format must not be read.
    cache: (library) => join(WORK, name === 'this' ? `cache-${library}` : `cache-${library}-${name}`),
  };
}

/**
 * The environment every child gets, the baseline included: a private TRAMIT_HOME and cache, and
 * nothing from the caller's shell that would change what tramit does (extra guide folders from
 * TRAMIT_GUIDES, another language, forced colours).
 */
function childEnv(home, cache) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('TRAMIT_')) delete env[name];
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  delete env.COLORTERM;
  env.LANG = 'en_US.UTF-8';
  env.TRAMIT_HOME = home;
  // env-paths puts the per-user cache under XDG_CACHE_HOME on Linux.
  env.XDG_CACHE_HOME = cache;
  return env;
}

const isoDaysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The homes the cases run in, made with tramit's own commands (untimed): `empty` (a new user),
 * `progress` (six guides started, bundled and community), `wallet` (the same progress and nine
 * documents in the wallet), `write` (where `check` ticks and unticks a step).
 */
function prepareHomes(build, homesRoot) {
  const homes = {};
  for (const name of ['empty', 'progress', 'wallet', 'write']) {
    homes[name] = join(homesRoot, `${build.name}-${name}`);
    mkdirSync(homes[name], { recursive: true });
  }
  const run = (home, args) => runOnce(build, { home: homes[home], library: 'base' }, args);
  for (const home of ['progress', 'wallet'])
    for (const [guide, ...items] of STARTED) run(home, ['--guides-dir', LIBRARY, 'check', guide, ...items]);
  for (const [kind, days] of WALLET) run('wallet', ['wallet', 'add', kind, '--date', isoDaysAgo(days)]);
  return homes;
}

// ---------------------------------------------------------------------------------------------
// Running

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function checkInterrupted() {
  if (interrupted) throw new BenchError('interrupted', 130);
}

/** Lets the event loop run (and a pending SIGINT listener with it) between two runs. */
async function checkpoint() {
  await nextTurn();
  checkInterrupted();
}

/** Aborts on anything but a clean exit 0 that printed something: a failed run has no meaningful time. */
function checkRun(result, what, { needOutput = true } = {}) {
  // Ctrl-C in a terminal reaches the child too (same process group), which dies of it or exits 130
  // (tramit's code for "interrupted"): that is an interruption, not a failure to report.
  if (result.signal === 'SIGINT' || result.status === 130) interrupted = true;
  checkInterrupted();
  const tail = (buffer) =>
    String(buffer ?? '')
      .trimEnd()
      .split('\n')
      .slice(-8)
      .map((line) => `    ${line}`)
      .join('\n');
  let problem = null;
  if (result.error) problem = `could not run (${result.error.code ?? result.error.message})`;
  else if (result.signal) problem = `was killed by ${result.signal}`;
  else if (result.status !== 0) problem = `exited with code ${result.status}`;
  else if (needOutput && String(result.stdout ?? '').trim() === '')
    problem = 'exited 0 but printed nothing on stdout';
  if (problem) {
    const output = tail(result.stderr) || tail(result.stdout);
    throw new BenchError(
      `\`${what}\` ${problem}; benchmark aborted.${output ? `\n  its output ended with:\n${output}` : ''}`,
    );
  }
}

const spawnOptions = (env, cwd, stdio = ['ignore', 'pipe', 'pipe']) => ({
  stdio,
  env,
  // A neutral working folder: nothing of the project around the command.
  cwd,
  timeout: RUN_TIMEOUT_MS,
  maxBuffer: 64 * 1024 * 1024,
});

const tramitLine = (args) =>
  `tramit ${args.map((a) => (a === LIBRARY ? '<lib>' : a === LARGE ? '<lib-10x>' : a === HOSTILE ? '<hostile>' : a)).join(' ')}`;

/** One run of `node <argv>`, in milliseconds. */
function timeNode(argv, env, cwd, what) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, spawnOptions(env, cwd));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  checkRun(result, what, { needOutput: argv[0] !== '-e' });
  return ms;
}

/** Where a case runs: its home and cache, for one build. */
function where(build, c) {
  const library = c.library ?? 'base';
  return { home: c.home ?? 'empty', library, cache: build.cache(library) };
}

function runOnce(build, place, args) {
  const home = place.homes ? place.homes[place.home] : place.home;
  const env = childEnv(home, build.cache(place.library));
  return timeNode([build.bin, ...args], env, home, tramitLine(args));
}

// The colour-terminal cases run in a pseudo-terminal made by util-linux `script`, sized with stty.
// What is timed is the tramit process alone, by a small Node timer inside the terminal that starts
// it exactly as timeNode does (spawn to exit) and writes the time to a file: neither `script`, the
// shell nor the timer's own start-up is counted.
const TTY_TIMER = [
  "const { spawnSync } = require('node:child_process');",
  'const [out, ...argv] = process.argv.slice(1);',
  'const start = process.hrtime.bigint();',
  "const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit' });",
  "require('node:fs').writeFileSync(out, String(Number(process.hrtime.bigint() - start) / 1e6));",
  'process.exitCode = r.status ?? 1;',
].join(' ');

const shellQuote = (s) => `'${String(s).replace(/'/g, `'\\''`)}'`;

/** Whether util-linux `script` can give a command a terminal here (else the terminal cases are skipped). */
function haveScript() {
  const probe = spawnSync('script', ['-qec', 'test -t 1', '/dev/null'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return probe.status === 0;
}

function timeInTerminal(argv, env, cwd, what, timeFile) {
  rmSync(timeFile, { force: true });
  const command = [
    `stty cols ${TERMINAL.columns} rows ${TERMINAL.rows}`,
    ['exec', process.execPath, '-e', TTY_TIMER, timeFile, process.execPath, ...argv]
      .map(shellQuote)
      .join(' '),
  ].join('; ');
  const result = spawnSync(
    'script',
    ['-qec', command, '/dev/null'],
    spawnOptions({ ...env, TERM: TERMINAL.term }, cwd),
  );
  checkRun(result, `${what} (in a terminal)`);
  // A run that printed no colour did not take the terminal path and measured the wrong thing.
  if (!String(result.stdout).includes('\u001b['))
    throw new BenchError(`\`${what}\` printed no colour in a terminal; benchmark aborted.`);
  const ms = Number(readFileSync(timeFile, 'utf8'));
  if (!(ms > 0)) throw new BenchError(`\`${what}\`: the terminal timer reported nothing`);
  return ms;
}

/**
 * Gives one guide of the library a new modification time (the cache compares size and mtime).
 * The files take turns, so a file is never touched twice within the same second and the change is
 * seen even on file systems with coarse timestamps.
 */
function touchOneGuide(state) {
  const file = state.touchPool[state.touches++ % state.touchPool.length];
  const now = new Date();
  utimesSync(file, now, now);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------------------------
// Peak memory

// Run as `node -e WRAPPER <bin> <args…>`: argv then looks as if <bin> had been run directly. The
// exit listener is registered before tramit loads, so it runs whether tramit returns or calls
// process.exit(), and reports the whole process's max RSS (in KB) on an extra pipe, fd 3, where
// nothing tramit prints can get mixed in.
const WRAPPER = [
  "const fs = require('node:fs');",
  "process.on('exit', () => { fs.writeSync(3, String(process.resourceUsage().maxRSS)); });",
  "import(require('node:url').pathToFileURL(process.argv[1]).href);",
].join(' ');

function maxRssWrapper(bin, args, env, cwd) {
  const result = spawnSync(
    process.execPath,
    ['-e', WRAPPER, bin, ...args],
    spawnOptions(env, cwd, ['ignore', 'pipe', 'pipe', 'pipe']),
  );
  checkRun(result, `${tramitLine(args)} (memory wrapper)`);
  const kb = Number(String(result.output[3] ?? '').trim());
  if (!Number.isFinite(kb) || kb <= 0)
    throw new BenchError(`\`${tramitLine(args)}\`: the memory wrapper reported nothing`);
  return kb;
}

function maxRssTime(bin, args, env, cwd) {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, bin, ...args],
    spawnOptions(env, cwd),
  );
  checkRun(result, `${tramitLine(args)} (under /usr/bin/time)`);
  return lastLineKb(result.stderr, tramitLine(args));
}

// GNU time prints %M after everything the command wrote to stderr, so it is the last line.
function lastLineKb(stderr, what) {
  const last =
    String(stderr ?? '')
      .trimEnd()
      .split('\n')
      .pop() ?? '';
  if (!/^\d+$/.test(last.trim()))
    throw new BenchError(`\`${what}\`: /usr/bin/time printed "${last}", not a size in KB`);
  return Number(last.trim());
}

/**
 * GNU `/usr/bin/time -f %M` when it is there and agrees with what Node itself reports for the same
 * process (time 1.7 reported 4× too much on some kernels; BSD/macOS time has no -f); otherwise the
 * wrapper, which works wherever Node does.
 */
function chooseMemoryMethod(forced, env, cwd) {
  if (forced) return forced;
  if (!existsSync('/usr/bin/time')) return 'wrapper';
  const probe = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      process.execPath,
      '-e',
      "require('node:fs').writeSync(3, String(process.resourceUsage().maxRSS))",
    ],
    spawnOptions(env, cwd, ['ignore', 'pipe', 'pipe', 'pipe']),
  );
  if (probe.error || probe.status !== 0) return 'wrapper';
  const byTime = Number((String(probe.stderr).trimEnd().split('\n').pop() ?? '').trim());
  const byNode = Number(String(probe.output[3] ?? '').trim());
  if (!(byTime > 0 && byNode > 0)) return 'wrapper';
  return Math.abs(byTime - byNode) / byNode < 0.25 ? 'time' : 'wrapper';
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (ms) => ms.toFixed(1);
const fmtRatio = (r) => `${r.toFixed(2)}×`;
const fmtMb = (kb) => (kb / 1024).toFixed(1);
const fmtMinutes = (ms) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

function targetText(row) {
  if (row.relativeTo)
    return `≤ ${row.target} × \`${row.relativeTo}\` = ${fmtRatio(row.target * row.referenceRatio)}`;
  if (row.target !== null) return `≤ ${row.target}×`;
  if (row.suggested) return `none (≤ ${row.suggested}× suggested)`;
  return row.reference ? 'none (the reference of the next row)' : 'none';
}

function metText(row) {
  if (row.target !== null) return row.met ? 'yes' : '**no**';
  if (row.suggested) return `n/a (suggested: ${row.ratio <= row.suggested ? 'yes' : 'no'})`;
  return 'n/a';
}

const loadNow = () => os.loadavg()[0].toFixed(2);
const load = { start: loadNow() };

function buildReport({ runs, baseline, timing, memory, memoryMethod, notes, builds, took, subset }) {
  const cpus = os.cpus();
  const lines = [
    '# tramit benchmark',
    '',
    `Produced by \`npm run bench\` (bench/run.mjs): ${runs} runs per case, medians in milliseconds, each ` +
      'compared with the median of `node -e 0` measured in the same loop (ratio = case ÷ baseline).',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory (${os.platform()} ${os.release()} ${os.arch()}), ` +
      `1-minute load average ${load.start} at the start, ${loadNow()} at the end (a busy machine ` +
      'inflates `node -e 0` more than the cases, and the ratios shrink)',
    `- Node: ${process.version}`,
    ...(process.env.NODE_EXTRA_CA_CERTS
      ? [
          `- NODE_EXTRA_CA_CERTS is set here (${process.env.NODE_EXTRA_CA_CERTS}), as in the environment the ` +
            'issue measured in: Node reads that file at every start, which adds the same ~45 ms to `node -e 0` ' +
            'and to every case. Without it the baseline is ~30 ms and every ratio is larger.',
        ]
      : []),
    `- Runs per case: ${runs}; the whole run took ${fmtMinutes(took)}${subset ? ` (only: ${subset.join(', ')})` : ''}`,
    `- Libraries: ${LIBRARIES.base.count.toLocaleString('en-US')} and ${LIBRARIES.large.count.toLocaleString('en-US')} ` +
      `generated guides (bench/generate-library.mjs, seed ${SEED}) as \`<lib>\` and \`<lib-10x>\`, each with its ` +
      'own index cache (`XDG_CACHE_HOME=bench/.work/cache-…`)',
    `- Homes (temporary \`TRAMIT_HOME\`s made with tramit's commands): empty unless the case says; "6 guides ` +
      `started" = \`check\` on ${STARTED.map(([g]) => g).join(', ')} (3 bundled, 3 of \`<lib>\`); "9 documents" = ` +
      `\`wallet add\` ${WALLET.map(([k]) => k).join(', ')}, obtained 5 to 900 days ago`,
    '- Warm: right after an untimed run of the same command. One file touched: after giving one guide of ' +
      '`<lib>` a new mtime. First index: after deleting the cache folder. Colour terminal: a pseudo-terminal ' +
      `made by util-linux \`script\`, ${TERMINAL.columns}×${TERMINAL.rows}, TERM=${TERMINAL.term}, the tramit ` +
      'process timed from inside it',
    '',
    '| case | median ms | node -e 0 median ms | ratio | target | met? |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of timing) {
    const who = builds.length > 1 ? ` [${row.build}]` : '';
    lines.push(
      `| ${row.label}${who} | ${fmtMs(row.median)} | ${fmtMs(baseline)} | ${fmtRatio(row.ratio)} | ${targetText(row)} | ${metText(row)} |`,
    );
  }
  if (memory.length > 0) {
    lines.push(
      '',
      `Peak memory (max RSS, the largest of ${MEMORY_RUNS} untimed runs, ${LARGE_MEMORY_RUNS} for 25,000 guides, read with ` +
        `${memoryMethod === 'time' ? '`/usr/bin/time -f %M`' : "Node's `process.resourceUsage().maxRSS` at exit"}):`,
      '',
      '| case | peak MB | target | met? |',
      '| --- | ---: | --- | --- |',
    );
    for (const row of memory) {
      const who = builds.length > 1 ? ` [${row.build}]` : '';
      lines.push(
        `| ${row.label}${who} | ${fmtMb(row.kb)} | ≤ ${row.limitMb} MB | ${row.met ? 'yes' : '**no**'} |`,
      );
    }
  }
  const scored = [...timing.filter((row) => row.target !== null), ...memory].filter(
    (r) => r.build === 'this',
  );
  const met = scored.filter((row) => row.met).length;
  if (notes.length) lines.push('', ...notes.map((note) => `Note: ${note}`));
  lines.push('', `targets met: ${met} of ${scored.length}`);
  return { text: `${lines.join('\n')}\n`, allMet: met === scored.length };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const options = parseOptions(process.argv.slice(2));
  const { timing: cases, memory: memoryCases } = selectCases(options.only);
  const notes = checkBuild(ROOT);
  const builds = [makeBuild(ROOT, 'this')];
  if (options.against) {
    notes.push(...checkBuild(options.against));
    builds.push(makeBuild(options.against, 'against'));
  }
  mkdirSync(WORK, { recursive: true });
  const files = ensureLibrary(LIBRARIES.base);
  if ([...cases, ...memoryCases].some((c) => c.library === 'large')) ensureLibrary(LIBRARIES.large);
  if (cases.some((c) => c.library === 'hostile')) writeHostileLibrary(HOSTILE);
  // Touch files spread over the whole library (every language), not one corner of it.
  const step = Math.max(1, Math.floor(files.length / TOUCH_POOL));
  const state = { touchPool: files.filter((_, i) => i % step === 0).slice(0, TOUCH_POOL), touches: 0 };

  const tty = cases.some((c) => c.tty);
  const canTty = tty && haveScript();
  if (tty && !canTty)
    notes.push(
      'util-linux `script` is missing or cannot make a terminal here: the colour-terminal case was skipped.',
    );
  const selected = cases.filter((c) => !c.tty || canTty);

  const tmp = mkdtempSync(join(os.tmpdir(), 'tramit-bench-'));
  try {
    // Start from empty caches: one left by an older build or an earlier run must not count, except
    // the 25,000-guide library's, whose first index is slow and which tramit checks file by file.
    for (const build of builds) rmSync(build.cache('base'), { recursive: true, force: true });
    progress('preparing the homes (progress and wallet, with tramit commands)');
    for (const build of builds) build.homes = prepareHomes(build, tmp);
    const timeFile = join(tmp, 'tty-time');

    /** One run of a case by a build: untimed preparation, then the timed run. */
    const prepare = (build, c) => {
      const place = { ...where(build, c), homes: build.homes };
      if (c.prep === 'warm') runOnce(build, place, c.args);
      else if (c.prep === 'touch') touchOneGuide(state);
      else if (c.prep === 'drop') rmSync(place.cache, { recursive: true, force: true });
      else if (c.prep?.run) runOnce(build, place, c.prep.run);
      return place;
    };
    const time = (build, c) => {
      const place = prepare(build, c);
      const home = build.homes[place.home];
      const env = childEnv(home, place.cache);
      const argv = [build.bin, ...c.args];
      return c.tty
        ? timeInTerminal(argv, env, home, tramitLine(c.args), timeFile)
        : timeNode(argv, env, home, tramitLine(c.args));
    };

    // The warm-up: also the first check that every command works before minutes are spent timing
    // (and the 25,000-guide library's first index, when its cache is missing).
    progress('warming up (one untimed call of each command)');
    for (const build of builds)
      for (const c of selected) {
        time(build, c);
        await checkpoint();
      }
    // The first-index rows only mean something if tramit keeps its cache where we delete it.
    const baseCache = builds[0].cache('base');
    if (
      selected.some((c) => c.prep === 'drop') &&
      (!existsSync(baseCache) || filesUnder(baseCache).length === 0)
    )
      notes.push(
        'tramit wrote nothing under XDG_CACHE_HOME (bench/.work/cache-base): either it keeps no cache yet or it ' +
          'keeps it elsewhere on this platform, so "first index (no cache)" may not be colder than the other rows.',
      );

    const baselineEnv = childEnv(builds[0].homes.empty, baseCache);
    const baselineTimes = [];
    const runsOf = builds.flatMap((build) => selected.map((c) => ({ build, c, times: [] })));
    for (let run = 1; run <= options.runs; run++) {
      progress(`timed run ${run} of ${options.runs}`);
      // Interleaved: a burst of machine load hits this iteration's baseline and cases alike.
      baselineTimes.push(timeNode(['-e', '0'], baselineEnv, builds[0].homes.empty, 'node -e 0'));
      await checkpoint();
      // Every other loop runs in reverse order (each case sets up its own state): no case, and no
      // build of an A/B, always runs right after the baseline or after the same slow case.
      const order = run % 2 === 0 ? [...runsOf].reverse() : runsOf;
      for (const entry of order) {
        entry.times.push(time(entry.build, entry.c));
        await checkpoint();
      }
    }

    const baseline = median(baselineTimes);
    const timing = runsOf.map(({ build, c, times }) => {
      const med = median(times);
      return { ...c, build: build.name, median: med, ratio: med / baseline };
    });
    for (const row of timing) {
      if (row.relativeTo)
        row.referenceRatio = timing.find((r) => r.id === row.relativeTo && r.build === row.build).ratio;
      const limit = row.relativeTo ? row.target * row.referenceRatio : row.target;
      row.met = row.target !== null && row.ratio <= limit;
    }

    const memory = [];
    let memoryMethod = null;
    if (memoryCases.length > 0) {
      memoryMethod = chooseMemoryMethod(options.memoryMethod, baselineEnv, builds[0].homes.empty);
      progress(`peak memory (${memoryMethod === 'time' ? '/usr/bin/time -f %M' : 'Node wrapper'})`);
      const measure = memoryMethod === 'time' ? maxRssTime : maxRssWrapper;
      for (const c of memoryCases)
        for (const build of builds) {
          let kb = 0;
          for (let i = 0; i < (c.runs ?? MEMORY_RUNS); i++) {
            const place = prepare(build, c);
            const home = build.homes[place.home];
            kb = Math.max(kb, measure(build.bin, c.args, childEnv(home, place.cache), home));
            await checkpoint();
          }
          memory.push({ ...c, build: build.name, kb, met: kb / 1024 <= c.limitMb });
        }
    }

    const report = buildReport({
      runs: options.runs,
      baseline,
      timing,
      memory,
      memoryMethod,
      notes,
      builds,
      took: Date.now() - started,
      subset: options.only,
    });
    process.stdout.write(report.text);
    if (options.only === null && options.against === null) {
      writeFileSync(RESULTS, report.text);
      progress(`report written to ${relative(ROOT, RESULTS)}`);
    }
    return options.check && !report.allMet ? 1 : 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = error.exitCode;
}
