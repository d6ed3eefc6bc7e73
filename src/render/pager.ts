import { terminalSize, writeOut } from '../output.js';
import { sanitizeOutput } from '../text/sanitize.js';
import { whileChildOwnsTerminal } from '../signals.js';

/**
 * Writes text to stdout, through a pager when stdout is a terminal and the text is taller than it:
 * `$PAGER`, else `less -R` (raw colours, quit at once if it fits). A pager that cannot start or that
 * fails (exits with an error, as `PAGER=false` does) is not an error; the text is printed instead. A
 * pager ended by a signal was ended by the user: nothing more is printed.
 */
export async function page(
  text: string,
  options: { tty: boolean; enabled: boolean; env: NodeJS.ProcessEnv },
): Promise<void> {
  const rows = options.tty ? terminalSize().rows : 24;
  const pagerCommand = options.env.PAGER ?? 'less';
  if (
    !options.tty ||
    !options.enabled ||
    text.split('\n').length < rows ||
    pagerCommand.trim() === '' ||
    pagerCommand.trim() === 'cat'
  ) {
    writeOut(text);
    return;
  }
  // Loaded only to start a pager: node:child_process brings net and dgram with it, a cost every
  // piped `show` would pay.
  const { spawn } = await import('node:child_process');
  const env = pagerEnvironment(options.env);
  const ok = await whileChildOwnsTerminal(
    () =>
      new Promise<boolean>((resolve) => {
        const child = spawn(pagerCommand, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0 || code === null));
        child.stdin.on('error', () => undefined);
        // The pager prints what it is given as it is: it gets the same guard as tramit's own output.
        child.stdin.end(sanitizeOutput(text));
      }),
  );
  if (!ok) writeOut(text);
}

/**
 * The pager's environment: `less` with raw colours and quitting when the text fits, and told the
 * text is UTF-8 (what tramit writes), which it otherwise learns from the locale, so a locale that is
 * not installed would show `<C3><A9>` for é. What the user set stays.
 */
export function pagerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, LESS: env.LESS ?? 'FRX', LESSCHARSET: env.LESSCHARSET ?? 'utf-8' };
}
