import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary } from '../../bench/generate-library.mjs';
import { tempHome } from '../helpers/cli.js';
import { HAVE_TMUX } from '../helpers/paths.js';
import { NOW, SCREEN_MATRIX as MATRIX, Terminal } from '../helpers/tmux.js';

/**
 * Issue 18, item 14 in a real terminal: the progress line of a first index, at 60, 80 and 120
 * columns, in Spanish and in English. A file of its own (from terminal-ux-pty.test.ts): indexing
 * takes most of these tests' time, which then overlaps with the other screens'.
 */

let term: Terminal;
let home: string;

const envFor = (lang: string) => ({ TRAMIT_HOME: home, TRAMIT_LANG: lang, TRAMIT_NOW: NOW });

beforeAll(() => {
  if (!HAVE_TMUX) return;
  term = new Terminal();
  home = tempHome();
});

afterAll(() => term?.close());

describe.skipIf(!HAVE_TMUX)('a progress line while indexing (item 14)', () => {
  const library = mkdtempSync(join(tmpdir(), 'tramit-pty-lib-'));
  beforeAll(() => generateLibrary(library, 300));

  it.each(MATRIX)(
    '%s at %i columns: read / total, then done; nothing with --json',
    async (lang, width) => {
      const fresh = () => mkdtempSync(join(tmpdir(), 'tramit-pty-idx-'));
      const args = ['--no-bundled', '--guides-dir', library, 'countries'];
      const env = (extra: Record<string, string>) => ({
        ...envFor(lang),
        TRAMIT_PROGRESS_DELAY_MS: '0',
        ...extra,
      });
      const [text, json] = await Promise.all([
        term.run({ args, env: env({ TRAMIT_CACHE_DIR: fresh() }), width }),
        term.run({ args: [...args, '--json'], env: env({ TRAMIT_CACHE_DIR: fresh() }), width }),
      ]);
      expect(text.code).toBe(0);
      expect(text.joined).toMatch(
        lang === 'es'
          ? /^tramit: índice listo: 300 archivos leídos en \d+\.\d s$/m
          : /^tramit: index ready: 300 files read in \d+\.\d s$/m,
      );
      expect(json.code).toBe(0);
      expect(json.joined).not.toMatch(/índice|index ready|reading guides|leyendo/);
      expect(JSON.parse(json.joined.replace(/^EXIT.*$/m, '')) as unknown[]).not.toHaveLength(0);
    },
    120_000,
  );
});
