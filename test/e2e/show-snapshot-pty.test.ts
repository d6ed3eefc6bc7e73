import { execFileSync, spawnSync } from 'node:child_process';
import * as Module from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { tramit } from '../helpers/cli.js';
import { BIN, FIXTURES, HAVE_TMUX } from '../helpers/paths.js';

/**
 * `show` of bundled guides, byte for byte, in a colour terminal and piped, against snapshots in
 * test/fixtures/show/. Start-up work (stubbed packages in the bundle, code caches) must never change
 * what a user sees; a deliberate change of the output updates the snapshots (`npx vitest run -u`).
 *
 * Fixed for every machine: 100 columns, TERM=xterm-256color and nothing else from the environment
 * (no locale, no COLORTERM/CI/FORCE_COLOR that would move chalk's colour level), the date, the
 * interface language, an empty home.
 */
const dir = mkdtempSync(join(tmpdir(), 'tramit-show-snap-'));
const socket = join(dir, 'tmux.sock');
const home = join(dir, 'home');
mkdirSync(home);
const NOW = '2026-12-01T12:00:00Z';
const tmuxEnv = { ...process.env, TMUX: undefined };
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env: tmuxEnv });
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
// tmux's server exits with its last session: a session started while it shuts down fails ("server
// exited unexpectedly"). One idle session keeps it up between the measured ones.
let keeper = false;
function keepServer(): void {
  if (keeper) return;
  tmux('new-session', '-d', '-s', 'keeper', 'sleep 600');
  keeper = true;
}
// Printed by the shell after tramit exits: everything before it is what tramit wrote.
const END = '\u0007tramit-snapshot-end\u0007';

// The last one is ours, not bundled: it holds what bundled guides never do (code blocks, which
// marked-terminal highlights, tables, emoji shortcodes), so the renderer's rarely used parts are
// held to their output too.
const GUIDES = [
  { name: 'imss_enrollment.en', id: 'mexico/imss_enrollment', ui: 'en', roots: [] },
  { name: 'inscripcion_al_imss.es', id: 'mexico/inscripcion_al_imss', ui: 'es', roots: [] },
  { name: 'anmeldung.de', id: 'germany/anmeldung', ui: 'en', roots: [] },
  { name: 'numero_de_utente.pt', id: 'portugal/numero_de_utente', ui: 'en', roots: [] },
  {
    name: 'code_and_tables.en',
    id: 'spain/code_and_tables',
    ui: 'en',
    roots: ['--no-bundled', '--guides-dir', join(FIXTURES, 'render')],
  },
];

async function until<T>(what: string, probe: () => T | null): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * The bytes `tramit show` writes to a 100-column terminal. tmux's pipe-pane copies what the pane's
 * program writes; the shell waits for the pipe to be open before starting tramit, and `stty -onlcr`
 * keeps the terminal from turning each \n into \r\n on the way.
 */
async function showInTerminal(
  session: string,
  id: string,
  ui: string,
  roots: string[],
  extraEnv: string[] = [],
  stderrFile?: string,
): Promise<string> {
  const go = join(dir, `${session}.go`);
  const out = join(dir, `${session}.out`);
  const env = [
    'env',
    '-i',
    `PATH=${quote(process.env.PATH ?? '/usr/bin:/bin')}`,
    'TERM=xterm-256color',
    `HOME=${quote(home)}`,
    `TRAMIT_HOME=${quote(home)}`,
    `TRAMIT_CACHE_DIR=${quote(join(dir, 'cache'))}`,
    `TRAMIT_NOW=${NOW}`,
    `TRAMIT_LANG=${ui}`,
    ...extraEnv,
  ].join(' ');
  const script = [
    `while [ ! -e ${quote(go)} ]; do sleep 0.05; done`,
    'stty -onlcr',
    `${env} ${quote(process.execPath)} ${quote(BIN)} ${roots.map(quote).join(' ')} show ${quote(id)} --no-pager${stderrFile ? ` 2> ${quote(stderrFile)}` : ''}`,
    `printf '%s' ${quote(END)}`,
    'sleep 30',
  ].join('; ');
  keepServer();
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '50', `sh -c ${quote(script)}`);
  tmux('pipe-pane', '-o', '-t', session, `cat > ${quote(out)}`);
  writeFileSync(go, '');
  const text = await until(`the end of \`show ${id}\``, () => {
    if (!existsSync(out)) return null;
    const bytes = readFileSync(out, 'utf8');
    return bytes.endsWith(END) ? bytes.slice(0, -END.length) : null;
  });
  tmux('kill-session', '-t', session);
  return text;
}

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

describe('show of guides, piped, is byte-identical to its snapshot', () => {
  it.each(GUIDES)('$id (interface $ui)', async ({ name, id, ui, roots }) => {
    const result = await tramit([...roots, 'show', id], { home, env: { TRAMIT_NOW: NOW, TRAMIT_LANG: ui } });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`../fixtures/show/${name}.piped.txt`);
  });
});

describe.skipIf(!HAVE_TMUX)('show of guides, in a colour terminal, is byte-identical to its snapshot', () => {
  it.each(GUIDES)(
    '$id (interface $ui)',
    async ({ name, id, ui, roots }) => {
      const text = await showInTerminal(name.replace(/\W/g, '-'), id, ui, roots);
      // A terminal run that fell back to plain text would pass against a wrong snapshot otherwise.
      expect(text).toContain('\u001b[');
      await expect(text).toMatchFileSnapshot(`../fixtures/show/${name}.terminal.txt`);
    },
    60_000,
  );
});

// Node ≥ 22.1 keeps compiled code itself (bin/compile-cache.cjs): the build's V8 cache is Node 20's.
const v8CodeCache = typeof (Module as { enableCompileCache?: unknown }).enableCompileCache !== 'function';

describe.skipIf(!HAVE_TMUX || !v8CodeCache)('show in a colour terminal', () => {
  it('compiles every chunk it loads, the colour renderer included, from the code cache the build made', async () => {
    const report = join(dir, 'code-cache.txt');
    const text = await showInTerminal(
      'cache',
      'mexico/imss_enrollment',
      'en',
      [],
      ['TRAMIT_CODE_CACHE_REPORT=1'],
      report,
    );
    expect(text).toContain('\u001b[');
    expect(readFileSync(report, 'utf8')).toMatch(/^code cache: \d+ used, 0 rejected, 0 missing$/m);
  }, 60_000);
});
