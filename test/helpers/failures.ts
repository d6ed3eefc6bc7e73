import { onTestFailed } from 'vitest';

/**
 * When the test that ran it fails, what a run of tramit said on stderr is printed with the failure:
 * an assertion on an exit code alone then shows why. `stderr` is read at the end (a child still
 * running may say more). Outside a test (a describe block's setup) there is nothing to attach to.
 */
export function tellOnFailure(label: string, stderr: () => string): void {
  try {
    onTestFailed(() => {
      const said = stderr().trim();
      if (said)
        console.error(`--- stderr of ${label}\n${said.length > 4000 ? `${said.slice(0, 4000)}…` : said}`);
    });
  } catch {
    // Not in a test.
  }
}
