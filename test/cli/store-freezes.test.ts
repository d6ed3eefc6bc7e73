import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tempHome } from '../helpers/cli.js';
import { report, start, waitFor, type Proc } from '../helpers/procs.js';
import { doneSteps, env, lockOf, leftovers, posix, read, seedStore, STALE } from '../helpers/store-faults.js';

// Fault injection with real processes: one tramit suspended (SIGSTOP) and resumed again and again
// while ten others save (see store-faults.test.ts for one suspended writer, store-kills.test.ts for
// writers killed).
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
        // A pause between two updates leaves the frozen tramit some of the two cores (and the rest
        // of the suite: ten writers without one start a tramit every few milliseconds).
        await sleep(400);
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
