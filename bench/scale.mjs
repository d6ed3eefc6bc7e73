#!/usr/bin/env node
// The large-library rows of issue 15, measured as bench/run.mjs measures: fresh processes, medians,
// each compared with `node -e 0` timed in the same interleaved loop. Adds CPU time (Linux `perf
// stat` task-clock, all threads of the process) because wall time on a shared machine is noisy,
// and can time several builds side by side (`--bin A --bin B`), interleaved, for an A/B.
//
//   node bench/scale.mjs [--runs N] [--bin path/to/tramit.cjs]… [--only name,name] [--memory]
//
// Libraries are generated under bench/.work/ (2,500 guides and ten times that, seed 42).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateLibrary } from './generate-library.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work', 'scale');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '11' },
    bin: { type: 'string', multiple: true },
    only: { type: 'string' },
    memory: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const bins = (values.bin?.length ? values.bin : [join(ROOT, 'bin', 'tramit.cjs')]).map((b) => resolve(b));

/** A generated library of `count` guides, made once (a marker file says it is complete). */
function library(count) {
  const dir = join(WORK, `lib-${count}`);
  const marker = join(WORK, `lib-${count}.done`);
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    process.stderr.write(`scale: generating ${count} guides in ${dir}\n`);
    generateLibrary(dir, count, 42);
    writeFileSync(marker, '');
  }
  return dir;
}

const small = library(2500);
const large = library(25000);
const files = (dir) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => join(dir, f));
const pool = files(small).filter((_, i) => i % 157 === 0);
let touches = 0;

const home = mkdtempSync(join(os.tmpdir(), 'tramit-scale-home-'));
const cacheOf = (bin) => join(WORK, `cache-${bins.indexOf(bin)}`);
const env = (bin) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRAMIT_'))),
  LANG: 'en_US.UTF-8',
  TRAMIT_HOME: home,
  XDG_CACHE_HOME: cacheOf(bin),
});
const perf = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', 'true']).status === 0;

/** Wall ms, CPU ms (or NaN without perf) and peak KB of one run. */
function run(bin, args) {
  const argv = bin ? [bin, ...args] : args;
  const timed = perf ? ['perf', 'stat', '-x,', '-e', 'task-clock', process.execPath, ...argv] : null;
  const start = process.hrtime.bigint();
  const result = timed
    ? spawnSync(timed[0], timed.slice(1), { env: env(bin), cwd: home, maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, argv, { env: env(bin), cwd: home, maxBuffer: 1 << 26 });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
  const line = String(result.stderr)
    .split('\n')
    .find((l) => l.includes('task-clock'));
  return { wall, cpu: line ? Number(line.split(',')[0]) : NaN };
}

function peakKb(bin, args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], {
    env: env(bin),
    cwd: home,
    maxBuffer: 1 << 26,
  });
  return Number(String(result.stderr).trim().split('\n').pop());
}

const touch = () => {
  const now = new Date();
  utimesSync(pool[touches++ % pool.length], now, now);
};
/** A real edit: a guide's title gains or loses a word, so its row (and the library) changes. */
const edit = () => {
  const file = pool[touches++ % pool.length];
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.includes(' (edited)\n')
      ? text.replace(' (edited)\n', '\n')
      : text.replace(/^(title: .*)$/m, '$1 (edited)'),
  );
};
const drop = (bin) => rmSync(cacheOf(bin), { recursive: true, force: true });

const lib = (dir) => ['--no-bundled', '--guides-dir', dir];
const cases = [
  { name: 'list-warm', args: [...lib(small), 'list', 'mexico'], prep: 'warm' },
  { name: 'search-warm', args: [...lib(small), 'search', 'passport', 'renewal'], prep: 'warm' },
  { name: 'list-touched', args: [...lib(small), 'list', 'mexico'], prep: 'touch' },
  { name: 'search-touched', args: [...lib(small), 'search', 'passport', 'renewal'], prep: 'touch' },
  { name: 'list-edited', args: [...lib(small), 'list', 'mexico'], prep: 'edit' },
  { name: 'search-edited', args: [...lib(small), 'search', 'passport', 'renewal'], prep: 'edit' },
  { name: 'list-first', args: [...lib(small), 'list', 'mexico'], prep: 'drop' },
  { name: 'search-first', args: [...lib(small), 'search', 'passport', 'renewal'], prep: 'drop' },
  { name: 'list-warm-10x', args: [...lib(large), 'list', 'mexico'], prep: 'warm' },
  { name: 'search-warm-10x', args: [...lib(large), 'search', 'passport', 'renewal'], prep: 'warm' },
].filter((c) => !values.only || values.only.split(',').includes(c.name));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

mkdirSync(WORK, { recursive: true });
try {
  for (const bin of bins) drop(bin);
  for (const bin of bins) for (const c of cases) run(bin, c.args);
  const base = [];
  const times = new Map();
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`scale: run ${i + 1} of ${runs}\n`);
    base.push(run(null, ['-e', '0']));
    for (const c of cases)
      for (const bin of bins) {
        if (c.prep === 'warm') run(bin, c.args);
        else if (c.prep === 'touch') touch();
        else if (c.prep === 'edit') edit();
        else drop(bin);
        const key = `${c.name}\t${bin}`;
        times.set(key, [...(times.get(key) ?? []), run(bin, c.args)]);
      }
  }
  const bw = median(base.map((t) => t.wall));
  const bc = median(base.map((t) => t.cpu));
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
  console.log(`node -e 0: wall ${bw.toFixed(1)} ms, cpu ${bc.toFixed(1)} ms (medians of ${runs})`);
  console.log('case\tbuild\twall ms\twall ×\tcpu ms\tcpu ×');
  for (const [key, ts] of times) {
    const [name, bin] = key.split('\t');
    const w = median(ts.map((t) => t.wall));
    const c = median(ts.map((t) => t.cpu));
    console.log(
      `${name}\t${bins.indexOf(bin)}\t${w.toFixed(1)}\t${(w / bw).toFixed(2)}\t${c.toFixed(1)}\t${(c / bc).toFixed(2)}`,
    );
  }
  if (values.memory) {
    const search = [...lib(large), 'search', 'passport', 'renewal'];
    for (const bin of bins) {
      drop(bin);
      const first = peakKb(bin, search);
      console.log(`peak MB, first search, 25,000 guides\t${bins.indexOf(bin)}\t${(first / 1024).toFixed(1)}`);
    }
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
