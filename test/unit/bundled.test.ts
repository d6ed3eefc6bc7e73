import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTopicId } from '../../src/guide/topics.js';
import { Library } from '../../src/library/library.js';
import { GUIDES, HAVE_SEED, SEED } from '../helpers/paths.js';

const library = await Library.load([{ dir: GUIDES, origin: 'bundled' }]);
const guides = await Promise.all(library.guides.map((g) => library.full(g)));

describe('the bundled library', () => {
  it('has 64 guides in 6 countries, every file loaded', () => {
    expect(library.warnings).toEqual([]);
    expect(library.guides).toHaveLength(64);
    expect(library.countries().map((c) => [c.slug, c.keys])).toEqual([
      ['argentina', 4],
      ['colombia', 4],
      ['germany', 4],
      ['mexico', 12],
      ['portugal', 4],
      ['spain', 4],
    ]);
  });

  it.each(library.keys())('%s: a pair with the same steps and documents in both languages', (key) => {
    const pair = library.translations(key);
    expect(pair.map((g) => g.lang)).toContain('en');
    expect(pair).toHaveLength(2);
    const [a, b] = pair as [(typeof pair)[0], (typeof pair)[0]];
    expect([a.steps, a.documents]).toEqual([b.steps, b.documents]);
    expect(a.topics).toEqual(b.topics);
  });

  it.each(guides.map((g) => [`${g.lang}/${g.id}`, g] as const))(
    '%s: sources, topics, clean parse, related links that resolve',
    (_name, guide) => {
      expect(guide.sources.length).toBeGreaterThan(0);
      for (const source of guide.sources) {
        expect(source.url).toMatch(/^https:\/\//);
        expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(guide.topics.length).toBeGreaterThan(0);
      expect(guide.topics.every(isTopicId)).toBe(true);
      expect(guide.problems).toEqual([]);
      expect(guide.steps.length).toBeGreaterThanOrEqual(4);
      expect(guide.documents.length).toBeGreaterThan(0);
      expect(guide.documents.every((d) => d.note.length > 0)).toBe(true);
      expect(guide.related.length).toBeGreaterThan(0);
      for (const link of guide.related) {
        const id = library.resolveLink(link.target);
        expect(id, link.url).not.toBeNull();
        expect(library.guideById(id!, link.target!.lang)!.lang, link.url).toBe(guide.lang);
      }
    },
  );
});

// Our wording is our own: no run of eight words from the community seed guide appears in ours.
describe.skipIf(!HAVE_SEED)('bundled wording', () => {
  const words = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = (text: string) => {
    const w = words(text);
    return new Set(w.slice(0, Math.max(0, w.length - 7)).map((_, i) => w.slice(i, i + 8).join(' ')));
  };
  // A skipped describe is still collected: read the seed only when it is there.
  const seed = HAVE_SEED ? shingles(readFileSync(SEED, 'utf8')) : new Set<string>();
  it.each(guides.map((g) => [g.path.slice(GUIDES.length), g.path] as const))(
    '%s shares no 8-word run with the seed',
    (_name, path) => {
      const ours = shingles(readFileSync(path, 'utf8'));
      expect([...ours].filter((s) => seed.has(s))).toEqual([]);
    },
  );
});
