import { spawn, type ChildProcess } from 'node:child_process';
import { TramitError } from '../errors.js';
import { localize, type MessageKey } from '../i18n/index.js';
import { writeErr } from '../output.js';
import { sanitize } from '../text/sanitize.js';
import { gitProblem, type GitProblem } from './location.js';
import { runtime } from '../runtime.js';

/** Why git could not do what tramit asked: git's own words reduced to one line (`detail`). */
export type GitFailureKind = GitProblem | 'noGit' | 'busy' | 'notAClone';

/** A git operation that failed, said as the user needs it: what, why, and what to do. */
export class GitError extends TramitError {
  readonly kind: GitFailureKind;
  constructor(kind: GitFailureKind, doing: string, detail: string, hints: string[] = []) {
    const why = localize(`git.why.${kind}` as MessageKey, { detail });
    const own = kind === 'failed' || kind === 'notAClone' ? [] : [localize(`git.hint.${kind}` as MessageKey)];
    super(localize('git.cannot', { doing, why }), 1, [...own, ...hints]);
    this.kind = kind;
  }
}

/**
 * Settings for every git run. A guide repository is data: it may not run anything here (no `ext::`
 * transport, no submodules, whatever the user's configuration says), and git runs in the
 * foreground (no background gc or maintenance writing in a folder tramit is about to copy).
 */
const CONFIG = [
  '-c',
  'protocol.ext.allow=never',
  '-c',
  'submodule.recurse=false',
  '-c',
  'gc.auto=0',
  '-c',
  'maintenance.auto=false',
];

/** Children still running, and folders still in the making: ended and removed if tramit is stopped. */
const running = new Set<ChildProcess>();
const exitTasks = new Set<() => void>();
let exitHookInstalled = false;

/** Runs `task` (synchronously) if tramit exits before the returned function is called. */
export function untilDone(task: () => void): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Ctrl+C ends tramit with process.exit (signals.ts): git runs in its own process group, so it is
    // stopped here first, then what it was writing is removed.
    process.on('exit', () => {
      for (const child of running) stop(child);
      for (const run of exitTasks) {
        try {
          run();
        } catch {
          // Exiting anyway: the next `sources add` or `update` removes what is left.
        }
      }
    });
  }
  exitTasks.add(task);
  return () => void exitTasks.delete(task);
}

function stop(child: ChildProcess): void {
  try {
    if (child.pid !== undefined)
      process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

export interface GitOptions {
  cwd?: string;
  /** Copy git's progress to standard error (given `--progress` by the caller): for a terminal. */
  progress?: boolean;
  /** What the user would call this operation, for the error message ("clone https://…"). */
  doing: string;
}

/**
 * Runs git with `args`, never through a shell: the repository address and folders are arguments
 * of their own. git never asks anything (no terminal prompt, no standard input, and on POSIX no
 * controlling terminal, so ssh cannot ask either), and speaks English, which `gitProblem` reads.
 */
export function runGit(args: readonly string[], options: GitOptions): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...runtime().env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
  delete env.LANGUAGE;
  return new Promise((resolvePromise, reject) => {
    let child: ChildProcess;
    try {
      child = spawn('git', [...CONFIG, ...args], {
        cwd: options.cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Its own session: no terminal to prompt on, and Ctrl+C reaches tramit, which stops it.
        detached: process.platform !== 'win32',
        windowsHide: true,
      });
    } catch (error) {
      reject(failure(error, options.doing));
      return;
    }
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    let pending = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!options.progress) return;
      // Only the counters are shown, each redrawing its line with carriage returns: what else git
      // says (its scratch folder's name, "From …") is noise, and the rest comes from the server.
      const parts = (pending + chunk).split(/(?<=[\r\n])/);
      pending = /[\r\n]$/.test(parts.at(-1)!) ? '' : parts.pop()!;
      const shown = parts.filter((p) => PROGRESS.test(p)).map(sanitizeLine);
      if (shown.length > 0) writeErr(shown.join(''));
    });
    child.on('error', (error) => {
      running.delete(child);
      reject(failure(error, options.doing));
    });
    child.on('close', (code) => {
      running.delete(child);
      if (code === 0) resolvePromise(stdout);
      else reject(new GitError(gitProblem(stderr), options.doing, detailOf(stderr)));
    });
  });
}

/** A line of git's progress: objects counted, received, deltas resolved, files checked out. */
const PROGRESS =
  /^(?:remote: )?(?:Enumerating|Counting|Compressing|Receiving|Resolving|Updating|Checking out)\b[^\r\n]*(?:objects|deltas|files)/;

/** A line made safe for the terminal, its own carriage return or newline kept. */
function sanitizeLine(line: string): string {
  const end = /[\r\n]$/.test(line) ? line.slice(-1) : '';
  return sanitize(end ? line.slice(0, -1) : line) + end;
}

function failure(error: unknown, doing: string): Error {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new GitError('noGit', doing, '');
  return error instanceof Error ? error : new Error(String(error));
}

/** The line of git's messages that says what went wrong, without its `fatal:` and made safe. */
export function detailOf(stderr: string): string {
  const lines = stderr
    .split(/[\r\n]+/)
    .map((l) => l.trim())
    .filter(
      (l) => l !== '' && !/^(?:Cloning into|remote: (?:Enumerating|Counting|Compressing|Total))/.test(l),
    );
  const line = lines.find((l) => /^(?:fatal|error|ssh|remote):/i.test(l)) ?? lines[0] ?? '';
  const text = sanitize(line.replace(/^(?:fatal|error):\s*/i, ''));
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
