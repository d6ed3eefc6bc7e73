import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { isRoot, NOBODY, binForUser } from '../helpers/as-user.js';
import { FIXTURES } from '../helpers/paths.js';
import { start, report } from '../helpers/procs.js';

/** Saved data under hostile conditions: odd files, wrong types, races on the settings. */

const json = <T>(text: string) => JSON.parse(text) as T;
const mode = (path: string) => statSync(path).mode & 0o777;
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
const progressFile = (home: string) => join(home, 'progress.json');
const configFile = (home: string) => join(home, 'config.json');

interface SavedGuide {
  steps: Array<{ n: number; state: string; note?: string }>;
  documents: Array<{ n: number; state: string; note?: string; obtained?: string }>;
}
const saved = (home: string) =>
  json<{ guides: Record<string, SavedGuide>; wallet: Record<string, unknown> } & Record<string, unknown>>(
    readFileSync(progressFile(home), 'utf8'),
  );
const states = (items: Array<{ n: number; state: string }>) =>
  Object.fromEntries(items.map((i) => [i.n, i.state]));

describe('settings written by several tramits at once', () => {
  it('keeps every folder when ten `sources add` run in parallel', async () => {
    const home = tempHome();
    const base = mkdtempSync(join(tmpdir(), 'tramit-sources-'));
    const dirs = Array.from({ length: 10 }, (_, i) => join(base, `dir${i}`));
    for (const dir of dirs) mkdirSync(dir);
    const procs = dirs.map((dir, i) => start(`sources add ${i}`, ['sources', 'add', dir], { home }));
    const codes = await Promise.all(procs.map((p) => p.exit));
    expect(codes, report(procs)).toEqual(dirs.map(() => 0));
    const listed = await tramit(['sources', 'list', '--json'], { home });
    expect(
      json<Array<{ dir: string }>>(listed.stdout)
        .map((s) => s.dir)
        .sort(),
    ).toEqual([...dirs].sort());
  }, 60_000);
});

describe('settings of the wrong type', () => {
  /** A settings file as a user might have hand-edited it, and a folder to run tramit in. */
  function setup(settings: string) {
    const home = tempHome();
    mkdirSync(home, { recursive: true });
    writeFileSync(configFile(home), settings);
    const cwd = mkdtempSync(join(tmpdir(), 'tramit-cwd-'));
    return { home, cwd };
  }

  it('reports `"sources": "ab"` once, ignores it, and never rewrites it', async () => {
    const original = '{"sources":"ab"}';
    const { home, cwd } = setup(original);
    const list = await tramit(['sources', 'list'], { home, cwd });
    expect(list.code).toBe(0);
    expect(lines(list.stdout)).not.toContain('a');
    expect(lines(list.stderr)).toHaveLength(1);
    expect(list.stderr).toContain(configFile(home));
    expect(list.stderr).toContain('"sources"');
    expect(list.stderr).toMatch(/list of folders/);

    const listing = await tramit(['list', 'spain'], { home, cwd });
    expect(listing.code).toBe(0);
    expect(lines(listing.stderr)).toHaveLength(1);
    expect(listing.stdout).toContain('spain/nie');

    const add = await tramit(['sources', 'add', cwd], { home, cwd });
    expect(add.code).toBe(1);
    expect(add.stderr).toContain(configFile(home));
    expect(add.stderr).toContain('nothing was saved');
    expect(readFileSync(configFile(home), 'utf8')).toBe(original);

    // Another setting can still change; the bad value stays as the user wrote it.
    expect((await tramit(['config', 'set', 'lang', 'es'], { home, cwd })).code).toBe(0);
    expect(json<unknown>(readFileSync(configFile(home), 'utf8'))).toEqual({ sources: 'ab', lang: 'es' });
    // Unsetting it is how the user gets rid of it from tramit.
    expect((await tramit(['config', 'unset', 'sources'], { home, cwd })).code).toBe(0);
    expect(json<unknown>(readFileSync(configFile(home), 'utf8'))).toEqual({ lang: 'es' });
  });

  it('reports a list of non-folders, and refuses to add to it', async () => {
    const original = '{"sources":[1,null,{}],"theme":"dark"}';
    const { home, cwd } = setup(original);
    const list = await tramit(['sources', 'list', '--json'], { home, cwd });
    expect(list.code).toBe(0);
    expect(json<unknown>(list.stdout)).toEqual([]);
    expect(lines(list.stderr)).toHaveLength(1);
    expect(list.stderr).toContain('"sources"');
    const add = await tramit(['sources', 'add', cwd], { home, cwd });
    expect(add.code).toBe(1);
    expect(add.stderr).toContain(configFile(home));
    expect(add.stderr).not.toContain('unexpected error');
    expect(readFileSync(configFile(home), 'utf8')).toBe(original);
  });

  it('reports a language that is not a text, and uses the default', async () => {
    const { home, cwd } = setup('{"lang":["es"]}');
    const result = await tramit(['config', 'get', 'lang'], { home, cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('"lang"');
  });

  it('keeps unknown settings when a known one is written', async () => {
    const { home, cwd } = setup('{"theme":"dark","lang":"en"}');
    expect((await tramit(['config', 'set', 'lang', 'es'], { home, cwd })).code).toBe(0);
    expect(json<unknown>(readFileSync(configFile(home), 'utf8'))).toEqual({ theme: 'dark', lang: 'es' });
  });

  it('accepts a byte-order mark', async () => {
    const { home, cwd } = setup('\ufeff{"lang":"es"}');
    const get = await tramit(['config', 'get', 'lang'], { home, cwd });
    expect(get).toMatchObject({ code: 0, stdout: 'es\n', stderr: '' });
    expect((await tramit(['config', 'set', 'lang', 'en'], { home, cwd })).code).toBe(0);
    expect(json<unknown>(readFileSync(configFile(home), 'utf8').replace(/^\ufeff/, ''))).toEqual({
      lang: 'en',
    });
  });

  it('says a settings file is not valid JSON, on reading and on writing, and leaves it alone', async () => {
    const original = '{"lang": "es",,}';
    const { home, cwd } = setup(original);
    const get = await tramit(['config', 'get', 'lang'], { home, cwd });
    expect(get.code).toBe(0);
    expect(lines(get.stderr)).toHaveLength(1);
    expect(get.stderr).toContain(configFile(home));
    expect(get.stderr).toContain('not valid JSON');
    const set = await tramit(['config', 'set', 'lang', 'en'], { home, cwd });
    expect(set.code).toBe(1);
    expect(set.stderr).toContain(configFile(home));
    expect(set.stderr).toContain('not valid JSON');
    expect(set.stderr).not.toContain('unexpected error');
    expect(readFileSync(configFile(home), 'utf8')).toBe(original);
  });
});

describe('a progress file with content this tramit does not understand', () => {
  const T = '2026-01-01T00:00:00.000Z';
  const store = {
    version: 1,
    mine: { keep: ['this', 1] },
    guides: {
      'spain-nie': {
        guideId: 'spain/nie',
        lang: 'en',
        title: 'Get your NIE',
        startedAt: T,
        updatedAt: T,
        steps: { '1': 'done' },
        documents: [
          { n: '1', fp: {}, state: 'done', changedAt: T },
          { n: 2, fp: {}, state: 'done', changedAt: T, color: 'green' },
        ],
        vanished: [],
      },
    },
    wallet: {
      'custom:wallet:thing': { kind: 'custom:wallet:thing', obtained: null, addedAt: T },
      passport: { kind: 'passport', name: 'My passport', obtained: '2025-01-01', addedAt: T },
    },
  };

  it('keeps unknown keys and sets invalid entries aside with one warning', async () => {
    const home = tempHome();
    mkdirSync(home, { recursive: true });
    writeFileSync(progressFile(home), JSON.stringify(store));
    const result = await tramit(['check', 'spain/nie', 's5'], { home });
    expect(result.code).toBe(0);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(progressFile(home));
    expect(result.stderr).toContain('setAside');
    const after = saved(home);
    expect(after.mine).toEqual(store.mine);
    const nie = after.guides['spain-nie']!;
    expect(states(nie.steps)).toEqual({ 5: 'done' });
    expect(nie.documents.map((d) => [d.n, d.state, (d as { color?: string }).color])).toEqual([
      [2, 'done', 'green'],
    ]);
    expect(after.wallet).toEqual({ passport: store.wallet.passport });
    // Everything that could not be read is still in the file, with where it came from.
    const aside = after.setAside as Array<{ path: string; value: unknown }>;
    expect(aside.map((a) => [a.path, a.value])).toEqual([
      ['guides.spain-nie.steps', store.guides['spain-nie'].steps],
      ['guides.spain-nie.documents[0]', store.guides['spain-nie'].documents[0]],
      ['wallet.custom:wallet:thing', store.wallet['custom:wallet:thing']],
    ]);
    const again = await tramit(['check', 'spain/nie', 's6'], { home });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(saved(home).setAside).toEqual(aside);
    expect(saved(home).mine).toEqual(store.mine);
  });

  it('is reported once by commands that only read it too', async () => {
    const home = tempHome();
    mkdirSync(home, { recursive: true });
    writeFileSync(progressFile(home), JSON.stringify(store));
    const first = await tramit(['status'], { home });
    expect(first.code).toBe(0);
    expect(lines(first.stderr)).toHaveLength(1);
    expect(first.stderr).toContain('setAside');
    expect(await tramit(['status'], { home })).toMatchObject({ code: 0, stderr: '' });
    expect(await tramit(['wallet'], { home })).toMatchObject({ code: 0, stderr: '' });
    expect((saved(home).setAside as unknown[]).length).toBe(3);
    expect(saved(home).mine).toEqual(store.mine);
  });

  it('is read-only when a newer tramit wrote it', async () => {
    const home = tempHome();
    mkdirSync(home, { recursive: true });
    const newer = JSON.stringify({ ...store, version: 99, guides: {} });
    writeFileSync(progressFile(home), newer);
    const check = await tramit(['check', 'spain/nie', 's1'], { home });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(progressFile(home));
    expect(check.stderr).toContain('newer');
    expect(check.stderr).toContain('nothing was saved');
    expect(readFileSync(progressFile(home), 'utf8')).toBe(newer);
    expect(readdirSync(home).filter((f) => f !== 'progress.json')).toEqual([]);
    const wallet = await tramit(['wallet'], { home });
    expect(wallet.code).toBe(0);
    expect(wallet.stdout).toContain('My passport');
    expect(lines(wallet.stderr)).toHaveLength(1);
    expect(wallet.stderr).toContain('newer');
  });
});

describe('private files', () => {
  it('creates progress and settings readable by their owner only', async () => {
    const home = tempHome();
    expect((await tramit(['check', 'spain/nie', 's1'], { home })).code).toBe(0);
    expect((await tramit(['config', 'set', 'lang', 'es'], { home })).code).toBe(0);
    expect(mode(progressFile(home))).toBe(0o600);
    expect(mode(configFile(home))).toBe(0o600);
  });

  it('keeps the mode the user chose', async () => {
    const home = tempHome();
    await tramit(['check', 'spain/nie', 's1'], { home });
    await tramit(['config', 'set', 'lang', 'es'], { home });
    chmodSync(progressFile(home), 0o640);
    chmodSync(configFile(home), 0o640);
    expect((await tramit(['check', 'spain/nie', 's2'], { home })).code).toBe(0);
    expect((await tramit(['config', 'set', 'lang', 'en'], { home })).code).toBe(0);
    expect(mode(progressFile(home))).toBe(0o640);
    expect(mode(configFile(home))).toBe(0o640);
  });
});

describe('names that Object.prototype has', () => {
  it('are not guides, settings or saved progress', async () => {
    const home = tempHome();
    const reset = await tramit(['reset', 'constructor', '--yes'], { home });
    expect(reset.stdout).not.toContain('{title}');
    expect(reset.code).toBe(2);
    const get = await tramit(['config', 'get', 'constructor'], { home });
    expect(get.code).toBe(2);
    expect(get.stdout).toBe('');
    expect(get.stderr).toContain('unknown setting "constructor"');
    const set = await tramit(['config', 'set', 'toString', 'x'], { home });
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('unknown setting "toString"');
  });

  it('work as translation keys of guides: ticked, listed, reset', async () => {
    const home = tempHome();
    const dir = mkdtempSync(join(tmpdir(), 'tramit-proto-'));
    mkdirSync(join(dir, 'en', 'spain'), { recursive: true });
    const source = readFileSync(join(FIXTURES, 'variations/steps-rich.md'), 'utf8');
    const keys = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];
    for (const key of keys)
      writeFileSync(
        join(dir, 'en', 'spain', `p${key}.md`),
        source
          .replace('translationKey: spain-rich_steps', `translationKey: ${key}`)
          .replace('title: Rich steps', `title: Proto ${key}`),
      );
    const run = async (...args: string[]) => await tramit(['--guides-dir', dir, ...args], { home });
    for (const key of keys) {
      const check = await run('check', `spain/p${key}`, 's1');
      expect(check.stderr).toBe('');
      expect(check.code).toBe(0);
      expect(check.stdout).toContain(`spain/p${key}: 1/4 steps done`);
    }
    const list = await run('list', 'spain');
    for (const key of keys) expect(list.stdout).toMatch(new RegExp(`spain/p${key} .*\\[1/4 steps`));
    expect(Object.keys(saved(home).guides).sort()).toEqual([...keys].sort());
    expect((await run('reset', 'spain/pconstructor', '--yes')).stdout).toContain('Proto constructor');
    expect(Object.keys(saved(home).guides).sort()).toEqual(keys.filter((k) => k !== 'constructor').sort());
  });
});

describe('file problems', () => {
  it('progress.json is a folder', async () => {
    const home = tempHome();
    mkdirSync(progressFile(home), { recursive: true });
    for (const args of [['check', 'spain/nie', 's1'], ['status']]) {
      const result = await tramit(args, { home });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(progressFile(home));
      expect(result.stderr).toContain('is a folder');
      expect(result.stderr).not.toContain('unexpected error');
    }
  });

  it('TRAMIT_HOME is a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tramit-file-')), 'home');
    writeFileSync(file, 'not a folder');
    for (const args of [
      ['check', 'spain/nie', 's1'],
      ['config', 'set', 'lang', 'es'],
    ]) {
      const result = await tramit(args, { home: file });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(file);
      expect(result.stderr).toContain('not a folder');
      expect(result.stderr).not.toContain('unexpected error');
    }
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('a folder tramit may not write in', async () => {
    const home = tempHome();
    chmodSync(home, 0o555);
    const cache = mkdtempSync(join(tmpdir(), 'tramit-cache-'));
    chmodSync(cache, 0o777);
    const run = (args: string[]) =>
      // Root writes anywhere: there the user who may not write is `nobody`, running a tramit it can read.
      spawnSync(process.execPath, [binForUser(), ...args], {
        cwd: tmpdir(),
        env: { PATH: process.env.PATH ?? '', HOME: '/tmp', TRAMIT_HOME: home, TRAMIT_CACHE_DIR: cache },
        encoding: 'utf8',
        ...(isRoot ? NOBODY : {}),
      });
    for (const args of [
      ['check', 'spain/nie', 's1'],
      ['config', 'set', 'lang', 'es'],
    ]) {
      const result = run(args);
      expect(result.status, `${args.join(' ')}\n${result.stderr}`).toBe(1);
      expect(result.stderr).toContain(home);
      expect(result.stderr).toContain('permission denied');
      expect(result.stderr).toContain('nothing was saved');
      expect(result.stderr).not.toContain('unexpected error');
    }
  });
});

describe('check and uncheck options', () => {
  it('uncheck takes --note and --date', async () => {
    const home = tempHome();
    await tramit(['check', 'spain/nie', 'd2'], { home });
    const result = await tramit(['uncheck', 'spain/nie', 'd2', '--note', 'lost it', '--date', '2026-01-02'], {
      home,
      env: { TRAMIT_NOW: '2026-02-01T00:00:00Z' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const doc = saved(home).guides['spain-nie']!.documents.find((d) => d.n === 2)!;
    expect(doc).toMatchObject({ state: 'todo', note: 'lost it', obtained: '2026-01-02' });
  });

  it('a note alone changes no state', async () => {
    const home = tempHome();
    await tramit(['check', 'spain/nie', 's6', '--skip'], { home });
    await tramit(['check', 'spain/nie', 's5'], { home });
    const check = await tramit(['check', 'spain/nie', 's6', 's4', '--note', 'asked at the office'], { home });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('[-] s6');
    expect(check.stdout).toContain('[ ] s4');
    expect((await tramit(['uncheck', 'spain/nie', 's5', '--note', 'keep the receipt'], { home })).code).toBe(
      0,
    );
    const steps = saved(home).guides['spain-nie']!.steps;
    expect(steps.map((s) => [s.n, s.state, s.note])).toEqual([
      [4, 'todo', 'asked at the office'],
      [5, 'done', 'keep the receipt'],
      [6, 'skipped', 'asked at the office'],
    ]);
  });

  it('cleans up temporary files a killed tramit left behind', async () => {
    const home = tempHome();
    await tramit(['check', 'spain/nie', 's1'], { home });
    const leftovers = ['progress.json.tmp-17000000000001a2b3c', 'progress.json.3141592653'];
    for (const name of leftovers) {
      writeFileSync(join(home, name), '{"version":1,');
      utimesSync(join(home, name), new Date(2020, 0, 1), new Date(2020, 0, 1));
    }
    expect((await tramit(['check', 'spain/nie', 's2'], { home })).code).toBe(0);
    expect(readdirSync(home).sort()).toEqual(['progress.json']);
  });
});

describe('notes and wallet names reach the terminal and exports as text', () => {
  const ESC = '\u001b';
  const note = `${ESC}[2J${ESC}]0;pwned\u0007red\u202eevil`;

  it('shows escape sequences as visible characters', async () => {
    const home = tempHome();
    expect((await tramit(['check', 'spain/nie', 's1', 'd1', '--note', note], { home })).code).toBe(0);
    expect((await tramit(['wallet', 'add', `${ESC}[31mMy card`], { home })).code).toBe(0);
    const outputs = [
      (await tramit(['checklist', 'spain/nie'], { home })).stdout,
      (await tramit(['export', 'spain/nie'], { home })).stdout,
      (await tramit(['export', 'spain/nie', '-f', 'markdown'], { home })).stdout,
      (await tramit(['export', 'spain/nie', '-f', 'json'], { home })).stdout,
      (await tramit(['wallet'], { home })).stdout,
      (await tramit(['wallet', '--json'], { home })).stdout,
    ];
    for (const out of outputs) {
      expect(out).not.toContain(ESC);
      expect(out).not.toContain('\u0007');
      expect(out).not.toContain('\u202e');
    }
    expect(outputs[0]).toContain('␛[2J');
    expect(outputs[4]).toContain('␛[31mMy card');
    // What is saved is what the user typed.
    expect(saved(home).guides['spain-nie']!.steps[0]!.note).toBe(note);
    expect(existsSync(progressFile(home))).toBe(true);
  });
});
