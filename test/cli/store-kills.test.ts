import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { report, start, waitFor } from '../helpers/procs.js';
import { doneSteps, env, leftovers, lockOf, posix, read, seedStore, STALE } from '../helpers/store-faults.js';
import { storeWriter } from '../helpers/store-writer-bin.js';

describe.runIf(posix)('tramits killed with SIGKILL at any moment', () => {
  it('200 kills leave a valid store, all the other guides in it, and no temporary files', async () => {
    // The killed processes are store writers: `wallet add`'s update through the same store code
    // (lock, atomic write, clean-up), without the start-up of the whole program, which would be
    // two thirds of their time. A tramit then runs after them. A round that leaves a lock waits for
    // it to go stale (2 s): lanes side by side share that wait.
    const bin = storeWriter();
    const LANES = 8;
    const ROUNDS = 25;
    const fillers = 150;
    const stats = { killed: 0, midWrite: 0, lockLeft: 0 };
    const lane = async (id: number) => {
      const home = tempHome();
      seedStore(home, fillers);
      // One run to completion says how long a run takes here; kills then spread around its end,
      // where the lock is taken and the file written.
      const t0 = Date.now();
      const first = start(`lane ${id}: first`, ['first'], { home, env, bin });
      expect(await first.exit, report([first])).toBe(0);
      const life = Date.now() - t0;
      for (let round = 0; round < ROUNDS; round++) {
        const p = start(`lane ${id}, round ${round}`, [`document ${round}`], { home, env, bin });
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
      // The next tramit's write cleans up after the killed ones (after taking over a lock they left).
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
