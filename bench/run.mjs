#!/usr/bin/env node
// `npm run bench`: how fast tramit starts and answers, next to the cost of starting Node at all.
//
//   node bench/run.mjs [--runs N] [--check] [--memory-method time|wrapper]
//
// Every case is a fresh `node bin/tramit.cjs …` process, timed from spawn to exit, because a CLI's
// speed is what a person waits for at the prompt, startup included. Each case is reported as the
// median of N runs (default 15, at least 10) and as a ratio to the median of `node -e 0` measured
// in the same loop, so that a busy or slow machine moves both numbers alike and the ratio stays
// comparable between machines. Peak memory (max RSS) is measured in separate, untimed runs.
//
// The report (markdown) goes to stdout and to bench/results.md; progress goes to stderr. The exit
// code is 0 even when targets are missed, since this is a report; `--check` makes a missed target
// exit 1. Needs a built tramit (`npm run build`). Everything it writes lives in bench/.work/
// (git-ignored) and a temporary TRAMIT_HOME that is removed at the end.
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
import { join, relative } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLibrary } from './generate-library.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'tramit.cjs');
const GENERATOR = join(ROOT, 'bench', 'generate-library.mjs');
const WORK = join(ROOT, 'bench', '.work');
const LIBRARY = join(WORK, 'library');
// The marker lives next to the library, not in it: tramit reads every file of a guide folder.
const MARKER = join(WORK, 'library.json');
const CACHE = join(WORK, 'cache');
const RESULTS = join(ROOT, 'bench', 'results.md');

const GUIDE_COUNT = 2500;
const SEED = 42;
const DEFAULT_RUNS = 15;
// Fewer runs make the median too easy to move with one slow run.
const MIN_RUNS = 10;
// Peak memory varies little; the largest of a few runs is the honest figure.
const MEMORY_RUNS = 3;
const MEMORY_TARGET_MB = 120;
// A hung run should end the benchmark with a message, not hang it.
const RUN_TIMEOUT_MS = 120_000;
// How many different files the "one file changed" cases take turns touching (see touchOneGuide).
const TOUCH_POOL = 16;

class BenchError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

let interrupted = false;
// With a listener, Ctrl-C does not kill this process mid-spawn: the loop stops at the next
// checkpoint and the temporary home is still removed. spawnSync blocks the event loop, so the
// listener only runs when the loop gets a turn: see checkpoint().
process.on('SIGINT', () => {
  interrupted = true;
});

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        runs: { type: 'string' },
        check: { type: 'boolean', default: false },
        'memory-method': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchError(
      `${error.message}\nusage: node bench/run.mjs [--runs N] [--check] [--memory-method time|wrapper]`,
      2,
    );
  }
  if (values.help) {
    console.log(
      [
        'usage: node bench/run.mjs [--runs N] [--check] [--memory-method time|wrapper]',
        `  --runs N          timed runs per case (default ${DEFAULT_RUNS}, at least ${MIN_RUNS})`,
        '  --check           exit 1 when a target is missed (default: always exit 0)',
        '  --memory-method   how peak memory is read: GNU `/usr/bin/time -f %M`, or a Node wrapper',
        '                    reading process.resourceUsage().maxRSS (default: time if it works, else wrapper)',
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
  return { runs, check: values.check, memoryMethod: method };
}

/** Every file under `dir`, as absolute paths (Node ≥ 20.1 reads folders recursively). */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** Refuses to time a missing build, and warns about a stale one: its numbers would mislead. */
function checkBuild() {
  const main = join(ROOT, 'dist', 'main.js');
  if (!existsSync(main))
    throw new BenchError('tramit is not built (no dist/main.js): run `npm run build` first');
  const newest = (dir) => Math.max(0, ...filesUnder(dir).map((file) => statSync(file).mtimeMs));
  const src = join(ROOT, 'src');
  if (existsSync(src) && newest(src) > newest(join(ROOT, 'dist')))
    return ['src/ has changes newer than dist/: these numbers may be for an older build (`npm run build`).'];
  return [];
}

/**
 * The 2,500-guide library, generated once and reused while the marker says it was made with the
 * same count, seed and generator; any doubt (no marker, other generator, files missing) regenerates
 * it from scratch, so a half-written or edited library is never measured.
 */
function ensureLibrary() {
  const wanted = {
    count: GUIDE_COUNT,
    seed: SEED,
    generator: createHash('sha256').update(readFileSync(GENERATOR)).digest('hex').slice(0, 16),
  };
  let marker = null;
  try {
    marker = JSON.parse(readFileSync(MARKER, 'utf8'));
  } catch {
    // No marker or an unreadable one: regenerate.
  }
  const same =
    marker &&
    marker.count === wanted.count &&
    marker.seed === wanted.seed &&
    marker.generator === wanted.generator;
  if (same && existsSync(LIBRARY)) {
    const files = filesUnder(LIBRARY).filter((file) => file.endsWith('.md'));
    if (files.length === GUIDE_COUNT) {
      progress(`reusing the ${GUIDE_COUNT}-guide library in ${relative(ROOT, LIBRARY)}`);
      return files.sort();
    }
  }
  progress(`generating a ${GUIDE_COUNT}-guide library in ${relative(ROOT, LIBRARY)}`);
  rmSync(MARKER, { force: true });
  rmSync(LIBRARY, { recursive: true, force: true });
  const written = generateLibrary(LIBRARY, GUIDE_COUNT, SEED);
  if (written.length !== GUIDE_COUNT)
    throw new BenchError(`the generator wrote ${written.length} guides, not ${GUIDE_COUNT}`);
  // Written last: only a complete library gets a marker.
  writeFileSync(MARKER, `${JSON.stringify(wanted, null, 2)}\n`);
  return written.map((guide) => guide.path).sort();
}

/**
 * The environment every child gets, the baseline included: a private TRAMIT_HOME and cache, and
 * nothing from the caller's shell that would change what tramit does (extra guide folders from
 * TRAMIT_GUIDES, another language, forced colours).
 */
function childEnv(home) {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('TRAMIT_')) delete env[name];
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.FORCE_COLOR;
  env.LANG = 'en_US.UTF-8';
  env.TRAMIT_HOME = home;
  // env-paths puts the per-user cache under XDG_CACHE_HOME on Linux.
  env.XDG_CACHE_HOME = CACHE;
  return env;
}

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
    const stderr = tail(result.stderr);
    throw new BenchError(
      `\`${what}\` ${problem}; benchmark aborted.${stderr ? `\n  its stderr ended with:\n${stderr}` : ''}`,
    );
  }
}

const spawnOptions = (env, home, stdio = ['ignore', 'pipe', 'pipe']) => ({
  stdio,
  env,
  // A neutral working folder: nothing of the project around the command.
  cwd: home,
  timeout: RUN_TIMEOUT_MS,
  maxBuffer: 64 * 1024 * 1024,
});

/** One run of `node <argv>`, in milliseconds. */
function timeNode(argv, ctx, what) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, argv, spawnOptions(ctx.env, ctx.home));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  checkRun(result, what, { needOutput: argv[0] !== '-e' });
  return ms;
}

const tramitLine = (args) => `tramit ${args.map((a) => (a === LIBRARY ? '<lib>' : a)).join(' ')}`;

function runTramit(args, ctx) {
  return timeNode([BIN, ...args], ctx, tramitLine(args));
}

/**
 * Gives one guide of the library a new modification time (the cache compares size and mtime).
 * The files take turns, so a file is never touched twice within the same second and the change is
 * seen even on file systems with coarse timestamps.
 */
function touchOneGuide(ctx) {
  const file = ctx.touchPool[ctx.touches++ % ctx.touchPool.length];
  const now = new Date();
  utimesSync(file, now, now);
}

function dropCache() {
  rmSync(CACHE, { recursive: true, force: true });
}

/**
 * What to do, untimed, right before a timed run. Cold runs in the same loop invalidate the cache,
 * so every warm run is preceded by its own untimed call of the same command: what is timed is then
 * always the state that command leaves behind, whatever the cache's design (one index or several).
 */
function prepare(kind, args, ctx) {
  if (kind === 'warm') runTramit(args, ctx);
  else if (kind === 'touch') touchOneGuide(ctx);
  else if (kind === 'drop') dropCache();
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

function maxRssWrapper(args, ctx) {
  const result = spawnSync(
    process.execPath,
    ['-e', WRAPPER, BIN, ...args],
    spawnOptions(ctx.env, ctx.home, ['ignore', 'pipe', 'pipe', 'pipe']),
  );
  checkRun(result, `${tramitLine(args)} (memory wrapper)`);
  const kb = Number(String(result.output[3] ?? '').trim());
  if (!Number.isFinite(kb) || kb <= 0)
    throw new BenchError(`\`${tramitLine(args)}\`: the memory wrapper reported nothing`);
  return kb;
}

function maxRssTime(args, ctx) {
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', process.execPath, BIN, ...args],
    spawnOptions(ctx.env, ctx.home),
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
function chooseMemoryMethod(forced, ctx) {
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
    spawnOptions(ctx.env, ctx.home, ['ignore', 'pipe', 'pipe', 'pipe']),
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

function buildReport({ runs, baseline, timing, memory, memoryMethod, notes }) {
  const cpus = os.cpus();
  const lines = [
    '# tramit benchmark',
    '',
    `Produced by \`npm run bench\` (bench/run.mjs): ${runs} runs per case, medians in milliseconds, each ` +
      'compared with the median of `node -e 0` measured in the same loop (ratio = case ÷ baseline).',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
      `${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory (${os.platform()} ${os.release()} ${os.arch()})`,
    `- Node: ${process.version}`,
    `- Runs per case: ${runs}`,
    `- Library: ${GUIDE_COUNT.toLocaleString('en-US')} generated guides (bench/generate-library.mjs, seed ${SEED}) as ` +
      '`<lib>`, index cache in `XDG_CACHE_HOME=bench/.work/cache`, a fresh temporary `TRAMIT_HOME`',
    '- Warm: right after an untimed run of the same command. Cold (one file changed): after touching one ' +
      'guide file of `<lib>`. Cold (no cache): after deleting the cache folder.',
    '',
    '| case | median ms | node -e 0 median ms | ratio | target | met? |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of timing) {
    const target =
      row.target !== null
        ? `≤ ${row.target}×`
        : row.suggested
          ? `none (≤ ${row.suggested}× suggested)`
          : 'none (a first index of the whole library)';
    const met =
      row.target !== null
        ? row.met
          ? 'yes'
          : '**no**'
        : row.suggested
          ? `n/a (suggested: ${row.ratio <= row.suggested ? 'yes' : 'no'})`
          : 'n/a';
    lines.push(
      `| ${row.label} | ${fmtMs(row.median)} | ${fmtMs(baseline)} | ${fmtRatio(row.ratio)} | ${target} | ${met} |`,
    );
  }
  lines.push(
    '',
    `Peak memory (max RSS, the largest of ${MEMORY_RUNS} untimed runs, read with ` +
      `${memoryMethod === 'time' ? '`/usr/bin/time -f %M`' : "Node's `process.resourceUsage().maxRSS` at exit"}):`,
    '',
    '| case | peak MB | target | met? |',
    '| --- | ---: | --- | --- |',
  );
  for (const row of memory)
    lines.push(
      `| ${row.label} | ${fmtMb(row.kb)} | ≤ ${MEMORY_TARGET_MB} MB | ${row.met ? 'yes' : '**no**'} |`,
    );
  const scored = [...timing.filter((row) => row.target !== null), ...memory];
  const met = scored.filter((row) => row.met).length;
  if (notes.length) lines.push('', ...notes.map((note) => `Note: ${note}`));
  lines.push('', `targets met: ${met} of ${scored.length}`);
  return { text: `${lines.join('\n')}\n`, allMet: met === scored.length };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const notes = checkBuild();
  mkdirSync(WORK, { recursive: true });
  const files = ensureLibrary();
  // Touch files spread over the whole library (every language), not one corner of it.
  const step = Math.max(1, Math.floor(files.length / TOUCH_POOL));
  const touchPool = files.filter((_, i) => i % step === 0).slice(0, TOUCH_POOL);

  const home = mkdtempSync(join(os.tmpdir(), 'tramit-bench-home-'));
  const ctx = { env: childEnv(home), home, touchPool, touches: 0 };
  try {
    // Start from an empty cache: one left by an older build or an earlier run must not count.
    dropCache();

    const lib = ['--no-bundled', '--guides-dir', LIBRARY];
    const list = [...lib, 'list', 'mexico'];
    const search = [...lib, 'search', 'passport', 'renewal'];
    // The order matters: each cold case sets its own state before its run, and warm cases re-warm.
    const cases = [
      { label: '`list mexico`, bundled library', args: ['list', 'mexico'], prep: 'warm', target: 1.5 },
      { label: '`list mexico`, 2,500 guides, warm', args: list, prep: 'warm', target: 2 },
      { label: '`search passport renewal`, 2,500 guides, warm', args: search, prep: 'warm', target: 2 },
      { label: '`list mexico`, 2,500 guides, cold (one file changed)', args: list, prep: 'touch', target: 8 },
      {
        label: '`search passport renewal`, 2,500 guides, cold (one file changed)',
        args: search,
        prep: 'touch',
        target: 8,
      },
      // Issue #7's cold target is the first call after a change (the rows above); a first index of a
      // whole library, with no cache at all, is reported for what it costs.
      { label: '`list mexico`, 2,500 guides, cold (no cache)', args: list, prep: 'drop', target: null },
      {
        label: '`search passport renewal`, 2,500 guides, cold (no cache)',
        args: search,
        prep: 'drop',
        target: null,
      },
      {
        label: '`show imss_enrollment` (bundled, stdout piped)',
        args: ['show', 'imss_enrollment'],
        prep: 'warm',
        target: 3,
      },
      { label: '`--help`', args: ['--help'], prep: 'warm', target: null, suggested: 1.5 },
    ];

    // The warm-up: also the first check that every command works before minutes are spent timing.
    progress('warming up (one untimed call of each command)');
    for (const c of cases) {
      runTramit(c.args, ctx);
      await checkpoint();
    }
    // The cold (no cache) rows only mean something if tramit keeps its cache where we delete it.
    if (!existsSync(CACHE) || filesUnder(CACHE).length === 0)
      notes.push(
        'tramit wrote nothing under XDG_CACHE_HOME (bench/.work/cache): either it keeps no cache yet or it keeps ' +
          'it elsewhere on this platform, so "cold (no cache)" may not be colder than the other rows.',
      );

    const baselineTimes = [];
    const times = cases.map(() => []);
    for (let run = 1; run <= options.runs; run++) {
      progress(`timed run ${run} of ${options.runs}`);
      // Interleaved: a burst of machine load hits this iteration's baseline and cases alike.
      baselineTimes.push(timeNode(['-e', '0'], ctx, 'node -e 0'));
      await checkpoint();
      for (const [i, c] of cases.entries()) {
        prepare(c.prep, c.args, ctx);
        times[i].push(runTramit(c.args, ctx));
        await checkpoint();
      }
    }

    const baseline = median(baselineTimes);
    const timing = cases.map((c, i) => {
      const med = median(times[i]);
      const ratio = med / baseline;
      return { ...c, median: med, ratio, met: c.target !== null && ratio <= c.target };
    });

    const memoryMethod = chooseMemoryMethod(options.memoryMethod, ctx);
    progress(`peak memory (${memoryMethod === 'time' ? '/usr/bin/time -f %M' : 'Node wrapper'})`);
    const measure = memoryMethod === 'time' ? maxRssTime : maxRssWrapper;
    const memoryCases = [
      { label: '`list mexico`, 2,500 guides, cold (no cache)', args: list, prep: 'drop' },
      { label: '`list mexico`, 2,500 guides, warm', args: list, prep: 'warm' },
      { label: '`search passport renewal`, 2,500 guides, cold (no cache)', args: search, prep: 'drop' },
      { label: '`search passport renewal`, 2,500 guides, warm', args: search, prep: 'warm' },
    ];
    const memory = [];
    for (const c of memoryCases) {
      let kb = 0;
      for (let i = 0; i < MEMORY_RUNS; i++) {
        prepare(c.prep, c.args, ctx);
        kb = Math.max(kb, measure(c.args, ctx));
        await checkpoint();
      }
      memory.push({ ...c, kb, met: kb / 1024 <= MEMORY_TARGET_MB });
    }

    const report = buildReport({ runs: options.runs, baseline, timing, memory, memoryMethod, notes });
    process.stdout.write(report.text);
    writeFileSync(RESULTS, report.text);
    progress(`report written to ${relative(ROOT, RESULTS)}`);
    return options.check && !report.allMet ? 1 : 0;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = error.exitCode;
}
