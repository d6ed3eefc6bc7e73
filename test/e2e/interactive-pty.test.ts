import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, HAVE_TMUX } from '../helpers/paths.js';

/** `checklist -i` and `reset`'s confirmation, answered with real keys in a tmux pseudo-terminal. */
const dir = mkdtempSync(join(tmpdir(), 'tramit-ipty-'));
const socket = join(dir, 'tmux.sock');
const home = join(dir, 'home');
const env = { ...process.env, TMUX: undefined };
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function start(session: string, args: string, exitFile: string, at = home): void {
  const command = `TRAMIT_HOME=${quote(at)} TRAMIT_LANG=en ${quote(process.execPath)} ${quote(BIN)} ${args}; echo EXIT=$? > ${quote(exitFile)}; sleep 30`;
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', command);
}

async function until<T>(what: string, probe: () => T | null, session: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}:\n${tmux('capture-pane', '-p', '-t', session)}`);
    await sleep(100);
  }
}
const screenHas = (session: string, text: string) => () =>
  tmux('capture-pane', '-p', '-J', '-t', session).includes(text) ? true : null;
const exited = (file: string) => () =>
  existsSync(file) && readFileSync(file, 'utf8').startsWith('EXIT=')
    ? readFileSync(file, 'utf8').trim()
    : null;
const progress = () =>
  JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as {
    guides: Record<string, { documents: Array<{ n: number; state: string }> }>;
  };

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAVE_TMUX)('interactive commands in a terminal', () => {
  it('checklist -i ticks documents with space and saves them with enter', async () => {
    expect(spawnSync('tmux', ['-V']).status, 'this test needs tmux').toBe(0);
    const exit = join(dir, 'checklist.exit');
    start('checklist', 'checklist imss_enrollment -i', exit);
    await until('the checkbox', screenHas('checklist', 'Documents you have'), 'checklist');
    tmux('send-keys', '-t', 'checklist', 'Space', 'Down', 'Down', 'Space', 'Enter');
    expect(await until('the exit', exited(exit), 'checklist')).toBe('EXIT=0');
    const docs = progress()
      .guides['mexico-imss_enrollment']!.documents.filter((d) => d.state === 'done')
      .map((d) => d.n);
    expect(docs).toEqual([1, 3]);
    await until('the printed checklist', screenHas('checklist', 'Documents (2 of 6 ready)'), 'checklist');
  }, 60_000);

  it('reset asks first; "n" keeps everything, "y" forgets', async () => {
    const no = join(dir, 'reset-no.exit');
    start('reset-no', 'reset imss_enrollment', no);
    await until('the question', screenHas('reset-no', 'Forget your progress on'), 'reset-no');
    tmux('send-keys', '-t', 'reset-no', 'n', 'Enter');
    expect(await until('the exit', exited(no), 'reset-no')).toBe('EXIT=0');
    expect(Object.keys(progress().guides)).toEqual(['mexico-imss_enrollment']);

    const yes = join(dir, 'reset-yes.exit');
    start('reset-yes', 'reset imss_enrollment', yes);
    await until('the question', screenHas('reset-yes', 'Forget your progress on'), 'reset-yes');
    tmux('send-keys', '-t', 'reset-yes', 'y', 'Enter');
    expect(await until('the exit', exited(yes), 'reset-yes')).toBe('EXIT=0');
    expect(progress().guides).toEqual({});
  }, 60_000);

  it('lets the user pick when a name matches several guides', async () => {
    const exit = join(dir, 'pick.exit');
    start('pick', 'show social_security_number --no-pager', exit);
    await until('the choice', screenHas('pick', 'matches several guides; which one?'), 'pick');
    await until('both guides', screenHas('pick', 'portugal/social_security_number'), 'pick');
    tmux('send-keys', '-t', 'pick', 'Down', 'Enter');
    expect(await until('the exit', exited(exit), 'pick')).toBe('EXIT=0');
    const picked = tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', 'pick');
    expect(picked).toMatch(/(spain|portugal)\/social_security_number/);
    expect(picked).toContain('Official sources');
  }, 60_000);

  it('Ctrl+C at a question exits 130 and changes nothing', async () => {
    writeFileSync(
      join(home, 'progress.json'),
      JSON.stringify({
        version: 1,
        guides: {},
        wallet: {
          passport: {
            kind: 'passport',
            name: 'Passport',
            obtained: null,
            addedAt: '2026-01-01T00:00:00.000Z',
          },
        },
      }),
    );
    const exit = join(dir, 'reset-c.exit');
    start('reset-c', 'reset --all', exit);
    await until('the question', screenHas('reset-c', 'Forget all saved progress'), 'reset-c');
    tmux('send-keys', '-t', 'reset-c', 'C-c');
    expect(await until('the exit', exited(exit), 'reset-c')).toBe('EXIT=130');
    expect(Object.keys(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).wallet)).toEqual([
      'passport',
    ]);
  }, 60_000);

  it('checklist -i asks which document the user holds for one that accepts several', async () => {
    const own = join(dir, 'home-which');
    const exit = join(dir, 'which.exit');
    start('which', 'checklist rfc_registration -i', exit, own);
    await until('the checkbox', screenHas('which', 'Documents you have'), 'which');
    tmux('send-keys', '-t', 'which', 'Down', 'Space', 'Enter');
    await until(
      'the question',
      screenHas('which', 'Which one do you have for "Valid official photo ID"?'),
      'which',
    );
    tmux('send-keys', '-t', 'which', 'Down', 'Enter');
    expect(await until('the exit', exited(exit), 'which')).toBe('EXIT=0');
    const saved = JSON.parse(readFileSync(join(own, 'progress.json'), 'utf8')) as {
      wallet: Record<string, { name: string }>;
    };
    expect(Object.keys(saved.wallet)).toEqual(['passport']);
  }, 60_000);

  it('wallet add asks about the closest kind when the name is a slip of the keyboard', async () => {
    const own = join(dir, 'home-suggest');
    const exit = join(dir, 'suggest.exit');
    start('suggest', 'wallet add pasaprote', exit, own);
    await until('the question', screenHas('suggest', 'Did you mean Passport (passport)?'), 'suggest');
    tmux('send-keys', '-t', 'suggest', 'Enter');
    expect(await until('the exit', exited(exit), 'suggest')).toBe('EXIT=0');
    const saved = JSON.parse(readFileSync(join(own, 'progress.json'), 'utf8')) as { wallet: object };
    expect(Object.keys(saved.wallet)).toEqual(['passport']);
  }, 60_000);
});
