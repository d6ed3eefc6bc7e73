// A process that adds one document to the wallet through the progress store and does nothing else:
// what `tramit wallet add NAME` does under the lock, without the start-up of the whole program (a
// third of its CPU time). The kill stress test starts and kills hundreds of these. Run as
// `node <built file> NAME` with TRAMIT_HOME set; storeWriter() (store-writer-bin.ts) builds it.
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
store
  .update((data) => {
    data.wallet[id] = { kind: id, name, obtained: null, addedAt: new Date().toISOString() };
  })
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
