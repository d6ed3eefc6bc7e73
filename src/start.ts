// The program as the binary starts it (bin/tramit.cjs loads it, bundled as dist/main.js): the
// process's own runtime, signal handlers, and the exit code. main.ts itself starts nothing, so that
// tests can run commands in-process (test/helpers/run-cli.ts).
import { main } from './main.js';
import { installSignalHandlers } from './signals.js';

installSignalHandlers();

// A promise chain rather than top-level await: the bundle is CommonJS (see scripts/bundle.mjs).
void main(process.argv).then((code) => {
  process.exitCode = code;
});
