import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Child processes: test/helpers/run-cli.ts runs commands in the worker and changes its working
    // folder for a run, which worker threads may not do.
    pool: 'forks',
    // vitest's default is one worker less than the cores: one worker on a 2-core machine. The files
    // with real processes mostly wait (on children, tmux, a lock going stale) while the others compute.
    maxWorkers: Math.max(4, availableParallelism()),
    // Tests that start the built binary or tmux: give them room on a loaded 2-core CI machine.
    testTimeout: 30_000,
    // .ci/run asks for a JSON report to print its own `N passed, N failed` line.
    reporters: process.env.TRAMIT_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.TRAMIT_TEST_REPORT ? { json: process.env.TRAMIT_TEST_REPORT } : undefined,
    hookTimeout: 60_000,
    env: {
      // No test may read or write the developer's real config and progress.
      TRAMIT_HOME: '/nonexistent-tramit-home-set-per-test',
    },
    projects: [
      {
        extends: true,
        // Unit and pseudo-terminal tests share a worker's loaded modules too (a third less CPU):
        // the one module state tests set, the interface language, is reset before every test.
        test: {
          name: 'unit+e2e',
          include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          isolate: false,
          setupFiles: ['test/setup/shared-modules.ts'],
        },
      },
      {
        extends: true,
        // CLI tests share a worker's loaded modules from file to file, which halves their time: an
        // in-process run takes nothing from the one before it (src/runtime.ts, test/cli/in-process.test.ts).
        test: { name: 'cli', include: ['test/cli/**/*.test.ts'], isolate: false },
      },
    ],
  },
});
