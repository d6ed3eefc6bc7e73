import { existsSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { report, start, waitFor, type Proc } from '../helpers/procs.js';
import { doneSteps, env, leftovers, lockOf, posix, read, seedStore } from '../helpers/store-faults.js';

// Saved progress against real processes that are suspended (SIGSTOP) and resumed while they hold the
// lock. Ten tramits ticking around a frozen one are in store-freezes.test.ts, those killed with
// SIGKILL in store-kills.test.ts: files of their own, so that all three wait for stale locks side
// by side.
describe.runIf(posix)('a tramit suspended while it holds the lock', () => {
  it('never saves over the update of the tramit that took the lock over', async () => {
    // Resumed once the other tramit has saved and gone, then while the other one holds the lock.
    for (const resume of ['after the other saved', 'while the other holds the lock'] as const) {
      let caught = false;
      for (let attempt = 0; attempt < 10 && !caught; attempt++) {
        const home = tempHome();
        expect((await tramit(['check', 'spain/nie', 's1'], { home })).code).toBe(0);
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
