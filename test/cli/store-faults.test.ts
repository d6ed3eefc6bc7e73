import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { report, start, waitFor, type Proc } from '../helpers/procs.js';

/**
 * Saved progress against real processes that are suspended (SIGSTOP), resumed and killed (SIGKILL)
 * while they hold the lock or write. TRAMIT_LOCK_STALE_MS=2000 (proper-lockfile's floor) lets a
 * frozen lock be taken over after 2 s instead of 10, which is what keeps these tests short. To run
 * them against a tramit that does not read that variable (one from before it existed), set
 * TRAMIT_LOCK_STALE_MS=10000 for the test run: the freezes must outlast the stale time to matter.
 */
const STALE = Number(process.env.TRAMIT_LOCK_STALE_MS ?? 2000);
// SIGSTOP, SIGCONT and SIGKILL as POSIX has them.
const posix = process.platform !== 'win32';
const env = { TRAMIT_LOCK_STALE_MS: String(STALE) };
const T = '2026-01-01T00:00:00.000Z';

interface Store {
  version: number;
  guides: Record<string, { steps: Array<{ n: number; state: string }> }>;
}
const read = (home: string) => JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as Store;
const doneSteps = (home: string, key: string) =>
  (read(home).guides[key]?.steps ?? [])
    .filter((s) => s.state === 'done')
    .map((s) => s.n)
    .sort((a, b) => a - b);

/**
 * A store with `count` other guides in it, as a long-time user's might be: reading and writing it
 * takes long enough (≈ 0.1 s per 500 guides) for a tramit to be frozen or killed in the middle.
 */
function seedStore(home: string, count: number, guides: Record<string, unknown> = {}): void {
  const item = (n: number) => ({ n, fp: { en: 'abcdef012345' }, state: 'done', changedAt: T, note: `n${n}` });
  const all: Record<string, unknown> = { ...guides };
  for (let g = 0; g < count; g++)
    all[`filler-${g}`] = {
      guideId: `x/filler-${g}`,
      lang: 'en',
      title: `Filler ${g}`,
      startedAt: T,
      updatedAt: T,
      steps: [1, 2, 3, 4, 5, 6, 7, 8].map(item),
      documents: [1, 2, 3, 4, 5, 6, 7, 8].map(item),
      texts: { steps: [], documents: [] },
      vanished: [],
    };
  writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, guides: all, wallet: {} }));
}

const lockOf = (home: string) => join(home, 'progress.json.lock');
/** What a write leaves when it is killed: write-file-atomic's `progress.json.<n>`, conf's `.tmp-…`. */
const leftovers = (home: string) =>
  readdirSync(home).filter((f) => f.startsWith('progress.json.') && f !== 'progress.json.lock');

describe.runIf(posix)('a tramit suspended while it holds the lock', () => {
  it('never saves over the update of the tramit that took the lock over', async () => {
    // Resumed once the other tramit has saved and gone, then while the other one holds the lock.
    for (const resume of ['after the other saved', 'while the other holds the lock'] as const) {
      let caught = false;
      for (let attempt = 0; attempt < 10 && !caught; attempt++) {
        const home = tempHome();
        expect(tramit(['check', 'spain/nie', 's1'], { home }).code).toBe(0);
        seedStore(home, 2000, read(home).guides);
        const a = start('A: check s2', ['check', 'spain/nie', 's2'], { home, env });
        const procs: Proc[] = [a];
        await waitFor(() => existsSync(lockOf(home)) || a.exited, 20_000);
        await sleep(5 + Math.random() * 45);
        a.child.kill('SIGSTOP');
        // Only A runs: a lock there now is A's, frozen. If A was quicker, try again.
        if (a.exited || !existsSync(lockOf(home))) {
          a.child.kill('SIGCONT');
          await a.exit;
          continue;
        }
        caught = true;
        // A frozen cannot touch its lock: a lock with another mtime is someone else's.
        const frozenMtime = statSync(lockOf(home)).mtimeMs;
        const b = start('B: check s3', ['check', 'spain/nie', 's3'], { home, env });
        procs.push(b);
        if (resume === 'after the other saved') await b.exit;
        else {
          // B's own lock, taken over.
          const taken = await waitFor(() => {
            try {
              return statSync(lockOf(home)).mtimeMs !== frozenMtime;
            } catch {
              return false;
            }
          }, 30_000);
          expect(taken, report(procs)).toBe(true);
          expect(b.exited, report(procs)).toBe(false);
        }
        a.child.kill('SIGCONT');
        const [codeA, codeB] = await Promise.all([a.exit, b.exit]);
        expect([codeA, codeB], report(procs)).toEqual([0, 0]);
        expect(doneSteps(home, 'spain-nie'), `${resume}\n${report(procs)}`).toEqual([1, 2, 3]);
        expect(Object.keys(read(home).guides)).toHaveLength(2001);
        expect(leftovers(home)).toEqual([]);
      }
      expect(caught, `${resume}: A was never frozen while holding the lock`).toBe(true);
    }
  }, 120_000);
});

describe.runIf(posix)('tramits killed with SIGKILL at any moment', () => {
  it('200 kills leave a valid store, all the other guides in it, and no temporary files', async () => {
    // `wallet add` is the cheapest command that writes: the processes' start-up is most of the time.
    const LANES = 4;
    const ROUNDS = 50;
    const fillers = 150;
    const stats = { killed: 0, midWrite: 0, lockLeft: 0 };
    const lane = async (id: number) => {
      const home = tempHome();
      seedStore(home, fillers);
      // One run to completion says how long a run takes here; kills then spread around its end,
      // where the lock is taken and the file written.
      const t0 = Date.now();
      const first = start(`lane ${id}: first`, ['wallet', 'add', 'first'], { home, env });
      expect(await first.exit, report([first])).toBe(0);
      const life = Date.now() - t0;
      for (let round = 0; round < ROUNDS; round++) {
        const p = start(`lane ${id}, round ${round}`, ['wallet', 'add', `document ${round}`], { home, env });
        const before = leftovers(home).length;
        if (round % 10 === 5) {
          // Every tenth, right in the write: as soon as its temporary file is there.
          await waitFor(() => p.exited || leftovers(home).length > before, STALE + 3 * life);
          if (leftovers(home).length > before) stats.midWrite++;
        } else await sleep(life * (0.5 + Math.random() * 0.6));
        if (!p.exited) {
          p.child.kill('SIGKILL');
          stats.killed++;
        }
        await p.exit;
        if (existsSync(lockOf(home))) stats.lockLeft++;
        // Whatever moment the kill hit, the file is a whole store: the old one or the new one.
        const data = read(home);
        expect(data.version, `lane ${id}, round ${round}`).toBe(1);
        expect(Object.keys(data.guides), `lane ${id}, round ${round}`).toHaveLength(fillers);
      }
      // The next write cleans up after the killed ones (after taking over a lock they left).
      const last = start(`lane ${id}: last`, ['check', 'spain/nie', 's6'], { home, env });
      expect(await last.exit, report([last])).toBe(0);
      expect(last.stderr).toBe('');
      expect(leftovers(home)).toEqual([]);
      expect(existsSync(lockOf(home))).toBe(false);
      expect(Object.keys(read(home).guides)).toHaveLength(fillers + 1);
      expect(doneSteps(home, 'spain-nie')).toEqual([6]);
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    // The kills did hit tramits holding the lock, and writing: otherwise nothing was tested.
    expect(stats.killed).toBeGreaterThan(50);
    expect(stats.lockLeft).toBeGreaterThan(0);
    expect(stats.midWrite).toBeGreaterThan(0);
    console.log(`kill -9 stress: ${JSON.stringify(stats)}`);
  }, 300_000);
});

describe.runIf(posix)('ten tramits ticking while another is frozen and thawed again and again', () => {
  it('keeps every update', async () => {
    const home = tempHome();
    seedStore(home, 600);
    const guides = [
      'issste_enrollment',
      'birth_certificate',
      'driving_licence_cdmx',
      'social_security_for_foreigners',
      'permanent_residence',
      'curp_registration',
      'temporary_residence',
      'ine_voter_id',
      'rfc_registration',
      'imss_enrollment',
    ];
    const procs: Proc[] = [];
    const run = (label: string, args: string[]) => {
      const p = start(label, args, { home, env });
      procs.push(p);
      return p;
    };
    // The tramit to freeze, frozen first while it holds the lock (alone, the lock is its own).
    let frozen: Proc | null = null;
    for (let attempt = 0; attempt < 10 && !frozen; attempt++) {
      const p = run(`frozen (try ${attempt}): check spain/nie s1`, ['check', 'spain/nie', 's1']);
      await waitFor(() => existsSync(lockOf(home)) || p.exited, 20_000);
      await sleep(5 + Math.random() * 15);
      p.child.kill('SIGSTOP');
      if (!p.exited && existsSync(lockOf(home))) frozen = p;
      else {
        p.child.kill('SIGCONT');
        await p.exit;
      }
    }
    expect(frozen, 'the tramit was never frozen while holding the lock').not.toBeNull();
    // Then it is thawed briefly and frozen again, five more times, and then left to finish. A long
    // freeze outlasts the stale time by enough for another tramit to take the lock over and save.
    const long = STALE + 1000;
    let freezes = 1;
    const thawing = (async () => {
      await sleep(long);
      for (const pause of [300, long, 300, long, 300]) {
        if (frozen!.exited) break;
        frozen!.child.kill('SIGCONT');
        await sleep(20 + Math.random() * 180);
        frozen!.child.kill('SIGSTOP');
        freezes++;
        await sleep(pause);
      }
      frozen!.child.kill('SIGCONT');
      await frozen!.exit;
    })();
    // Meanwhile ten workers write, one update per process, for as long as that goes on: each ticks
    // the first three steps of its guide, then adds documents of its own to the wallet.
    const expected: string[] = [];
    const workers = guides.map(async (guide, w) => {
      for (let k = 1; k <= 3 || !frozen!.exited; k++) {
        const args =
          k <= 3 ? ['check', `mexico/${guide}`, `s${k}`] : ['wallet', 'add', `worker ${w} document ${k}`];
        const p = run(`worker ${w}: ${args.join(' ')}`, args);
        if ((await p.exit) === 0 && k > 3) expected.push(`custom:wallet:worker_${w}_document_${k}`);
        // A pause between two updates leaves the frozen tramit some of the two cores.
        await sleep(100);
      }
    });
    await Promise.all([...workers, thawing]);
    const codes = await Promise.all(
      procs.filter((p) => p === frozen || !p.label.startsWith('frozen')).map((p) => p.exit),
    );
    expect(codes, report(procs)).toEqual(codes.map(() => 0));
    // Count them: every process that said it saved is in the store.
    const store = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as {
      wallet: Record<string, unknown>;
    };
    let kept = 0;
    for (const guide of guides) {
      const done = doneSteps(home, `mexico-${guide}`);
      expect(done, `${guide}\n${report(procs)}`).toEqual([1, 2, 3]);
      kept += done.length;
    }
    expect(doneSteps(home, 'spain-nie'), report(procs)).toEqual([1]);
    kept += 1;
    const held = expected.filter((id) => id in store.wallet);
    expect(held, report(procs)).toEqual(expected);
    kept += held.length;
    expect(kept).toBe(codes.length);
    expect(Object.keys(read(home).guides)).toHaveLength(600 + 11);
    expect(leftovers(home)).toEqual([]);
    console.log(`fault injection: ${kept} updates kept, ${freezes} freezes`);
  }, 180_000);
});
