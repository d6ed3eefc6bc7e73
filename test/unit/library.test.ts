import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JS module shared with the benchmark
import { generateLibrary, LANGUAGES } from '../../bench/generate-library.mjs';
import { resolveGuide } from '../../src/guide/resolve.js';
import { Library } from '../../src/library/library.js';
import { GUIDES } from '../helpers/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'tramit-library-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a generated community library of 2,500 guides', () => {
  const dir = join(tmp, 'community');
  const written = generateLibrary(dir, 2500) as Array<{
    path: string;
    key: string;
    lang: string;
    steps: number;
    documents: number;
  }>;
  let library: Library;
  beforeAll(async () => {
    library = await Library.load([{ dir, origin: 'option' }]);
  });

  it('loads every file, with no warnings', () => {
    expect(library.warnings).toEqual([]);
    expect(library.guides).toHaveLength(2500);
  });

  it('reads every file in all 15 languages with its steps and documents', () => {
    const byPath = new Map(library.guides.map((g) => [g.path, g]));
    for (const file of written) {
      const guide = byPath.get(file.path)!;
      expect([guide.path, guide.stepCount, guide.documentCount]).toEqual([
        file.path,
        file.steps,
        file.documents,
      ]);
    }
    expect(new Set(library.guides.map((g) => g.lang))).toEqual(new Set(LANGUAGES));
  });

  it('opens every guide by its id, whatever keys other guides have (swapped keys included)', () => {
    for (const guide of library.guides) {
      const found = resolveGuide(guide.id, library.guides, guide.lang);
      expect(found.translations, guide.id).toContain(guide);
    }
  });

  it('groups translations by key', () => {
    const keys = new Set(written.map((w) => w.key));
    expect(library.keys()).toHaveLength(keys.size);
    for (const key of keys) {
      expect(library.translations(key).length).toBe(written.filter((w) => w.key === key).length);
    }
  });
});

describe('a folder mixing good and broken files', () => {
  const dir = join(tmp, 'mixed');
  mkdirSync(join(dir, 'en', 'mexico'), { recursive: true });
  mkdirSync(join(dir, '.github'), { recursive: true });
  const good = (title: string) =>
    `---\ntitle: ${title}\ncategories: [Mexico]\ntranslationKey: mexico-${title}\ndate: 2025-01-01\ndescription: d\n---\n## Procedure\n1. Step.\n`;
  writeFileSync(join(dir, 'en', 'mexico', 'good_one.md'), good('good_one'));
  writeFileSync(join(dir, 'en', 'mexico', 'good_two.md'), good('good_two'));
  writeFileSync(join(dir, 'flat_good.md'), good('flat_good'));
  writeFileSync(join(dir, 'en', 'mexico', 'no_front_matter.md'), '# Hello\n\n## Procedure\n1. x\n');
  writeFileSync(join(dir, 'en', 'mexico', 'bad_yaml.md'), '---\ntitle: [oops\n---\n## Procedure\n1. x\n');
  writeFileSync(join(dir, 'en', 'mexico', 'empty.md'), '');
  writeFileSync(join(dir, 'en', 'mexico', 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  writeFileSync(join(dir, 'en', 'mexico', 'latin1.md'), Buffer.from('---\ntitle: caf\xe9\n---\n', 'latin1'));
  writeFileSync(join(dir, 'en', '_index.md'), '---\ntitle: Section page\n---\n');
  writeFileSync(join(dir, '.github', 'hidden.md'), good('hidden'));
  writeFileSync(join(dir, 'en', 'mexico', 'notes.txt'), 'not a guide');
  symlinkSync(dir, join(dir, 'en', 'loop'));
  symlinkSync('/etc', join(dir, 'en', 'outside'));

  let library: Library;
  beforeAll(async () => {
    library = await Library.load([{ dir, origin: 'option' }]);
  });

  it('lists every good guide', () => {
    expect(library.guides.map((g) => g.id).sort()).toEqual([
      'mexico/flat_good',
      'mexico/good_one',
      'mexico/good_two',
    ]);
  });

  it('warns once per bad file, naming it', () => {
    const bad = [
      'no_front_matter.md',
      'bad_yaml.md',
      'empty.md',
      'binary.md',
      'latin1.md',
      'outside',
      'loop',
    ];
    for (const name of bad) {
      expect(
        library.warnings.filter((w) => w.path.endsWith(name)),
        name,
      ).toHaveLength(1);
    }
    expect(library.warnings).toHaveLength(bad.length);
  });
});

describe('countries', () => {
  let library: Library;
  beforeAll(async () => {
    library = await Library.load([{ dir: GUIDES, origin: 'bundled' }]);
  });
  it.each([
    ['mexico', 'mexico'],
    ['mx', 'mexico'],
    ['México', 'mexico'],
    ['MEXICO', 'mexico'],
    ['Deutschland', 'germany'],
    ['de', 'germany'],
    ['España', 'spain'],
    ['es', 'spain'],
  ])('%s → %s', async (input, slug) => {
    expect(await library.findCountry(input)).toBe(slug);
  });

  it('suggests the closest country for a typo', async () => {
    await expect(library.findCountry('mexco')).rejects.toThrow(
      expect.objectContaining({ exitCode: 2, suggestions: ['mexico'] }),
    );
  });

  it('finds a country named in categories when the file is in a flat folder', async () => {
    const flat = join(tmp, 'flat');
    mkdirSync(flat, { recursive: true });
    writeFileSync(
      join(flat, 'x.md'),
      '---\ntitle: X\ncategories:\n- Perú\ntranslationKey: peru-x\ndate: 2025-01-01\ndescription: d\n---\n## Procedure\n1. s\n',
    );
    const lib = await Library.load([{ dir: flat, origin: 'option' }]);
    expect(lib.guides[0]!.id).toBe('peru/x');
    expect(await lib.findCountry('Perú')).toBe('peru');
  });
});
