import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { FIXTURES, HAVE_TMUX } from '../helpers/paths.js';
import { Terminal } from '../helpers/tmux.js';

/**
 * Screenshots of `show`, `checklist`, `walk` and `status` in Spanish at 80 columns, compared with
 * the text fixtures in test/fixtures/screens/ so that no change alters the layout unseen. Everything
 * that could vary is fixed: the saved progress (made here with a fixed clock), the clock, the
 * terminal's size and type, the environment. A deliberate change of layout regenerates them:
 *
 *   TRAMIT_UPDATE_SCREENS=1 npx vitest run test/e2e/screens-pty.test.ts
 */
const DIR = join(FIXTURES, 'screens');
const NOW = '2026-11-25T12:00:00Z';
const UPDATE = Boolean(process.env.TRAMIT_UPDATE_SCREENS);

let term: Terminal;
let home: string;

beforeAll(async () => {
  if (!HAVE_TMUX) return;
  term = new Terminal();
  home = tempHome();
  const env = { TRAMIT_NOW: NOW, TRAMIT_LANG: 'es' };
  // Two steps done and one skipped, with a note; two documents held, one too old for the RFC guide.
  await tramit(['check', 'inscripcion_al_imss', 's1', 's2'], { home, env });
  await tramit(['check', 'inscripcion_al_imss', 's3', '--skip'], { home, env });
  await tramit(['check', 'inscripcion_al_imss', 's2', '--note', 'folio 4521-B, cita el 3 de diciembre'], {
    home,
    env,
  });
  await tramit(['check', 'inscripcion_al_imss', 'd1', 'd5', '--date', '2026-07-18'], { home, env });
  await tramit(['check', 'inscripcion_al_rfc', 's1'], { home, env });
});

afterAll(() => term?.close());

const env = () => ({
  TRAMIT_HOME: home,
  TRAMIT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tramit-screens-cache-')),
  TRAMIT_LANG: 'es',
  TRAMIT_NOW: NOW,
  // No progress line, however slow the machine: the bundled index is never read file by file, but
  // a screenshot must not depend on it.
  TRAMIT_PROGRESS_DELAY_MS: '3600000',
});

function compare(name: string, screen: string): void {
  const file = join(DIR, `${name}.es-80.txt`);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, screen);
    if (!UPDATE) throw new Error(`${file} did not exist; it was written now: check it and commit it`);
  }
  expect(screen).toBe(readFileSync(file, 'utf8'));
}

describe.skipIf(!HAVE_TMUX)('screens in Spanish at 80 columns', () => {
  it.each([
    ['show', ['show', 'inscripcion_al_imss', '--no-pager']],
    ['checklist', ['checklist', 'inscripcion_al_rfc']],
    ['status', ['status']],
  ])(
    '%s',
    async (name, args) => {
      const run = await term.run({ args, env: env(), width: 80, height: 40 });
      expect(run.code).toBe(0);
      compare(name, run.screen);
    },
    60_000,
  );

  it('walk, resuming at step 4', async () => {
    const session = term.start({ args: ['walk', 'inscripcion_al_imss'], env: env(), width: 80, height: 40 });
    const screen = await term.until(session, 'the menu of step 4', (text) =>
      text.includes('Paso 4 de 8') && text.includes('↑↓ moverte') ? text : null,
    );
    compare('walk', screen);
    // Salir: Hecho, Omitir, Atrás, Agregar una nota, Salir.
    term.keys(session, 'Down', 'Down', 'Down', 'Down', 'Enter');
    expect(await term.exit(session)).toBe(0);
  }, 60_000);
});
