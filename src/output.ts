import { fstatSync, writeSync } from 'node:fs';
import { lazy } from './lazy.js';
import { runtime } from './runtime.js';
import { sanitizeOutput } from './text/sanitize.js';

/**
 * tramit's output. When standard output or error is a pipe or a file, the text is written straight
 * to the file descriptor: Node's `process.stdout` for a pipe is a net.Socket whose creation loads net
 * and the stream machinery (~4 ms of every call that prints), and tramit writes each output whole, so
 * one synchronous write does the same job. Terminals (and /dev/null) get Node's streams as usual:
 * prompts and the pager share them, and the console needs them on Windows.
 *
 * Everything printed passes the same guard (`sanitizeOutput`): escape sequences and other control
 * characters that are not tramit's own colours are shown or removed, whatever value carried them.
 */
export function writeOut(text: string): void {
  write(1, sanitizeOutput(text));
}

export function writeErr(text: string): void {
  write(2, sanitizeOutput(text));
}

/**
 * A status line on standard error that the next one replaces (a terminal only): tramit's own
 * carriage return and erase-line, then the text through the same guard. `done` ends the line.
 */
export function writeErrStatus(text: string, done = false): void {
  write(2, `\r\x1b[K${sanitizeOutput(text)}${done ? '\n' : ''}`);
}

/**
 * Standard output for a program, not a person: the completion protocol, whose words a shell reads
 * (NUL-separated, quoted for it) and never shows as they are.
 */
export function writeForShell(text: string): void {
  write(1, text);
}

/** Whether standard output is a terminal, without creating Node's stream for it. */
export function stdoutIsTTY(): boolean {
  return isTerminal(1);
}

/** Whether standard error is a terminal (progress lines go there only then). */
export function stderrIsTTY(): boolean {
  return isTerminal(2);
}

/** Whether standard input is a terminal (prompts need it, with stdout one too). */
export function stdinIsTTY(): boolean {
  const given = runtime().terminals;
  return given ? given.stdin : lazy.tty().isatty(0);
}

/** Standard output and input are both terminals: a person is there to answer a prompt. */
export function interactive(): boolean {
  return stdinIsTTY() && stdoutIsTTY();
}

/** The terminal's size (for a stdout that is one): columns to wrap to, rows a pager fills. */
export function terminalSize(): { columns: number; rows: number } {
  const given = runtime().size;
  if (given) return given;
  return { columns: process.stdout.columns || 80, rows: process.stdout.rows ?? 24 };
}

function isTerminal(fd: 1 | 2): boolean {
  const given = runtime().terminals;
  if (given) return fd === 1 ? given.stdout : given.stderr;
  return !isPipeOrFile(fd) && lazy.tty().isatty(fd);
}

const pipeOrFile = new Map<number, boolean>();

/** Only a character device can be a terminal; telling one from /dev/null needs node:tty. */
function isPipeOrFile(fd: 1 | 2): boolean {
  let known = pipeOrFile.get(fd);
  if (known === undefined) {
    try {
      known = !fstatSync(fd).isCharacterDevice();
    } catch {
      known = false;
    }
    pipeOrFile.set(fd, known);
  }
  return known;
}

/**
 * Descriptors whose reader went away (`tramit validate | head -1`). What is left to print is dropped,
 * but the command runs to its end: its exit code is the one it earned, decided in main.ts alone.
 */
const closed = new Set<number>();

function write(fd: 1 | 2, text: string): void {
  const elsewhere = runtime().write;
  if (elsewhere) {
    elsewhere(fd, text);
    return;
  }
  if (closed.has(fd)) return;
  if (!isPipeOrFile(fd)) {
    stream(fd).write(text);
    return;
  }
  let bytes = Buffer.from(text);
  while (bytes.length > 0) {
    let written: number;
    try {
      written = writeSync(fd, bytes);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A closed pipe (`tramit list | head -1`) is the reader's choice, not an error.
      if (code === 'EPIPE') {
        closed.add(fd);
        return;
      }
      // A descriptor left non-blocking by whoever started us: Node's stream queues the rest.
      if (code === 'EAGAIN') {
        stream(fd).write(bytes);
        return;
      }
      throw error;
    }
    bytes = bytes.subarray(written);
  }
}

/** Node's stream for the descriptor, made to go quiet on a closed pipe like the direct writes. */
function stream(fd: 1 | 2): NodeJS.WriteStream {
  const out = fd === 1 ? process.stdout : process.stderr;
  if (out.listenerCount('error') === 0)
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') closed.add(fd);
      else throw error;
    });
  return out;
}
