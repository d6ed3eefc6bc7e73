/**
 * What a run of tramit takes from the process it runs in: its environment, where output goes, which
 * streams are terminals, and the clock. The binary runs with the process's own (`PROCESS`); a test
 * runs commands in-process with its own (test/helpers/run-cli.ts), so that nothing a run reads or
 * prints belongs to the test runner. Only `main()` sets it, for the length of one run.
 */
export interface Runtime {
  env: NodeJS.ProcessEnv;
  /**
   * Where printed text goes, by descriptor; null for the process's own descriptors (output.ts
   * writes to them directly, and guards against closed pipes).
   */
  write: ((fd: 1 | 2, text: string) => void) | null;
  /** Which of stdin, stdout and stderr are terminals; null to ask the process. */
  terminals: { stdin: boolean; stdout: boolean; stderr: boolean } | null;
  /** The terminal's size, when stdout is one; null to ask the process. */
  size: { columns: number; rows: number } | null;
  now: () => Date;
}

/** The process tramit runs in: what the binary uses. */
export const PROCESS: Runtime = {
  env: process.env,
  write: null,
  terminals: null,
  size: null,
  now: () => new Date(),
};

let active: Runtime = PROCESS;

export function runtime(): Runtime {
  return active;
}

/** Runs `task` with `next` as the runtime; the previous one comes back after it, however it ends. */
export async function withRuntime<T>(next: Runtime, task: () => Promise<T>): Promise<T> {
  if (active !== PROCESS && next !== PROCESS)
    throw new Error('tramit runs one command at a time in a process: a run is already going');
  const previous = active;
  active = next;
  try {
    return await task();
  } finally {
    active = previous;
  }
}
