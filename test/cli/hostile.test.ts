/* eslint-disable no-control-regex -- these tests are about control characters */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit, tramitProcess } from '../helpers/cli.js';
import { BIN } from '../helpers/paths.js';

/** Tests for issue 14: hostile input, shell safety, exit codes and a cache that cannot go stale. */

const guide = (slug: string, title: string, key = `peru-${slug}`, extra = '') =>
  `---\ntitle: ${title}\ndescription: d\ndate: 2025-01-01\ncategories: [Peru]\ntranslationKey: ${key}\n${extra}---\n## Procedure\n1. First step of ${title}.\n2. Second step.\n3. Third step.\n## Required documents\n- Passport - original\n`;

function library(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tramit-i14-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/**
 * One cache folder per test: cache files are what these tests damage. `inProcess: false` runs the
 * binary, for what may hang (a FIFO opened by mistake would block this process for good): a run
 * that has not ended within `HANG` is killed, and its exit code is then null.
 */
function runner(root: string, { inProcess = true } = {}) {
  const cache = mkdtempSync(join(tmpdir(), 'tramit-i14-cache-'));
  const home = tempHome();
  const run = async (args: string[], env: Record<string, string | undefined> = {}) => {
    const options = { home, env: { TRAMIT_CACHE_DIR: cache, ...env } };
    const argv = ['--no-bundled', '--guides-dir', root, ...args];
    return inProcess ? await tramit(argv, options) : tramitProcess(argv, { ...options, timeout: HANG });
  };
  return { cache, home, run };
}

/** Long enough for any machine to finish; a run still going then is stuck. */
const HANG = 15_000;

/** Runs a shell pipeline with the built tramit as `T`, and returns the pipeline's exit status. */
function pipeline(script: string, env: Record<string, string> = {}) {
  const result = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {
    env: {
      PATH: process.env.PATH ?? '',
      T: `${process.execPath} ${BIN}`,
      TRAMIT_HOME: tempHome(),
      ...env,
    },
    encoding: 'utf8',
  });
  return result;
}

describe('item 1: completion gives every id as one literal word, in each shell', () => {
  const ids = ['nie$(touch PWNED)', "it's `id` *", 'two\nlines'];
  const root = library(
    Object.fromEntries(ids.map((slug, i) => [`es/peru/${slug}.md`, guide(`k${i}`, `Guía ${i}`)])),
  );
  const bin = mkdtempSync(join(tmpdir(), 'tramit-i14-bin-'));
  const cwd = mkdtempSync(join(tmpdir(), 'tramit-i14-cwd-'));
  writeFileSync(
    join(bin, 'tramit'),
    `#!/bin/sh\nexec "${process.execPath}" "${BIN}" --no-bundled --guides-dir "${root}" "$@"\n`,
    { mode: 0o755 },
  );
  const shellRun = async (shell: string, body: string) => {
    const script = `${(await tramit(['completion', shell])).stdout}\n${body}`;
    const result = spawnSync(shell, ['-c', script], {
      cwd,
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        HOME: cwd,
        XDG_CONFIG_HOME: join(cwd, '.config'),
        XDG_DATA_HOME: join(cwd, '.config'),
        LANG: 'C.UTF-8',
        TRAMIT_HOME: tempHome(),
        TRAMIT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'tramit-i14-cache-')),
      },
    });
    expect(existsSync(join(cwd, 'PWNED'))).toBe(false);
    return result.stdout.split('\0').slice(0, -1).sort();
  };
  const expected = ids.map((slug) => `peru/${slug}`).sort();
  const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

  it('bash: each COMPREPLY word, read by bash, is the id; nothing runs', async () => {
    const words = await shellRun(
      'bash',
      `COMP_WORDS=(tramit show peru/); COMP_CWORD=2; _tramit
for word in "\${COMPREPLY[@]}"; do eval "printf '%s\\0' $word"; done`,
    );
    expect(words).toEqual(expected);
  });

  it.skipIf(!hasShell('zsh'))('zsh: compadd gets each id as one word', async () => {
    const words = await shellRun(
      'zsh',
      `compadd() { printf '%s\\0' "\${(@P)\${@[-1]}}" }
words=(tramit show peru/); CURRENT=3; _tramit`,
    );
    expect(words).toEqual(expected);
  });

  it.skipIf(!hasShell('fish'))('fish: complete gets each id as one candidate', async () => {
    const words = await shellRun(
      'fish',
      `function commandline
  switch $argv[1]
    case -opc; printf '%s\\n' tramit show
    case -ct; echo peru/
  end
end
for word in (__tramit_complete); printf '%s\\0' $word; end`,
    );
    expect(words).toEqual(expected);
  });
});

describe('item 2: every printed value goes through the sanitizer', () => {
  const root = library({ 'en/peru/alpha.md': guide('alpha', 'Alpha') });
  const { run } = runner(root);
  const hostile = '\u001b]0;owned\u0007\u001b[2J\u202eevil';

  it.each([
    ['an unknown guide', ['show', hostile]],
    ['an unknown country', ['list', hostile]],
    ['a search query', ['search', hostile]],
    ['a search query, as JSON', ['search', hostile, '--json']],
    ['an item reference', ['check', 'alpha', hostile]],
    ['an unknown command', [hostile]],
    ['an unknown option', ['list', `--${hostile}`]],
    ['a settings key', ['config', 'get', hostile]],
  ])('%s echoed back carries no escape or bidi control', async (_name, args) => {
    const result = await run(args);
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toContain('\u001b');
      expect(text).not.toMatch(/[\u0007\u202a-\u202e]/);
    }
  });

  it('values from a hand-edited store: sanitized in text, kept exactly in JSON as \\u escapes', async () => {
    const home = tempHome();
    const saved = {
      version: 1,
      guides: {
        'peru-gone': {
          guideId: 'peru/gone\u001b]0;owned\u0007',
          lang: 'en',
          title: 'Gone \u202etitle\u009b31m',
          startedAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          steps: [],
          documents: [],
        },
      },
      wallet: {},
    };
    writeFileSync(join(home, 'progress.json'), JSON.stringify(saved));
    const text = await tramit(['--no-bundled', '--guides-dir', root, 'status'], { home });
    const json = await tramit(['--no-bundled', '--guides-dir', root, 'status', '--json'], { home });
    for (const result of [text, json]) {
      expect(result.code).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(/[\u001b\u0007\u0080-\u009f\u202a-\u202e]/);
    }
    expect(text.stdout).toContain('Gone title');
    expect(json.stdout).toContain('\\u202e');
    const row = (JSON.parse(json.stdout) as Array<{ title: string; id: string }>)[0]!;
    expect([row.id, row.title]).toEqual([saved.guides['peru-gone'].guideId, saved.guides['peru-gone'].title]);
  });
});

describe('item 3: pipes and devices named like guides are never opened', () => {
  const root = library({ 'en/peru/alpha.md': guide('alpha', 'Alpha') });
  const fifo = join(root, 'en', 'peru', 'waiting.fifo.md');
  execFileSync('mkfifo', [fifo]);
  symlinkSync(fifo, join(root, 'en', 'peru', 'link_to_fifo.md'));
  const { run } = runner(root, { inProcess: false });

  it('validate skips a FIFO given by name, with a warning, at once', async () => {
    // A run that opened the FIFO would wait for a writer until killed, and exit with no code.
    const result = await run(['validate', fifo]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`${fifo}: not a regular file (a pipe, device or socket), skipped`);
  });

  it('list and validate of the folder skip the FIFO and a link to it with a warning', async () => {
    for (const args of [
      ['list', 'peru'],
      ['validate', root],
    ]) {
      const result = await run(args);
      expect(result.stderr).toContain('waiting.fifo.md: not a regular file');
      expect(result.stderr).toContain('link_to_fifo.md: not a regular file');
      expect(result.stdout).toContain('alpha');
    }
  });
});

describe('item 4: long search queries', () => {
  const root = library({ 'en/peru/alpha.md': guide('alpha', 'Alpha') });
  const { run } = runner(root);

  it('a 70,000-character word is cut, said so, and answered', async () => {
    const result = await run(['search', 'a'.repeat(70_000)]);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('the search words were cut to their first 200 characters');
  });

  it('many words are answered too, and a match in the first ones still counts', async () => {
    const result = await run(['search', 'alpha', ...Array.from({ length: 5000 }, (_, i) => `w${i}`)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Alpha');
  });
});

describe('item 5: a damaged cache is rebuilt, silently', () => {
  const setup = async () => {
    const root = library({
      'en/peru/alpha.md': guide('alpha', 'Alpha'),
      'en/peru/beta.md': guide('beta', 'Beta'),
    });
    const r = runner(root);
    await r.run(['search', 'alpha']);
    const rootFile = (suffix: string) => {
      const name = readdirSync(join(r.cache, 'roots')).find(
        (f) => f.endsWith('.json') && !f.includes('.details') && !f.includes('.search'),
      )!;
      return join(r.cache, 'roots', name.replace(/\.json$/, suffix));
    };
    const searchFile = join(
      r.cache,
      readdirSync(r.cache).find((f) => f.startsWith('search-'))!,
    );
    return { ...r, rootFile, searchFile };
  };

  it('one changed byte in the root index: list, check and search still answer', async () => {
    const { run, rootFile } = await setup();
    const file = rootFile('.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('Alpha', 'Alphz'));
    for (const [args, expected] of [
      [['list', 'peru'], 'Alpha'],
      [['check', 'alpha', 's1'], '[x] s1'],
      [['search', 'alpha'], 'Alpha'],
    ] as const) {
      const result = await run([...args]);
      expect([args[0], result.code, result.stderr]).toEqual([args[0], 0, '']);
      expect(result.stdout).toContain(expected);
      expect(result.stdout).not.toContain('Alphz');
    }
  });

  it('`details: null` in the details file: status still answers', async () => {
    const { run, rootFile } = await setup();
    await run(['check', 'alpha', 's1']);
    const file = rootFile('.details.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"details":\[.*\]\}$/s, '"details":null}'));
    const result = await run(['status']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toMatch(/Alpha[\s\S]*1\/3/);
  });

  it('a `|` in the search cache: search still answers', async () => {
    const { run, searchFile } = await setup();
    // One byte of the index's term list: `beta|` becomes two terms, `b|ta|`.
    const text = readFileSync(searchFile, 'latin1');
    expect(text).toContain('beta|');
    writeFileSync(searchFile, text.replace('beta|', 'b|ta|'), 'latin1');
    const result = await run(['search', 'beta']);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toContain('Beta');
  });

  it('--verbose says so in one line; without it, nothing', async () => {
    const { run, rootFile } = await setup();
    const file = rootFile('.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Beta', 'Betz'));
    writeFileSync(rootFile('.search.json'), 'garbage');
    const result = await run(['--verbose', 'list', 'peru']);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^tramit: a damaged cache file was discarded and rebuilt: .*\.json$/),
    ]);
    expect((await run(['--help'])).stdout).toContain('--verbose');
  });
});

describe('item 6: the cache sees an edit that kept the size and the modification time', () => {
  it('list and search show the new text after `touch -r`', async () => {
    const root = library({ 'en/peru/alpha.md': guide('alpha', 'Old title Alpha') });
    const { run } = runner(root);
    const path = join(root, 'en', 'peru', 'alpha.md');
    // The file is older than the window in which a stamp is not yet trusted (see stamp.ts).
    const past = new Date(Date.now() - 60_000);
    utimesSync(path, past, past);
    const reference = join(root, 'reference');
    writeFileSync(reference, '');
    utimesSync(reference, past, past);
    expect((await run(['list', 'peru'])).stdout).toContain('Old title Alpha');
    expect((await run(['search', 'old'])).stdout).toContain('Old title Alpha');
    const before = statSync(path);
    writeFileSync(path, guide('alpha', 'New title Alpha'));
    execFileSync('touch', ['-r', reference, path]);
    expect(statSync(path).size).toBe(before.size);
    expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
    expect((await run(['list', 'peru'])).stdout).toContain('New title Alpha');
    expect((await run(['search', 'new'])).stdout).toContain('New title Alpha');
  });
});

describe('item 8: a closed pipe keeps the exit code the command earned', () => {
  /** A reader that is gone before tramit writes: its first write meets EPIPE. */
  const CLOSED = '{ exec 0<&-; sleep 1; }';

  it('show of an unknown guide, stderr into a closed pipe: exit 2', () => {
    const result = pipeline(`$T show nonexistent_guide_zz 2>&1 | ${CLOSED}; echo "code=\${PIPESTATUS[0]}"`);
    expect(result.stdout.trim()).toBe('code=2');
  });

  it('validate with errors into `head -1`: exit 1', () => {
    // More output than a pipe holds, so that tramit writes after head is gone.
    const files = Object.fromEntries(
      Array.from({ length: 1500 }, (_, i) => [`en/peru/bad_${i}.md`, 'no front matter\n']),
    );
    const dir = library(files);
    const result = pipeline(`$T validate ${dir} | head -1 >/dev/null; echo "code=\${PIPESTATUS[0]}"`);
    expect(result.stdout.trim()).toBe('code=1');
  });

  it('a listing into a closed pipe still ends with 0', () => {
    const result = pipeline(`$T list mexico | ${CLOSED}; echo "code=\${PIPESTATUS[0]}"`);
    expect(result.stdout.trim()).toBe('code=0');
  });
});

describe('item 9: two guides of one language with the same translationKey', () => {
  const root = library({
    'es/peru/primera.md': guide('primera', 'Primera guía', 'peru-clash'),
    'es/peru/segunda.md': guide('segunda', 'Segunda guía', 'peru-clash'),
  });
  const { run } = runner(root);

  it('both stay reachable by id, and both are listed', async () => {
    for (const lang of [[], ['--lang', 'es']]) {
      expect((await run([...lang, 'show', 'peru/primera'])).stdout).toContain('Primera guía');
      expect((await run([...lang, 'show', 'peru/segunda'])).stdout).toContain('Segunda guía');
    }
    const listed = await run(['list', 'peru']);
    expect(listed.stdout).toContain('Primera guía');
    expect(listed.stdout).toContain('Segunda guía');
    expect(listed.stderr).toContain('translation key peru-clash (es) is also used by');
  });

  it('validate reports the clash as an error naming both files', async () => {
    const result = await run(['validate', root]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /primera\.md:1: error: translationKey "peru-clash" is also used by .*segunda\.md/,
    );
    expect(result.stdout).toMatch(
      /segunda\.md:1: error: translationKey "peru-clash" is also used by .*primera\.md/,
    );
  });
});

describe('item 10: export and new refuse what they should', () => {
  const root = library({ 'en/peru/alpha.md': guide('alpha', 'Alpha') });
  const { run } = runner(root);

  it("export -o '' is a usage error", async () => {
    const result = await run(['export', 'alpha', '-o', '']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the file name after -o is empty');
  });

  it('export and new refuse a dangling symlink without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tramit-i14-links-'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'out.txt'));
    const exported = await run(['export', 'alpha', '-o', join(dir, 'out.txt')]);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('already exists');
    expect(existsSync(join(dir, 'nowhere.txt'))).toBe(false);
    mkdirSync(join(dir, 'en', 'peru'), { recursive: true });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'en', 'peru', 'new_one.md'));
    const created = await run(['new', 'peru/new_one', '--dir', dir]);
    expect(created.code).toBe(2);
    expect(created.stderr).toContain('already exists');
    expect(existsSync(join(dir, 'nowhere.md'))).toBe(false);
    expect((await run(['export', 'alpha', '-o', join(dir, 'out.txt'), '--force'])).code).toBe(0);
  });
});

describe('item 11: silent acceptance', () => {
  const root = library({
    'en/peru/alpha.md': guide('alpha', 'Alpha'),
    'en/peru/feb.md': guide('feb', 'Feb').replace('date: 2025-01-01', 'date: 2026-02-30'),
    'en/peru/complex.md': guide('complex', 'Complex', 'peru-complex', '? [a, b]\n: c\n'),
  });
  const { run } = runner(root);

  it('validate --strict rejects an impossible date', async () => {
    const result = await run(['validate', '--strict', join(root, 'en', 'peru', 'feb.md')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('date "2026-02-30" is not a real calendar date');
  });

  it('--date 0000-01-01 is refused', async () => {
    const result = await run(['check', 'alpha', 'd1', '--date', '0000-01-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('0000-01-01');
  });

  it('check s1-d3 is a usage error, and nothing is saved', async () => {
    const result = await run(['check', 'alpha', 's1-d3']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"s1-d3" mixes steps and documents');
    expect((await run(['status'])).stdout).not.toContain('Alpha');
  });

  it("a YAML complex key gets tramit's warning with its line, not Node's", async () => {
    const result = await run(['validate', join(root, 'en', 'peru', 'complex.md')]);
    expect(result.stderr).not.toMatch(/\(node:\d+\)|Warning: Keys with collection values/);
    expect(result.stdout).toMatch(
      /complex\.md:7: warning: a front matter key on this line is a list or a map/,
    );
    expect((await run(['list', 'peru'])).stderr).not.toMatch(/\(node:\d+\)/);
  });

  it('--lang xx is a usage error naming the 15 languages', async () => {
    const result = await run(['--lang', 'xx', 'list', 'peru']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"xx" is not a language tramit knows');
    expect(result.stderr).toContain('bg, cs, de, el, en, es, fr, hr, hu, it, nl, pl, pt, ro, sk');
    expect((await run(['--lang', 'all', 'list', 'peru'])).code).toBe(0);
  });

  it('a failing PAGER in a terminal falls back to printing the guide', () => {
    const command = [process.execPath, BIN, '--no-bundled', '--guides-dir', root, 'show', 'alpha']
      .map((a) => `'${a}'`)
      .join(' ');
    const result = spawnSync(
      'script',
      ['-qec', `stty cols 80 rows 5; ${command}; echo "code=$?"`, '/dev/null'],
      {
        env: { PATH: process.env.PATH, TRAMIT_HOME: tempHome(), TERM: 'xterm', PAGER: 'false' },
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toContain('First step of Alpha');
    expect(result.stdout).toMatch(/code=0/);
  });
});
