import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempHome, tramit } from '../helpers/cli.js';
import { guideText, TestRepo } from '../helpers/git.js';
import { report, start } from '../helpers/procs.js';

/** Issue 21, part 2: community libraries cloned from git and kept up to date, through the built binary. */

const RFC = {
  title: 'Register for the RFC',
  country: 'Mexico',
  key: 'mexico-rfc_fixture',
  steps: ['Book an appointment online.', 'Go to the tax office.', 'Sign the form.'],
  documents: ['Passport - original', 'Proof of address - recent'],
};
const CURP = {
  title: 'Get your CURP',
  country: 'Mexico',
  key: 'mexico-curp_fixture',
  steps: ['Fill in the form online.'],
  documents: ['Birth certificate'],
};
const DNI = {
  title: 'Get your DNI',
  country: 'Peru',
  key: 'peru-dni_fixture',
  steps: ['Ask for an appointment.'],
  documents: ['Passport'],
};

function libraryRepo(name = 'guides'): TestRepo {
  return new TestRepo(
    { 'en/mexico/rfc_fixture.md': guideText(RFC), 'en/mexico/curp_fixture.md': guideText(CURP) },
    name,
  );
}

const config = (home: string) =>
  JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as {
    sources?: string[];
    gitSources?: Array<{ dir: string; url: string }>;
  };
/** Whatever a run left in tramit's sources folder besides the clones it keeps. */
const leftovers = (home: string) =>
  existsSync(join(home, 'sources'))
    ? readdirSync(join(home, 'sources')).filter((name) => name.startsWith('.'))
    : [];

describe('sources add <git URL>', () => {
  it('clones the repository into the data folder and keeps it as a git source', async () => {
    const repo = libraryRepo();
    const home = tempHome();
    const added = await tramit(['sources', 'add', repo.url], { home });
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    const clone = join(home, 'sources', 'guides');
    expect(added.stdout).toContain(clone);
    expect(added.stdout).toContain('2 guides in 1 country');
    expect(existsSync(join(clone, 'en/mexico/rfc_fixture.md'))).toBe(true);
    // Shallow: one commit of history, however long the repository's.
    expect(readFileSync(join(clone, '.git', 'shallow'), 'utf8').trim()).toBe(repo.head());
    expect(config(home)).toEqual({ sources: [clone], gitSources: [{ dir: clone, url: repo.url }] });
    expect(leftovers(home)).toEqual([]);

    const listed = await tramit(['sources', 'list'], { home });
    expect(listed.stdout).toContain(`${clone}  (git: ${repo.url})`);
    const json = JSON.parse((await tramit(['sources', 'list', '--json'], { home })).stdout) as unknown;
    expect(json).toEqual([{ dir: clone, exists: true, git: repo.url }]);
    expect((await tramit(['--no-bundled', 'list', 'mexico'], { home })).stdout).toContain(
      'mexico/rfc_fixture',
    );
  });

  it('clones a local repository given as a path, and a second one of the same name beside it', async () => {
    const first = libraryRepo();
    const second = libraryRepo();
    const home = tempHome();
    expect((await tramit(['sources', 'add', first.dir], { home })).code).toBe(0);
    for (const same of [first.dir, first.url, `${first.dir}/`]) {
      const again = await tramit(['sources', 'add', same], { home });
      expect(again.code, same).toBe(2);
      expect(again.stderr).toContain('already');
    }
    expect((await tramit(['sources', 'add', second.dir], { home })).code).toBe(0);
    expect(config(home).gitSources).toEqual([
      { dir: join(home, 'sources', 'guides'), url: first.dir },
      { dir: join(home, 'sources', 'guides-2'), url: second.dir },
    ]);
  });

  it('keeps a plain folder, and a repository with --no-clone, as they are', async () => {
    const repo = libraryRepo();
    const plain = mkdtempSync(join(tmpdir(), 'tramit-plain-'));
    const home = tempHome();
    expect((await tramit(['sources', 'add', plain], { home })).code).toBe(0);
    expect((await tramit(['sources', 'add', '--no-clone', repo.dir], { home })).code).toBe(0);
    expect(config(home)).toEqual({ sources: [plain, repo.dir] });
    expect(existsSync(join(home, 'sources'))).toBe(false);
  });

  it('two `sources add` at once both land (the settings lock)', async () => {
    const repos = [libraryRepo('one'), libraryRepo('two')];
    const home = tempHome();
    const procs = repos.map((r, i) => start(`add ${i}`, ['sources', 'add', r.url], { home }));
    const codes = await Promise.all(procs.map((p) => p.exit));
    expect(codes, report(procs)).toEqual([0, 0]);
    const saved = config(home);
    expect(saved.sources?.sort()).toEqual([join(home, 'sources', 'one'), join(home, 'sources', 'two')]);
    expect(saved.gitSources?.map((g) => g.url).sort()).toEqual(repos.map((r) => r.url).sort());
  });
});

describe('what git gets from the command line', () => {
  it('a repository path full of shell metacharacters is only a path', async () => {
    const base = mkdtempSync(join(tmpdir(), 'tramit-meta-'));
    const repo = new TestRepo(
      { 'en/mexico/rfc_fixture.md': guideText(RFC) },
      'a;touch PWNED;$(touch PWNED2)`touch PWNED3`',
    );
    const home = tempHome();
    for (const arg of [repo.dir, `file://${base}/x;touch PWNED;$(touch PWNED2)`]) {
      await tramit(['sources', 'add', arg], { home, cwd: base });
    }
    const names = readdirSync(join(home, 'sources'));
    expect(names).toEqual(['a-touch-pwned-touch-pwned2-touch-pwned3']);
    for (const dir of [base, join(repo.dir, '..'), home, process.cwd()])
      expect(readdirSync(dir).filter((n) => n.startsWith('PWNED'))).toEqual([]);
  });

  it('refuses what git would read as an option or a command', async () => {
    const home = tempHome();
    for (const arg of ['--upload-pack=touch /tmp/PWNED', 'ext::sh -c touch% /tmp/PWNED']) {
      const result = await tramit(['sources', 'add', '--', arg], { home });
      expect(result.code, arg).toBe(2);
      expect(result.stderr).toContain(arg);
    }
    expect(existsSync(join(home, 'config.json'))).toBe(false);
  });
});

describe('without git, or without the remote', () => {
  it('no git on PATH: a clear message, nothing written, exit 1', async () => {
    const repo = libraryRepo();
    const home = tempHome();
    const result = await tramit(['sources', 'add', repo.url], { home, env: { PATH: '/nonexistent' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('git');
    expect(result.stderr).toContain(repo.url);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(join(home, 'config.json'))).toBe(false);
    expect(leftovers(home)).toEqual([]);

    expect((await tramit(['sources', 'add', repo.url], { home })).code).toBe(0);
    const before = readFileSync(join(home, 'config.json'), 'utf8');
    const update = await tramit(['update'], { home, env: { PATH: '/nonexistent' } });
    expect(update.code).toBe(1);
    expect(update.stderr).toContain('guides');
    expect(update.stderr).toContain('git');
    expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe(before);
    expect(existsSync(join(home, 'sources', 'guides', 'en/mexico/rfc_fixture.md'))).toBe(true);
  });

  it('an unreachable repository: nothing cloned, the source named, exit 1', async () => {
    const home = tempHome();
    const url = 'file:///nonexistent/guides.git';
    const result = await tramit(['sources', 'add', url], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(url);
    expect(existsSync(join(home, 'config.json'))).toBe(false);
    expect(leftovers(home)).toEqual([]);
  });

  it('a failed pull leaves the previous copy in use, and the other sources still update', async () => {
    const gone = libraryRepo('gone');
    const kept = libraryRepo('kept');
    const home = tempHome();
    for (const r of [gone, kept]) expect((await tramit(['sources', 'add', r.url], { home })).code).toBe(0);
    const before = readFileSync(join(home, 'config.json'), 'utf8');
    renameSync(gone.dir, `${gone.dir}-moved`);
    kept.commit({ 'en/peru/dni_fixture.md': guideText(DNI) }, 'Peru');

    const result = await tramit(['update'], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('gone');
    expect(result.stderr).toContain(gone.url);
    expect(result.stdout).toContain('kept: updated');
    expect(result.stdout).toContain('peru');
    expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe(before);
    expect(leftovers(home)).toEqual([]);
    // The source that failed is still read as it was; the other has its new guide.
    expect(existsSync(join(home, 'sources', 'gone', 'en/mexico/curp_fixture.md'))).toBe(true);
    const mexico = await tramit(['--no-bundled', 'list', 'mexico'], { home });
    expect(mexico.stdout).toContain('mexico/curp_fixture');
    expect((await tramit(['--no-bundled', 'list', 'peru'], { home })).stdout).toContain('peru/dni_fixture');
  });
});

describe('tramit update', () => {
  it('names the changed steps of a started guide, and keeps the progress on unchanged items', async () => {
    const repo = libraryRepo();
    const home = tempHome();
    expect((await tramit(['sources', 'add', repo.url], { home })).code).toBe(0);
    const ticked = await tramit(['--no-bundled', 'check', 'rfc_fixture', 's1', 's3', 'd1'], { home });
    expect(ticked.code, ticked.stderr).toBe(0);
    const unchanged = await tramit(['update'], { home });
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('guides: up to date');

    repo.commit(
      {
        'en/mexico/rfc_fixture.md': guideText({
          ...RFC,
          steps: [
            'Book an appointment online.',
            'Go to the tax office with your passport and proof of address.',
            'Sign the form.',
            'Keep the acknowledgement of receipt.',
          ],
          documents: ['Passport - original'],
        }),
        'en/mexico/curp_fixture.md': null,
        'en/peru/dni_fixture.md': guideText(DNI),
      },
      'RFC: the office wants documents; CURP gone; Peru',
    );
    const result = await tramit(['update'], { home });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/guides: updated [0-9a-f]{7} → [0-9a-f]{7}/);
    expect(out).toContain('New guides');
    expect(out).toMatch(/peru.*Get your DNI/);
    expect(out).toContain('Removed guides');
    expect(out).toMatch(/mexico.*Get your CURP/);
    expect(out).toContain('Register for the RFC (mexico/rfc_fixture)');
    expect(out).toContain('step 2 reworded: Go to the tax office with your passport and proof of address.');
    expect(out).toContain('step 4 added: Keep the acknowledgement of receipt.');
    expect(out).toContain('document 2 removed: Proof of address');
    expect(out).toContain('Your progress on 3 unchanged items is kept.');

    // The index cache saw the new files: the progress is where it was, the new text is shown.
    const checklist = JSON.parse(
      (await tramit(['--no-bundled', 'show', 'rfc_fixture', '--json'], { home })).stdout,
    ) as {
      steps: Array<{ text: string }>;
    };
    expect(checklist.steps.map((s) => s.text)).toEqual([
      'Book an appointment online.',
      'Go to the tax office with your passport and proof of address.',
      'Sign the form.',
      'Keep the acknowledgement of receipt.',
    ]);
    const status = JSON.parse(
      (await tramit(['--no-bundled', 'status', '--json'], { home })).stdout,
    ) as Array<{
      id: string;
      steps: { done: number; total: number };
      documents: { done: number; total: number };
    }>;
    expect(
      status.map((s) => [s.id, s.steps.done, s.steps.total, s.documents.done, s.documents.total]),
    ).toEqual([['mexico/rfc_fixture', 2, 4, 1, 1]]);
    expect((await tramit(['--no-bundled', 'list', 'peru'], { home })).stdout).toContain('peru/dni_fixture');
    expect((await tramit(['--no-bundled', 'list', 'mexico'], { home })).stdout).not.toContain('curp_fixture');
  });

  it('--json says the same for scripts', async () => {
    const repo = libraryRepo();
    const home = tempHome();
    expect((await tramit(['sources', 'add', repo.url], { home })).code).toBe(0);
    expect((await tramit(['--no-bundled', 'check', 'rfc_fixture', 's2'], { home })).code).toBe(0);
    const from = repo.head().slice(0, 7);
    repo.commit(
      {
        'en/mexico/rfc_fixture.md': guideText({
          ...RFC,
          steps: ['Book an appointment online.', 'Go to the SAT office.', 'Sign the form.'],
        }),
      },
      'reworded',
    );
    const result = await tramit(['update', '--json'], { home });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const json = JSON.parse(result.stdout) as { sources: Array<Record<string, unknown>> };
    expect(json.sources).toEqual([
      {
        name: 'guides',
        dir: join(home, 'sources', 'guides'),
        url: repo.url,
        status: 'updated',
        from: expect.stringMatching(new RegExp(`^${from}`)) as unknown,
        to: repo.head(),
        added: [],
        removed: [],
        started: [
          {
            key: 'mexico-rfc_fixture',
            id: 'mexico/rfc_fixture',
            country: 'mexico',
            lang: 'en',
            title: 'Register for the RFC',
            gone: false,
            changes: [
              {
                kind: 'step',
                change: 'reworded',
                n: 2,
                text: 'Go to the SAT office.',
                was: 'Go to the tax office.',
                state: 'done',
              },
            ],
            kept: 0,
          },
        ],
      },
    ]);
  });

  it('reports a started guide from the source it is read from, not from a copy that source shadows', async () => {
    const first = libraryRepo('first');
    const second = libraryRepo('second');
    const home = tempHome();
    for (const r of [first, second]) expect((await tramit(['sources', 'add', r.url], { home })).code).toBe(0);
    expect((await tramit(['--no-bundled', 'check', 'rfc_fixture', 's1'], { home })).code).toBe(0);
    const edited = guideText({ ...RFC, steps: [...RFC.steps, 'Keep the receipt.'] });
    second.commit({ 'en/mexico/rfc_fixture.md': edited }, 'only the shadowed copy');
    const shadowed = await tramit(['update'], { home });
    expect(shadowed.code).toBe(0);
    expect(shadowed.stdout).toContain('second: updated');
    expect(shadowed.stdout).not.toContain('Register for the RFC');
    first.commit({ 'en/mexico/rfc_fixture.md': edited }, 'the copy in use');
    const followed = await tramit(['update'], { home });
    expect(followed.stdout).toContain('first: updated');
    expect(followed.stdout).toContain('step 4 added: Keep the receipt.');
  });

  it('clones a source again when its folder was deleted by hand', async () => {
    const repo = libraryRepo();
    const home = tempHome();
    expect((await tramit(['sources', 'add', repo.url], { home })).code).toBe(0);
    const clone = join(home, 'sources', 'guides');
    rmSync(clone, { recursive: true });
    const result = await tramit(['update'], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `guides: its clone was missing, cloned again (${repo.head().slice(0, 7)})`,
    );
    expect(existsSync(join(clone, 'en/mexico/rfc_fixture.md'))).toBe(true);
    expect(leftovers(home)).toEqual([]);
  });

  it('the record of git sources is not a setting to set by hand', async () => {
    const result = await tramit(['config', 'set', 'gitSources', '/tmp/x'], { home: tempHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tramit sources add');
  });

  it('with no git sources says how to add one', async () => {
    const result = await tramit(['update'], { home: tempHome() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('tramit sources add');
  });

  it('takes no arguments (exit 2)', async () => {
    expect((await tramit(['update', 'extra'], { home: tempHome() })).code).toBe(2);
  });
});

describe('sources remove', () => {
  it("deletes tramit's clones, never a folder of the user's", async () => {
    const repo = libraryRepo();
    const local = libraryRepo('local');
    const plain = mkdtempSync(join(tmpdir(), 'tramit-plain-'));
    writeFileSync(join(plain, 'note.md'), '# mine');
    const home = tempHome();
    expect((await tramit(['sources', 'add', repo.url], { home })).code).toBe(0);
    expect((await tramit(['sources', 'add', plain], { home })).code).toBe(0);
    expect((await tramit(['sources', 'add', '--no-clone', local.dir], { home })).code).toBe(0);
    const clone = join(home, 'sources', 'guides');

    const removedClone = await tramit(['sources', 'remove', repo.url], { home });
    expect(removedClone.code).toBe(0);
    expect(removedClone.stdout).toContain(clone);
    expect(existsSync(clone)).toBe(false);
    for (const dir of [plain, local.dir]) {
      expect((await tramit(['sources', 'remove', dir], { home })).code).toBe(0);
      expect(existsSync(dir)).toBe(true);
    }
    expect(existsSync(join(plain, 'note.md'))).toBe(true);
    expect(existsSync(join(local.dir, '.git'))).toBe(true);
    expect(config(home)).toEqual({ sources: [], gitSources: [] });
  });

  it('a hand-edited record naming a folder outside the data folder never deletes it', async () => {
    const repo = libraryRepo();
    const home = tempHome();
    mkdirSync(home, { recursive: true });
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({ sources: [repo.dir], gitSources: [{ dir: repo.dir, url: repo.url }] }),
    );
    expect((await tramit(['sources', 'remove', repo.dir], { home })).code).toBe(0);
    expect(existsSync(join(repo.dir, 'en/mexico/rfc_fixture.md'))).toBe(true);
  });
});
