import { spawnSync } from 'node:child_process';
import { BIN, REPO } from './paths.js';
import { tellOnFailure } from './failures.js';
import { runEnv, type RunResult } from './run-cli.js';

export { runCli as tramit, tempHome, type RunResult } from './run-cli.js';

/**
 * Runs the built binary in a process of its own, as a user would: for what needs a real process
 * (the launcher, pipes, signals, locks between processes). A clean environment (no locale, no
 * colour forcing), its own TRAMIT_HOME, stdin closed unless input is given.
 */
export function tramitProcess(
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    input?: string;
    cwd?: string;
    home?: string;
    /** Another copy of the launcher (a test that damages its files). */
    bin?: string;
    /** Kills a run still going after this long (a hang): its code is then null. */
    timeout?: number;
  } = {},
): RunResult {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: runEnv(options),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
  });
  const code = result.status ?? result.signal;
  tellOnFailure(`tramit ${args.join(' ')} (a process, exit ${code})`, () => result.stderr);
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
