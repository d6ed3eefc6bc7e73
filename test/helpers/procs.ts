import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { BIN, REPO } from './paths.js';
import { tellOnFailure } from './failures.js';

/** A tramit started in the background, with what it printed so far. */
export interface Proc {
  label: string;
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** The exit code, or the signal's name when it was killed. */
  exit: Promise<number | string>;
  exited: boolean;
}

/**
 * Starts the built binary without waiting for it: multi-process tests suspend, resume and kill
 * these. Its output is collected, so that a failing test can show what every child said.
 */
export function start(
  label: string,
  args: string[],
  options: {
    home: string;
    env?: Record<string, string>;
    /** Another script than the binary (a store writer: test/helpers/store-writer.ts). */
    bin?: string;
  },
): Proc {
  const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      TRAMIT_HOME: options.home,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc: Proc = { label, child, stdout: '', stderr: '', exited: false, exit: Promise.resolve(0) };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (proc.stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (proc.stderr += d));
  tellOnFailure(`${label} (a process)`, () => proc.stderr);
  proc.exit = new Promise((resolve) =>
    child.on('close', (code, signal) => {
      proc.exited = true;
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  return proc;
}

/** What each child printed to stderr, for the message of a failing assertion. */
export function report(procs: readonly Proc[]): string {
  return procs
    .filter((p) => p.stderr.trim() !== '' || p.exited)
    .map((p) => `--- ${p.label} (${p.exited ? 'exited' : 'running'})\n${p.stderr.trim() || '(no stderr)'}`)
    .join('\n');
}

/** Polls `probe` every millisecond or so until it is true; false when `ms` passed first. */
export async function waitFor(probe: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (probe()) return true;
    await sleep(1);
  }
  return probe();
}
