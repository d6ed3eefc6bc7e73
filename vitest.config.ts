import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests start the built binary many times; give them room on a 2-core CI machine.
    testTimeout: 30_000,
    // .ci/run asks for a JSON report to print its own `N passed, N failed` line.
    reporters: process.env.TRAMIT_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.TRAMIT_TEST_REPORT ? { json: process.env.TRAMIT_TEST_REPORT } : undefined,
    hookTimeout: 60_000,
    env: {
      // No test may read or write the developer's real config and progress.
      TRAMIT_HOME: '/nonexistent-tramit-home-set-per-test',
    },
  },
});
