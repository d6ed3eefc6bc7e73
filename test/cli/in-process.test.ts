import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { PROCESS, runtime } from '../../src/runtime.js';
import { tempHome, tramit } from '../helpers/cli.js';
import { FIXED_NOW, runEnv } from '../helpers/run-cli.js';

/**
 * The in-process runs the CLI tests rely on: each run is what a process of its own would be,
 * and leaves nothing behind for the next one in the same test file.
 */
describe('runs in one process', () => {
  it('say a settings problem in every run, not only the first', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'config.json'), JSON.stringify({ lang: 42 }));
    for (const run of [1, 2]) {
      const result = await tramit(['list', 'mexico'], { home });
      expect(result.code, `run ${run}`).toBe(0);
      expect(result.stderr, `run ${run}`).toContain('"lang" should be');
    }
  });

  it('keep --no-color and the interface language to their own run', async () => {
    const colour = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '1';
    try {
      expect((await tramit(['--no-color', '--lang', 'es', 'status'])).stdout).toContain('Todavía no');
      expect(process.env.FORCE_COLOR).toBe('1');
    } finally {
      if (colour === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = colour;
    }
    expect((await tramit(['--help'])).stdout).toContain('Usage:');
  });

  it('read the environment they are given, not the test process', async () => {
    process.env.TRAMIT_LANG = 'es';
    try {
      expect((await tramit(['--help'])).stdout).toContain('Usage:');
    } finally {
      delete process.env.TRAMIT_LANG;
    }
  });

  it('print nothing of their own: the output is the run’s, and the process runtime is back after it', async () => {
    const result = await tramit(['status', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(runtime()).toBe(PROCESS);
  });

  it('see the fixed clock unless TRAMIT_NOW says otherwise', async () => {
    const home = tempHome();
    await tramit(['wallet', 'add', 'passport'], { home });
    await tramit(['wallet', 'add', 'birth certificate'], {
      home,
      env: { TRAMIT_NOW: '2026-02-03T10:00:00Z' },
    });
    const wallet = (await tramit(['wallet', '--json'], { home })).stdout;
    expect(wallet).toContain(FIXED_NOW.toISOString().slice(0, 10));
    expect(wallet).toContain('2026-02-03');
  });

  it('one at a time: a second run while one is going is refused, not mixed with it', async () => {
    const first = tramit(['list', 'mexico']);
    await expect(
      main(['node', 'tramit', 'list'], {
        env: runEnv({}),
        write: () => undefined,
        terminals: null,
        size: null,
        now: () => FIXED_NOW,
      }),
    ).rejects.toThrow('one command at a time');
    expect((await first).code).toBe(0);
  });
});
