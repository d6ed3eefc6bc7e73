import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Library } from '../../src/library/library.js';
import { readIndexFile, readSideFile } from '../../src/library/index-file.js';
import { rootCacheFile } from '../../src/library/root-index.js';
import type { DetailedSummary } from '../../src/library/summary.js';
import { libraryIndex, searchGuides } from '../../src/search/search.js';

const guide = (title: string, steps: number) =>
  `---\ntitle: ${title}\ndescription: d\ndate: 2025-01-01\ncategories: [Peru]\ntranslationKey: peru-${title.toLowerCase().replace(/ /g, '_')}\n---\n## Procedure\n${Array.from({ length: steps }, (_, i) => `${i + 1}. Step ${i + 1}.`).join('\n')}\n`;

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'tramit-cache-root-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'tramit-cache-dir-'));
  mkdirSync(join(root, 'en', 'peru'), { recursive: true });
  writeFileSync(join(root, 'en', 'peru', 'alpha.md'), guide('Alpha', 2));
  writeFileSync(join(root, 'en', 'peru', 'beta.md'), guide('Beta', 3));
  const load = () => Library.load([{ dir: root, origin: 'option' }], { cacheDir });
  return { root, cacheDir, load };
}

const titles = (library: Library) => library.guides.map((g) => `${g.title}:${g.stepCount}`).sort();

describe('the index cache of a guide folder', () => {
  it('is written on the first load and reused on the next', async () => {
    const { root, cacheDir, load } = setup();
    expect(titles(await load())).toEqual(['Alpha:2', 'Beta:3']);
    const file = rootCacheFile(cacheDir, root);
    const name = file.split('/').pop()!;
    expect(readdirSync(join(cacheDir, 'roots')).sort()).toEqual([
      name.replace('.json', '.details.json'),
      name,
      name.replace('.json', '.search.json'),
    ]);
    const first = (await load()).signature;
    expect((await load()).signature).toBe(first);
  });

  it('picks up an edited, an added and a deleted file', async () => {
    const { root, load } = setup();
    const before = await load();
    writeFileSync(join(root, 'en', 'peru', 'alpha.md'), guide('Alpha', 5));
    writeFileSync(join(root, 'en', 'peru', 'gamma.md'), guide('Gamma', 1));
    rmSync(join(root, 'en', 'peru', 'beta.md'));
    const after = await load();
    expect(titles(after)).toEqual(['Alpha:5', 'Gamma:1']);
    expect(after.signature).not.toBe(before.signature);
  });

  it('notices an edit that keeps the size, by modification time', async () => {
    const { root, load } = setup();
    await load();
    const path = join(root, 'en', 'peru', 'alpha.md');
    writeFileSync(path, guide('Alphb', 2));
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    expect(titles(await load())).toEqual(['Alphb:2', 'Beta:3']);
  });

  it('survives a corrupted or old-version cache file by rebuilding it silently', async () => {
    const { root, cacheDir, load } = setup();
    await load();
    const file = rootCacheFile(cacheDir, root);
    writeFileSync(file, '{"version": 5, "entries": {"x": ');
    const library = await load();
    expect(titles(library)).toEqual(['Alpha:2', 'Beta:3']);
    expect(library.warnings).toEqual([]);
    writeFileSync(file, JSON.stringify({ version: 0, entries: {} }));
    expect(titles(await load())).toEqual(['Alpha:2', 'Beta:3']);
  });

  it('reads details (fingerprints, document kinds, description) only when asked, from the cache or the files', async () => {
    const { root, cacheDir, load } = setup();
    const fresh = await load();
    const expected = (await fresh.details(fresh.guides)).map((g) => [
      g.title,
      g.description,
      g.fingerprints.steps.length,
      g.docKinds,
    ]);
    expect(expected.map((e) => e[2]).sort()).toEqual([2, 3]);
    const cached = await load();
    // Forgetting to load them is a programming error: the type has no details (see the line below),
    // and reaching them through a cast is loud.
    // @ts-expect-error -- a summary's type has details only once they are read
    expect(() => cached.guides[0]!.fingerprints).toThrow(/not loaded/);
    expect(() => (cached.guides[0] as DetailedSummary).fingerprints).toThrow(/not loaded/);
    const read = await cached.details(cached.guides);
    expect(read.map((g) => [g.title, g.description, g.fingerprints.steps.length, g.docKinds])).toEqual(
      expected,
    );
    // A damaged details file costs a new read of the guides, not wrong counts, and is saved again.
    const detailsPath = rootCacheFile(cacheDir, root).replace('.json', '.details.json');
    writeFileSync(detailsPath, '{"version": 7, "det');
    const damaged = await load();
    expect(
      (await damaged.details(damaged.guides)).map((g) => [
        g.title,
        g.description,
        g.fingerprints.steps.length,
        g.docKinds,
      ]),
    ).toEqual(expected);
    const index = readIndexFile(rootCacheFile(cacheDir, root), null)!;
    const counts = index.header.folders.map((f) => f.files.length);
    const saved = readSideFile(detailsPath, null, 'details', index.header.generation, counts);
    expect(counts.flatMap((_, f) => saved?.rows(f) ?? [])).toHaveLength(2);
  });

  it('keeps warning about a bad file on every load', async () => {
    const { root, load } = setup();
    writeFileSync(join(root, 'en', 'peru', 'broken.md'), 'no front matter');
    expect((await load()).warnings.map((w) => w.path)).toEqual([join(root, 'en', 'peru', 'broken.md')]);
    expect((await load()).warnings.map((w) => w.path)).toEqual([join(root, 'en', 'peru', 'broken.md')]);
  });

  it('rebuilds the search index when the library changes, and survives a corrupt one', async () => {
    const { root, cacheDir, load } = setup();
    const lib = await load();
    expect(searchGuides(libraryIndex(lib, cacheDir), 'alpha')[0]!.title).toBe('Alpha');
    writeFileSync(join(root, 'en', 'peru', 'delta.md'), guide('Delta', 1));
    const changed = await load();
    expect(searchGuides(libraryIndex(changed, cacheDir), 'delta')[0]!.title).toBe('Delta');
    for (const f of readdirSync(cacheDir).filter((f) => f.startsWith('search-')))
      writeFileSync(join(cacheDir, f), 'garbage');
    expect(searchGuides(libraryIndex(await load(), cacheDir), 'delta')[0]!.title).toBe('Delta');
  });

  it('updates the cached search index in place: an edit, an addition and a removal', async () => {
    const { root, cacheDir, load } = setup();
    libraryIndex(await load(), cacheDir);
    const path = join(root, 'en', 'peru', 'alpha.md');
    writeFileSync(path, guide('Zebra crossing', 2));
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    rmSync(join(root, 'en', 'peru', 'beta.md'));
    writeFileSync(join(root, 'en', 'peru', 'gamma.md'), guide('Gamma ray', 1));
    const index = libraryIndex(await load(), cacheDir);
    expect(searchGuides(index, 'zebra').map((h) => h.title)).toEqual(['Zebra crossing']);
    // The file is still alpha.md: its slug finds it, under its new title.
    expect(searchGuides(index, 'alpha').map((h) => h.title)).toEqual(['Zebra crossing']);
    expect(searchGuides(index, 'beta')).toEqual([]);
    expect(searchGuides(index, 'gamma').map((h) => h.title)).toEqual(['Gamma ray']);
    // And the saved index, read back, says the same.
    const again = libraryIndex(await load(), cacheDir);
    expect(searchGuides(again, 'beta')).toEqual([]);
    expect(searchGuides(again, 'zebra').map((h) => h.title)).toEqual(['Zebra crossing']);
  });
});

describe('a library made from its cached index', () => {
  const clashing = (key: string) =>
    `---\ntitle: Alpha again\ndescription: d\ndate: 2025-01-01\ncategories: [Peru]\ntranslationKey: ${key}\n---\n## Procedure\n1. Step.\n`;

  /** A folder with a bad file, and a second one whose guide takes the first one's id. */
  function clashingRoots() {
    const { root, cacheDir } = setup();
    writeFileSync(join(root, 'en', 'peru', 'broken.md'), 'no front matter');
    const other = mkdtempSync(join(tmpdir(), 'tramit-cache-other-'));
    mkdirSync(join(other, 'en', 'peru'), { recursive: true });
    writeFileSync(join(other, 'en', 'peru', 'alpha.md'), clashing('peru-something_else'));
    const roots = [
      { dir: root, origin: 'option' as const },
      { dir: other, origin: 'option' as const },
    ];
    return { root, other, cacheDir, roots };
  }

  it('reports a bad file at once, and a clash of ids when the guides are first used', async () => {
    const { root, other, cacheDir, roots } = clashingRoots();
    for (const run of ['first', 'cached']) {
      const told: string[] = [];
      const library = await Library.load(roots, { cacheDir, onWarning: (w) => told.push(w.path) });
      expect([run, told]).toEqual([run, [join(root, 'en', 'peru', 'broken.md')]]);
      expect(library.guides.map((g) => g.path).sort()).toEqual([
        join(root, 'en', 'peru', 'alpha.md'),
        join(root, 'en', 'peru', 'beta.md'),
      ]);
      expect(told).toEqual([join(root, 'en', 'peru', 'broken.md'), join(other, 'en', 'peru', 'alpha.md')]);
      expect(library.warnings[1]!.message).toMatch(/peru\/alpha is already used/);
    }
  });

  it('answers a search from a current index without making the guides', async () => {
    const { root, other, cacheDir, roots } = clashingRoots();
    libraryIndex(await Library.load(roots, { cacheDir }), cacheDir);
    const told: string[] = [];
    const library = await Library.load(roots, { cacheDir, onWarning: (w) => told.push(w.path) });
    expect(searchGuides(libraryIndex(library, cacheDir), 'beta').map((h) => h.title)).toEqual(['Beta']);
    // The clash of ids shows only once the guides are made: the search did not make them.
    expect(told).toEqual([join(root, 'en', 'peru', 'broken.md')]);
    expect(library.guides).toHaveLength(2);
    expect(told).toEqual([join(root, 'en', 'peru', 'broken.md'), join(other, 'en', 'peru', 'alpha.md')]);
  });

  it('rebuilds an index whose rows were cut short or edited, without a word', async () => {
    const { root, cacheDir, load } = setup();
    await load();
    const file = rootCacheFile(cacheDir, root);
    // A checksum and one line of JSON, then the rows' JSON, read only when the guides are used.
    const [header, rows] = readFileSync(file, 'utf8').split('\n') as [string, string];
    expect(header).toMatch(/^[0-9a-f]{8} \{/);
    expect(JSON.parse(rows)).toHaveLength(2);
    writeFileSync(file, `${header}\n${rows.slice(0, -5)}`);
    expect(titles(await load())).toEqual(['Alpha:2', 'Beta:3']);
    // Same size, no longer JSON: the checksum tells it from the file tramit wrote.
    const whole = readFileSync(file, 'utf8');
    const lines = whole.split('\n');
    writeFileSync(file, `${lines[0]}\n{${lines[1]!.slice(1)}`);
    const library = await load();
    expect(titles(library)).toEqual(['Alpha:2', 'Beta:3']);
    expect(library.warnings).toEqual([]);
  });
});

describe('stat-ing guide files from inside their folders', () => {
  /** A root whose walk goes into folders and out again: files before and after a sub-folder. */
  function nested() {
    const made = setup();
    mkdirSync(join(made.root, 'en', 'peru', 'm_sub'));
    writeFileSync(join(made.root, 'en', 'peru', 'm_sub', 'delta.md'), guide('Delta', 1));
    writeFileSync(join(made.root, 'en', 'peru', 'zeta.md'), guide('Zeta', 2));
    writeFileSync(join(made.root, 'top.md'), guide('Top', 1));
    return made;
  }
  const later = new Date(Date.now() + 5000);

  it('leaves the working folder where it was, and sees every edit in every folder', async () => {
    const { root, load } = nested();
    const before = process.cwd();
    expect(titles(await load())).toEqual(['Alpha:2', 'Beta:3', 'Delta:1', 'Top:1', 'Zeta:2']);
    expect(process.cwd()).toBe(before);
    // Edits in place, same sizes: only the files' own stamps move.
    for (const [path, title] of [
      [join(root, 'en', 'peru', 'alpha.md'), 'Alphx'],
      [join(root, 'en', 'peru', 'm_sub', 'delta.md'), 'Deltx'],
      [join(root, 'en', 'peru', 'zeta.md'), 'Zetx'],
      [join(root, 'top.md'), 'Tox'],
    ] as const) {
      writeFileSync(path, guide(title, title === 'Deltx' || title === 'Tox' ? 1 : 2));
      utimesSync(path, later, later);
    }
    expect(titles(await load())).toEqual(['Alphx:2', 'Beta:3', 'Deltx:1', 'Tox:1', 'Zetx:2']);
    expect(process.cwd()).toBe(before);
  });

  it('reads a root given relative to the working folder', async () => {
    const { root, cacheDir } = nested();
    const before = process.cwd();
    process.chdir(join(root, '..'));
    try {
      const relative = root.split('/').pop()!;
      const load = () => Library.load([{ dir: relative, origin: 'option' }], { cacheDir });
      expect(titles(await load())).toEqual(['Alpha:2', 'Beta:3', 'Delta:1', 'Top:1', 'Zeta:2']);
      writeFileSync(join(root, 'en', 'peru', 'zeta.md'), guide('Zetx', 2));
      utimesSync(join(root, 'en', 'peru', 'zeta.md'), later, later);
      const again = await load();
      expect(titles(again)).toEqual(['Alpha:2', 'Beta:3', 'Delta:1', 'Top:1', 'Zetx:2']);
      expect(again.warnings).toEqual([]);
      expect(process.cwd()).toBe(join(root, '..'));
    } finally {
      process.chdir(before);
    }
  });

  it('stats the files of a folder it cannot enter by their whole paths, trying that folder once', async () => {
    const { root, load } = nested();
    for (const title of ['Epsilon', 'Eta'])
      writeFileSync(join(root, 'en', 'peru', 'm_sub', `${title.toLowerCase()}.md`), guide(title, 1));
    const before = process.cwd();
    const chdir = process.chdir.bind(process);
    const entered = vi.spyOn(process, 'chdir').mockImplementation((dir: string) => {
      if (dir.includes('m_sub')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      chdir(dir);
    });
    try {
      const library = await load();
      expect(titles(library)).toEqual([
        'Alpha:2',
        'Beta:3',
        'Delta:1',
        'Epsilon:1',
        'Eta:1',
        'Top:1',
        'Zeta:2',
      ]);
      expect(library.warnings).toEqual([]);
      expect(entered.mock.calls.filter(([dir]) => String(dir).includes('m_sub'))).toHaveLength(1);
    } finally {
      entered.mockRestore();
    }
    expect(process.cwd()).toBe(before);
  });

  it('stats files by their whole paths when the working folder was removed', async () => {
    const { root, load } = nested();
    await load();
    writeFileSync(join(root, 'en', 'peru', 'm_sub', 'delta.md'), guide('Deltx', 1));
    utimesSync(join(root, 'en', 'peru', 'm_sub', 'delta.md'), later, later);
    const before = process.cwd();
    const gone = mkdtempSync(join(tmpdir(), 'tramit-cwd-gone-'));
    process.chdir(gone);
    rmSync(gone, { recursive: true });
    try {
      expect(titles(await load())).toEqual(['Alpha:2', 'Beta:3', 'Deltx:1', 'Top:1', 'Zeta:2']);
      expect(() => process.cwd()).toThrow();
    } finally {
      process.chdir(before);
    }
  });
});
