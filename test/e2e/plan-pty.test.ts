import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tramit } from '../helpers/cli.js';
import { BIN, HAVE_TMUX, REPO } from '../helpers/paths.js';

/** `tramit plan` with no arguments in a real pseudo-terminal (tmux), answered in Spanish. */
const dir = mkdtempSync(join(tmpdir(), 'tramit-plan-pty-'));
const home = join(dir, 'home');
const socket = join(dir, 'tmux.sock');
const config = join(dir, 'tmux.conf');
const env = { ...process.env, TMUX: undefined };
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', socket, '-f', config, ...args], { encoding: 'utf8', env });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const screen = (session: string) => tmux('capture-pane', '-p', '-J', '-S', '-300', '-t', session);

async function until<T>(what: string, probe: () => T | null, session: string): Promise<T> {
  const deadline = Date.now() + 45_000;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; the screen shows:\n${screen(session)}`);
    await sleep(100);
  }
}
const shows = (session: string, text: string) => () => (screen(session).includes(text) ? true : null);

beforeAll(() => {
  if (!HAVE_TMUX) return;
  writeFileSync(
    config,
    'set -g remain-on-exit on\nset -g default-shell /bin/sh\nset -g history-limit 5000\n',
  );
});

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAVE_TMUX)('tramit plan, asked in a terminal', () => {
  it('asks in Spanish, builds the plan from the answers and saves it', async () => {
    // The wallet's CURP comes ticked in the documents question, and takes its guide out of the plan.
    expect((await tramit(['wallet', 'add', 'curp'], { home })).code).toBe(0);
    const exit = join(dir, 'plan.exit');
    const session = 'plan';
    tmux(
      'new-session',
      '-d',
      '-s',
      session,
      '-x',
      '120',
      '-y',
      '40',
      `cd ${quote(REPO)} && TRAMIT_HOME=${quote(home)} TRAMIT_LANG=es ${quote(process.execPath)} ${quote(BIN)} plan; echo EXIT=$? > ${quote(exit)}`,
    );

    await until('the country question', shows(session, '¿Para qué país es el plan?'), session);
    // Countries come in their slugs' order: argentina, colombia, germany, mexico…
    tmux('send-keys', '-t', session, 'Down', 'Down', 'Down');
    await until('México under the cursor', shows(session, '❯ México'), session);
    tmux('send-keys', '-t', session, 'Enter');

    await until('the goals question', shows(session, '¿Qué quieres hacer allí?'), session);
    await until('the first goal', shows(session, 'Trabajar por cuenta propia'), session);
    tmux('send-keys', '-t', session, 'Space');
    tmux('send-keys', '-t', session, 'Enter');

    await until('the documents question', shows(session, '¿Cuáles de estos documentos ya tienes?'), session);
    await until('the CURP ticked from the wallet', shows(session, '◉ CURP'), session);
    tmux('send-keys', '-t', session, 'Enter');

    await until('the save question', shows(session, '¿Guardar este plan con un nombre?'), session);
    const plan = screen(session);
    expect(plan).toContain('Tu plan: 2 guías, en este orden');
    expect(plan).toContain('1. Inscribirte en el RFC y obtener tu e.firma — mexico/inscripcion_al_rfc');
    expect(plan).toContain(
      '2. Inscribirte al IMSS como persona trabajadora independiente — mexico/inscripcion_al_imss',
    );
    expect(plan).not.toContain('mexico/registro_curp —');
    tmux('send-keys', '-t', session, '-l', 'mudanza');
    tmux('send-keys', '-t', session, 'Enter');

    await until(
      'the exit status',
      () => (existsSync(exit) ? readFileSync(exit, 'utf8').trim() : null),
      session,
    );
    expect(readFileSync(exit, 'utf8').trim()).toBe('EXIT=0');
    expect(screen(session)).toContain('Guardado como plan "mudanza"');
    const saved = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as {
      plans: Record<string, { guides: Array<{ key: string }> }>;
    };
    expect(saved.plans.mudanza!.guides.map((g) => g.key)).toEqual([
      'mexico-rfc_registration',
      'mexico-imss_enrollment',
    ]);
  }, 90_000);
});
