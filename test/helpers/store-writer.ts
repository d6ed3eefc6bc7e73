// A process that adds one document to the wallet through the progress store and does nothing else:
// what `tramit wallet add NAME` does under the lock, without the start-up of the whole program (a
// third of its CPU time). The kill stress test starts 128 of these and kills most. Run as
// `node <built file> NAME` with TRAMIT_HOME set; storeWriter() (store-writer-bin.ts) builds it.
//
// It starts, loads what the update loads (the lock and atomic-write packages), prints `ready` and
// waits for SIGUSR2 before it updates: the test then times its kill from the start of the update,
// not from the start of Node, whose length varies more than the update's under load.
import { writeSync } from 'node:fs';
import { lazy } from '../../src/lazy.js';
import { ProgressStore } from '../../src/progress/store.js';
import { staleMs } from '../../src/storage/locked-file.js';
import { foldKey } from '../../src/text/normalize.js';

const name = process.argv[2]!;
const store = new ProgressStore(process.env.TRAMIT_HOME!, (message) => process.stderr.write(`${message}\n`), {
  staleMs: staleMs(process.env),
});
// The id `wallet add` gives a document that matches no kind (`ownId` in src/commands/wallet.ts,
// whose module would bring the whole command into this small process).
const id = `custom:wallet:${foldKey(name)}`;

const update = () =>
  store
    .update((data) => {
      data.wallet[id] = { kind: id, name, obtained: null, addedAt: new Date().toISOString() };
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });

lazy.lockfile();
lazy.writeFileAtomic();
// A signal handler alone does not keep Node running; the timer does, until the signal comes (or a
// test that never sends it has long failed).
const idle = setTimeout(() => {
  process.stderr.write('store writer: no SIGUSR2 within a minute\n');
  process.exitCode = 2;
}, 60_000);
process.once('SIGUSR2', () => {
  clearTimeout(idle);
  void update();
});
// fd 1 directly: process.stdout would load Node's stream modules into every writer.
writeSync(1, 'ready\n');
