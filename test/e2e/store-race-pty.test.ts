import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { tramit } from '../helpers/cli.js';
import { BIN, HAVE_TMUX } from '../helpers/paths.js';

/** `checklist -i` in a tmux pseudo-terminal while another tramit changes the same guide. */
const dir = mkdtempSync(join(tmpdir(), 'tramit-race-pty-'));
const socket = join(dir, 'tmux.sock');
const home = join(dir, 'home');
const env = { ...process.env, TMUX: undefined };
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const screen = (session: string) => tmux('capture-pane', '-p', '-J', '-t', session);

async function until(what: string, probe: () => boolean, session: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${screen(session)}`);
    await sleep(100);
  }
}

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAVE_TMUX)('checklist -i while another terminal ticks', () => {
  it('saves what the user submitted for every document shown, merged with other changes', async () => {
    expect((await tramit(['check', 'spain/nie', 'd1', 's1'], { home })).code).toBe(0);
    const exit = join(dir, 'checklist.exit');
    const command = `TRAMIT_HOME=${quote(home)} TRAMIT_LANG=en ${quote(process.execPath)} ${quote(BIN)} checklist spain/nie -i; echo EXIT=$? > ${quote(exit)}; sleep 30`;
    tmux('new-session', '-d', '-s', 'race', '-x', '120', '-y', '40', command);
    await until('the checkbox', () => screen('race').includes('Documents you have'), 'race');
    // Meanwhile: d1 is unticked, d3 ticked and step 2 ticked in another terminal.
    expect((await tramit(['uncheck', 'spain/nie', 'd1'], { home })).code).toBe(0);
    expect((await tramit(['check', 'spain/nie', 'd3', 's2'], { home })).code).toBe(0);
    // The user, who saw d1 ticked, also ticks d2 and submits.
    tmux('send-keys', '-t', 'race', 'Down', 'Space', 'Enter');
    // d2 accepts a passport or an EU identity card: tramit asks which one the user holds.
    await until('the which-one question', () => screen('race').includes('Which one do you have'), 'race');
    tmux('send-keys', '-t', 'race', 'Enter');
    await until('the exit', () => existsSync(exit) && readFileSync(exit, 'utf8').includes('EXIT='), 'race');
    expect(readFileSync(exit, 'utf8').trim()).toBe('EXIT=0');
    type Item = { n: number; state: string };
    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as {
      guides: Record<string, { steps: Item[]; documents: Item[] }>;
    };
    const done = (items: Item[]) => items.filter((d) => d.state === 'done').map((d) => d.n);
    expect(done(saved.guides['spain-nie']!.documents)).toEqual([1, 2]);
    expect(done(saved.guides['spain-nie']!.steps)).toEqual([1, 2]);
    await until('the printed checklist', () => screen('race').includes('Documents (2 of 5 ready)'), 'race');
  }, 60_000);
});
