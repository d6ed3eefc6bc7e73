/**
 * Ctrl+C and `kill` end tramit at once with the conventional codes (130, 143). Nothing is lost: every
 * change to saved progress is one atomic write under a lock that is released on exit. While a child
 * that owns the terminal runs (the pager), it handles Ctrl+C itself and tramit waits for it.
 */
let deferred = false;

export function installSignalHandlers(): void {
  process.on('SIGINT', () => {
    if (!deferred) process.exit(130);
  });
  process.on('SIGTERM', () => process.exit(143));
}

/** Runs `task` with Ctrl+C left to the child process it starts. */
export async function whileChildOwnsTerminal<T>(task: () => Promise<T>): Promise<T> {
  deferred = true;
  try {
    return await task();
  } finally {
    deferred = false;
  }
}
