import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, HAVE_TMUX } from '../helpers/paths.js';

/**
 * `tramit walk` in a real pseudo-terminal: tmux runs it in a detached session on a private server,
 * the test types keys with send-keys and reads the screen with capture-pane.
 */
const dir = mkdtempSync(join(tmpdir(), 'tramit-pty-'));
const home = join(dir, 'home');
// A private server whose socket goes away with the temporary folder.
const socket = join(dir, 'tmux.sock');
const config = join(dir, 'tmux.conf');
// Without a TMUX variable tmux never mistakes the test for a nested client.
const env = { ...process.env, TMUX: undefined };

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', socket, '-f', config, ...args], { encoding: 'utf8', env });
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts `tramit walk` in a new 100x40 session; the shell writes its exit status to a file. */
function start(session: string, exitFile: string): void {
  const command =
    `cd ${quote(REPO)} && TRAMIT_HOME=${quote(home)} TRAMIT_LANG=en ` +
    `${quote(process.execPath)} ${quote(BIN)} walk imss_enrollment; echo EXIT=$? > ${quote(exitFile)}`;
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', command);
}

function screen(session: string): string {
  return tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', session);
}

async function until<T>(what: string, probe: () => T | null | undefined, session: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; the screen shows:\n${screen(session)}`);
    await sleep(100);
  }
}

/** Waits until step n is on screen with its menu drawn, so keys typed now reach that prompt. */
function stepPrompt(session: string, n: number): Promise<string> {
  return until(
    `the menu of step ${n}`,
    () => {
      const text = screen(session);
      const at = text.lastIndexOf(`Step ${n} of 8`);
      const after = at < 0 ? '' : text.slice(at);
      return after.includes('? What now?') && after.includes('navigate') ? text : null;
    },
    session,
  );
}

function exitStatus(session: string, file: string): Promise<string> {
  return until(
    `${file} to be written`,
    () => {
      const text = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
      return text.startsWith('EXIT=') ? text : null;
    },
    session,
  );
}

beforeAll(() => {
  if (!HAVE_TMUX) return;
  // remain-on-exit keeps a finished pane on screen for capture-pane.
  writeFileSync(
    config,
    'set -g remain-on-exit on\nset -g default-shell /bin/sh\nset -g history-limit 5000\n',
  );
});

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server'], { env });
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAVE_TMUX)('tramit walk in a terminal', () => {
  it('saves two steps, exits 130 on Ctrl+C without a trace, and resumes at step 3', async () => {
    const firstExit = join(dir, 'exit-1');
    start('walk-1', firstExit);
    const first = await stepPrompt('walk-1', 1);
    expect(first).toContain('Register with IMSS as a self-employed worker');
    expect(first).toContain('Starting at step 1.');
    tmux('send-keys', '-t', 'walk-1', 'Enter');
    await stepPrompt('walk-1', 2);
    tmux('send-keys', '-t', 'walk-1', 'Enter');
    await stepPrompt('walk-1', 3);
    tmux('send-keys', '-t', 'walk-1', 'C-c');

    expect(await exitStatus('walk-1', firstExit)).toBe('EXIT=130');
    const afterCtrlC = screen('walk-1');
    expect(afterCtrlC).toContain('Progress saved. Resume with `tramit walk mexico/imss_enrollment`.');
    expect(afterCtrlC).not.toMatch(/^\s+at /m);
    expect(afterCtrlC).not.toMatch(/Error|unexpected/);
    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as {
      guides: Record<string, { steps: Array<{ n: number; state: string }> }>;
    };
    expect(saved.guides['mexico-imss_enrollment']?.steps.map((s) => [s.n, s.state])).toEqual([
      [1, 'done'],
      [2, 'done'],
    ]);

    const secondExit = join(dir, 'exit-2');
    start('walk-2', secondExit);
    const resumed = await stepPrompt('walk-2', 3);
    expect(resumed).toContain('You finished 2 of 8 steps; continuing at step 3.');
    expect(resumed).not.toContain('Step 1 of 8');
    expect(resumed).not.toContain('Step 2 of 8');
    // Done, Skip, Back, Add a note, Quit: four down to Quit.
    tmux('send-keys', '-t', 'walk-2', 'Down', 'Down', 'Down', 'Down', 'Enter');
    expect(await exitStatus('walk-2', secondExit)).toBe('EXIT=0');
    expect(screen('walk-2')).toContain('Saved. `tramit walk mexico/imss_enrollment` continues at step 3.');
  }, 180_000);
});
