import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, HAVE_TMUX } from '../helpers/paths.js';

/**
 * A new user's path, in a real bash in a pseudo-terminal (tmux): load the completion the README
 * shows, add a second guide folder, then press Tab to complete a guide id from it.
 */
const dir = mkdtempSync(join(tmpdir(), 'tramit-tab-'));
const socket = join(dir, 'tmux.sock');
const env = { ...process.env, TMUX: undefined };
const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-S', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env });
const screen = (session = 'tab') => tmux('capture-pane', '-p', '-J', '-t', session);

async function until(what: string, test: (text: string) => boolean, session = 'tab'): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const text = screen(session);
    if (test(text)) return text;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen shows:\n${text}`);
    await sleep(100);
  }
}

afterAll(() => {
  spawnSync('tmux', ['-S', socket, 'kill-server']);
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!HAVE_TMUX)('Tab completion in bash', () => {
  it('completes a guide id from an added guide folder', async () => {
    expect(spawnSync('tmux', ['-V']).status, 'this test needs tmux: apt-get install tmux').toBe(0);
    const bin = join(dir, 'bin');
    const library = join(dir, 'community', 'es', 'peru');
    execFileSync('mkdir', ['-p', bin, library]);
    writeFileSync(join(bin, 'tramit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, {
      mode: 0o755,
    });
    writeFileSync(
      join(library, 'renovacion_de_pasaporte.md'),
      '---\ntitle: Renovar el pasaporte\ndescription: d\ndate: 2025-01-01\ncategories: [Perú]\ntranslationKey: peru-passport_renewal\n---\n## Procedimiento\n1. Pedir cita.\n',
    );
    const rc = join(dir, 'bashrc');
    writeFileSync(
      rc,
      `PS1='$ '\nexport PATH=${bin}:$PATH TRAMIT_HOME=${join(dir, 'home')} TRAMIT_CACHE_DIR=${join(dir, 'cache')}\n`,
    );
    tmux('new-session', '-d', '-s', 'tab', '-x', '120', '-y', '30', `bash --rcfile ${rc} --noprofile -i`);
    await until('the prompt', (t) => t.includes('$ '));
    tmux(
      'send-keys',
      '-t',
      'tab',
      `tramit sources add ${join(dir, 'community')} && source <(tramit completion bash) && echo READY`,
      'Enter',
    );
    await until('the folder to be added', (t) => t.includes('READY'));
    tmux('send-keys', '-t', 'tab', 'tramit show peru/renov', 'Tab');
    const text = await until('the completed id', (t) =>
      t.includes('tramit show peru/renovacion_de_pasaporte'),
    );
    expect(text).toContain('Added ');
    tmux('send-keys', '-t', 'tab', 'Enter');
    await until('the guide to be shown', (t) => t.includes('Renovar el pasaporte'));
  }, 60_000);

  it('completes an id holding shell syntax to one literal word: Enter runs nothing hidden in it', async () => {
    const bin = join(dir, 'bin2');
    const cwd = join(dir, 'cwd');
    const library = join(dir, 'hostile', 'es', 'peru');
    execFileSync('mkdir', ['-p', bin, library, cwd]);
    writeFileSync(join(bin, 'tramit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, {
      mode: 0o755,
    });
    writeFileSync(
      join(library, 'nie$(touch PWNED).md'),
      '---\ntitle: Pedir el NIE\ndescription: d\ndate: 2025-01-01\ncategories: [Perú]\ntranslationKey: peru-nie\n---\n## Procedimiento\n1. Pedir cita.\n',
    );
    const rc = join(dir, 'bashrc2');
    writeFileSync(
      rc,
      `PS1='$ '\ncd ${cwd}\nexport PATH=${bin}:$PATH TRAMIT_HOME=${join(dir, 'home2')} TRAMIT_CACHE_DIR=${join(dir, 'cache2')}\n`,
    );
    tmux('new-session', '-d', '-s', 'evil', '-x', '150', '-y', '30', `bash --rcfile ${rc} --noprofile -i`);
    await until('the prompt', (t) => t.includes('$ '), 'evil');
    tmux(
      'send-keys',
      '-t',
      'evil',
      `tramit sources add ${join(dir, 'hostile')} && source <(tramit completion bash) && echo READY`,
      'Enter',
    );
    await until('the folder to be added', (t) => t.includes('READY'), 'evil');
    tmux('send-keys', '-t', 'evil', 'tramit show peru/nie', 'Tab');
    await until('the completed id', (t) => t.includes('tramit show peru/nie\\$\\(touch\\ PWNED\\)'), 'evil');
    tmux('send-keys', '-t', 'evil', 'Enter');
    await until('the guide to be shown', (t) => t.includes('Pedir el NIE'), 'evil');
    expect(existsSync(join(cwd, 'PWNED'))).toBe(false);
  }, 60_000);
});
