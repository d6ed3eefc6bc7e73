import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { HAVE_TMUX } from '../helpers/paths.js';
import { NOW, SCREEN_MATRIX as MATRIX, Terminal } from '../helpers/tmux.js';

/**
 * Issue 18 in a real terminal: tmux runs tramit at 60, 80 and 120 columns, in Spanish and in
 * English, and the tests read the screen as the user sees it.
 */

let term: Terminal;
/** Progress in two guides, with a proof of address too old for the RFC guide. */
let home: string;
const cache = mkdtempSync(join(tmpdir(), 'tramit-pty-cache-'));

const envFor = (lang: string, extra: Record<string, string> = {}) => ({
  TRAMIT_HOME: home,
  TRAMIT_CACHE_DIR: cache,
  TRAMIT_LANG: lang,
  TRAMIT_NOW: NOW,
  ...extra,
});

beforeAll(async () => {
  if (!HAVE_TMUX) return;
  term = new Terminal();
  home = tempHome();
  const env = { TRAMIT_NOW: NOW };
  await tramit(['check', 'imss_enrollment', 's1', 's2'], { home, env });
  await tramit(['check', 'imss_enrollment', 's3', '--skip'], { home, env });
  await tramit(['check', 'imss_enrollment', 'd1', 'd5', '--date', '2026-07-18'], { home, env });
  await tramit(['check', 'rfc_registration', 's1'], { home, env });
});

afterAll(() => term?.close());

/**
 * Lines the terminal had to wrap at its edge, which cut a word in two: the program's own lines
 * (capture-pane -J) wider than the terminal. Only a single word longer than a line (a URL) may be.
 */
function cutAtTheEdge(joined: string, width: number): string[] {
  return joined.split('\n').filter((line) => [...line].length > width && /\s/.test(line.trim()));
}

/** The screen's text with its line breaks as spaces: a wrapped sentence reads whole. */
const flat = (screen: string) => screen.replace(/\s+/g, ' ');

/** The rows of a section: from its heading to the next blank-line-and-heading. */
function section(screen: string, heading: RegExp): string[] {
  const rows = screen.split('\n');
  const start = rows.findIndex((row) => heading.test(row));
  const rest = rows.slice(start + 2);
  const end = rest.findIndex((row, i) => row === '' && i + 1 < rest.length && /^\S/.test(rest[i + 1]!));
  return rest.slice(0, end < 0 ? undefined : end).filter((row) => row !== '');
}

describe.skipIf(!HAVE_TMUX)('lists wrap at the terminal width (item 1)', () => {
  it.each(MATRIX)(
    '%s at %i columns: show, checklist, list and status',
    async (lang, width) => {
      const env = envFor(lang);
      const runs = await Promise.all(
        [
          ['show', 'imss_enrollment', '--no-pager'],
          ['checklist', 'rfc_registration'],
          ['list', 'mexico'],
          ['status'],
        ].map((args) => term.run({ args, env, width })),
      );
      const [show, checklist, list, status] = runs;
      for (const run of runs) {
        expect(run!.code).toBe(0);
        expect(cutAtTheEdge(run!.joined, width)).toEqual([]);
      }
      // show: every step's continuation rows stand under its text, after "1. [X]  " (or a skipped
      // step's "3. [-] ", which the renderer spaces one narrower).
      const steps = section(
        show!.screen,
        lang === 'es' ? /^Pasos \(hechos: 2 de 8\)$/ : /^Steps \(2 of 8 done\)$/,
      );
      expect(steps.length).toBeGreaterThan(8);
      let lead = 0;
      for (const row of steps) {
        const item = /^ {3}\d\. \[[ X-]\] +/.exec(row);
        if (item) lead = item[0].length;
        else expect(row.length - row.trimStart().length, row).toBe(lead);
      }
      // Never wider than 100 columns, even at 120: long lines are hard to read.
      expect(Math.max(...show!.screen.split('\n').map((row) => [...row].length))).toBeLessThanOrEqual(
        Math.min(width, 100),
      );
      // checklist: an item's next rows start under its text; its notes and warnings under them.
      const rows = checklist!.screen.split('\n');
      const items = rows.filter((row) => /^\[[ x-]\] d\d/.test(row));
      expect(items).toHaveLength(6);
      const first = rows.indexOf(items[0]!);
      for (const row of rows.slice(first, rows.indexOf(items[5]!) + 1))
        expect(row).toMatch(/^\[[ x-]\] d\d {3}\S| {9}\S| {10}(! )?\S| {12}\S/);
      // Each warning once on the screen (item 5): inline, not again on stderr.
      const warning = lang === 'es' ? /fecha de obtención 2026-07-18;/g : /obtained 2026-07-18, older than/g;
      expect(flat(checklist!.joined).match(warning) ?? []).toHaveLength(1);
      // list: every guide id whole on one row, whatever the width.
      const ids = (
        JSON.parse(
          (await tramit(['list', 'mexico', '--json'], { env: { TRAMIT_LANG: lang } })).stdout,
        ) as Array<{
          id: string;
        }>
      ).map((g) => g.id);
      expect(ids.length).toBeGreaterThan(10);
      for (const id of ids) expect(list!.screen).toMatch(new RegExp(`— ${id}( |$)`, 'm'));
      // status: its warning wrapped under "! ".
      const bang = status!.screen.split('\n').findIndex((row) => row.startsWith('  ! '));
      expect(bang).toBeGreaterThan(0);
      if ([...status!.joined.split('\n').find((l) => l.startsWith('  ! '))!].length > width)
        expect(status!.screen.split('\n')[bang + 1]).toMatch(/^ {4}\S/);
    },
    120_000,
  );

  it('shows a fallback notice once on the screen (item 5)', async () => {
    const run = await term.run({
      args: ['--lang', 'de', 'show', 'imss_enrollment', '--no-pager'],
      env: envFor('en'),
      width: 80,
    });
    expect(run.code).toBe(0);
    expect(run.joined.match(/not available in de/gi)).toHaveLength(1);
  }, 60_000);
});

describe.skipIf(!HAVE_TMUX)('yes or no in Spanish (item 2)', () => {
  it.each(MATRIX)(
    'reset in %s at %i columns answers with the language’s own yes',
    async (lang, width) => {
      const own = tempHome();
      await tramit(['check', 'imss_enrollment', 's1'], { home: own, env: { TRAMIT_NOW: NOW } });
      const session = term.start({
        args: ['reset', 'imss_enrollment'],
        env: { ...envFor(lang), TRAMIT_HOME: own },
        width,
      });
      const prompt = lang === 'es' ? '(s/N)' : '(y/N)';
      await term.until(session, 'the question', (screen) => screen.includes(prompt));
      term.keys(session, lang === 'es' ? 'sí' : 'y', 'Enter');
      expect(await term.exit(session)).toBe(0);
      const screen = term.screen(session, { joined: true });
      expect(screen).toContain(lang === 'es' ? '? Sí' : '? Yes');
      expect(screen).toContain(lang === 'es' ? 'Se olvidó tu avance' : 'Forgot your progress');
      expect(JSON.parse(readFileSync(join(own, 'progress.json'), 'utf8')).guides).toEqual({});
    },
    60_000,
  );

  it('walk --restart in Spanish takes "s" and starts over', async () => {
    const own = tempHome();
    await tramit(['check', 'imss_enrollment', 's1', 's2'], { home: own, env: { TRAMIT_NOW: NOW } });
    const session = term.start({
      args: ['walk', 'imss_enrollment', '--restart'],
      env: { ...envFor('es'), TRAMIT_HOME: own },
      width: 80,
    });
    await term.until(session, 'the question', (screen) => screen.includes('(s/N)'));
    term.keys(session, 's', 'Enter');
    await term.until(
      session,
      'step 1',
      (screen) => screen.includes('Paso 1 de 8') && screen.includes('moverte'),
    );
    expect(term.screen(session)).toContain('Empezando de nuevo en el paso 1');
    // Salir: Hecho, Omitir, Atrás (disabled), Agregar una nota, Salir.
    term.keys(session, 'Down', 'Down', 'Down', 'Enter');
    expect(await term.exit(session)).toBe(0);
  }, 60_000);

  it('asks again, in Spanish, when the answer is neither', async () => {
    const own = tempHome();
    await tramit(['check', 'imss_enrollment', 's1'], { home: own, env: { TRAMIT_NOW: NOW } });
    const session = term.start({
      args: ['reset', '--all'],
      env: { ...envFor('es'), TRAMIT_HOME: own },
      width: 60,
    });
    await term.until(session, 'the question', (screen) => screen.includes('(s/N)'));
    term.keys(session, 'x', 'Enter');
    await term.until(session, 'the reminder', (screen) => screen.includes('Responde s (sí) o n (no)'));
    term.keys(session, 'BSpace', 'n', 'Enter');
    expect(await term.exit(session)).toBe(0);
    expect(term.screen(session)).toContain('No se cambió nada.');
  }, 60_000);
});

describe.skipIf(!HAVE_TMUX)('checklist -i (items 4 and 7)', () => {
  it.each(MATRIX)(
    '%s at %i columns: held documents start ticked, and a count is echoed',
    async (lang, width) => {
      const own = tempHome();
      await tramit(['check', 'imss_enrollment', 'd5', '--date', '2026-10-01'], {
        home: own,
        env: { TRAMIT_NOW: NOW },
      });
      const session = term.start({
        args: ['checklist', 'rfc_registration', '-i'],
        env: { ...envFor(lang), TRAMIT_HOME: own },
        width,
        height: 30,
      });
      const held =
        lang === 'es' ? '◉ Comprobante de domicilio (en tu cartera)' : '◉ Proof of address (in your wallet)';
      await term.until(session, 'the checkbox', (screen) => screen.includes(held));
      expect(term.screen(session)).toMatch(/◯ CURP/);
      term.keys(session, 'Enter');
      expect(await term.exit(session)).toBe(0);
      const screen = term.screen(session, { joined: true });
      // The prompt wraps its own answer line to the terminal: words may stand on the next row.
      expect(screen).toMatch(lang === 'es' ? /marcados:\s+1\s+de\s+6/ : /1\s+of\s+6\s+ticked/);
      // Not every ticked document with its note, joined by commas.
      expect(screen).not.toMatch(/original de tu domicilio fiscal.*, |proof of your tax address.*, /);
      expect(screen).toMatch(/\[x\] d4 {3}(Comprobante de domicilio|Proof of address)/);
      // Held in the wallet, it was not marked done in this guide: the wallet decides.
      const saved = JSON.parse(readFileSync(join(own, 'progress.json'), 'utf8')) as {
        guides: Record<string, { documents: Array<{ state: string }> }>;
      };
      expect(
        (saved.guides['mexico-rfc_registration']?.documents ?? []).filter((d) => d.state === 'done'),
      ).toEqual([]);
    },
    60_000,
  );
});

describe.skipIf(!HAVE_TMUX)('walk comes back without the introduction (item 6)', () => {
  it.each(MATRIX)(
    '%s at %i columns',
    async (lang, width) => {
      const session = term.start({ args: ['walk', 'imss_enrollment'], env: envFor(lang), width });
      const step = lang === 'es' ? 'Paso 4 de 8' : 'Step 4 of 8';
      const help = lang === 'es' ? 'moverte' : 'navigate';
      await term.until(session, 'step 4', (screen) => screen.includes(step) && screen.includes(help));
      const screen = term.screen(session, { joined: true });
      const text = flat(screen);
      if (lang === 'es') {
        expect(text).toContain('Qué es y quién lo necesita: `tramit show mexico/inscripcion_al_imss`');
        expect(text).toContain('Terminaste 2 de 8 pasos y omitiste 1; sigues en el paso 4.');
        expect(text).not.toContain('¿Quién lo necesita?');
      } else {
        expect(text).toContain('What it is and who needs it: `tramit show mexico/imss_enrollment`');
        expect(text).toContain('You finished 2 of 8 steps and skipped 1; continuing at step 4.');
        expect(text).not.toContain('Who needs it?');
      }
      expect(cutAtTheEdge(screen, width)).toEqual([]);
      // Back to the skipped step 3 (Done, Skip, Back): its state is said in colour, not as codes.
      term.keys(session, 'Down', 'Down', 'Enter');
      const back = lang === 'es' ? 'Marcado como omitido el 2026-11-25.' : 'Marked skipped on 2026-11-25.';
      await term.until(
        session,
        'step 3 again',
        (text) => text.includes(back) && text.slice(text.indexOf(back)).includes(help),
      );
      expect(term.screen(session)).not.toContain('␛');
      // Quit: Done, Skip, Not yet, Back, Add a note, Quit.
      term.keys(session, 'Down', 'Down', 'Down', 'Down', 'Down', 'Enter');
      expect(await term.exit(session)).toBe(0);
    },
    60_000,
  );
});

describe.skipIf(!HAVE_TMUX)('less reads UTF-8 whatever the locale (item 12)', () => {
  it.each([
    ['a locale that is not installed', {}, 'Afíliate por tu cuenta'],
    ['LESSCHARSET set by the user', { LESSCHARSET: 'ascii' }, 'Af<C3><AD>liate'],
  ])(
    '%s',
    async (_name, extra, expected) => {
      const session = term.start({
        args: ['show', 'inscripcion_al_imss'],
        env: { ...envFor('es'), LANG: 'es_MX.UTF-8', ...extra },
        width: 80,
        height: 24,
      });
      await term.until(session, 'the pager', (screen) => screen.includes(expected));
      term.keys(session, 'q');
      expect(await term.exit(session)).toBe(0);
    },
    60_000,
  );
});
