import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first: started before all others, so that the run does not
 * end with one of them going on alone. vitest orders by the durations of the last run, but a first
 * run (or one after `-t`, which records the filtered files as taking no time) orders by file size,
 * and these are short files that start many processes and wait for stale locks.
 */
const LONGEST = [
  'test/cli/store-kills.test.ts',
  'test/cli/store-freezes.test.ts',
  'test/cli/store-faults.test.ts',
  'test/cli/hostile.test.ts',
  'test/e2e/terminal-ux-pty.test.ts',
  'test/e2e/indexing-progress-pty.test.ts',
  'test/cli/robustness.test.ts',
  // Mostly npm packing and installing (twice over on a checkout other users cannot read): it ended
  // the run alone when it started late.
  'test/cli/package.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((path) => file.moduleId.endsWith(path));
      return index === -1 ? LONGEST.length : index;
    };
    // Array.prototype.sort is stable: the others keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

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
    // One project, so that a worker goes on from file to file whatever their kind (a worker is kept
    // only for a next file of its own project) and the longest files, whatever their kind, start
    // first (vitest orders files by their last duration, project by project). Files share a worker's
    // loaded modules (isolate: false), which halves the CLI tests' time and takes a third off the
    // others': an in-process run takes nothing from the one before it (src/runtime.ts,
    // test/cli/in-process.test.ts), and the one module state tests set, the interface language, is
    // reset before every test (test/setup/shared-modules.ts).
    include: ['test/unit/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/cli/**/*.test.ts'],
    sequence: { sequencer: LongestFirst },
    isolate: false,
    // A worker runs many files in one heap: a young generation four times the default (16 MB) takes
    // a fifth off its garbage collection. The tramits tests start are plain Node processes.
    execArgv: ['--max-semi-space-size=64'],
    setupFiles: ['test/setup/shared-modules.ts'],
    // Every run transforms the same ~200 TypeScript files on the main process, which the four
    // workers wait on: kept transformed between runs (node_modules/.experimental-vitest-cache, keyed
    // by each file's content and the config; a reinstall clears it), a second run of the suite
    // takes ~8 s less here. The first run in a fresh clone builds the cache. No plugin transforms
    // anything here, so nothing outside a file's content can make its cached form stale.
    experimental: { fsModuleCache: true },
  },
});
