import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTopicId } from '../../src/guide/topics.js';
import { Library } from '../../src/library/library.js';
import { GUIDES, HAVE_SEED, SEED } from '../helpers/paths.js';

const library = await Library.load([{ dir: GUIDES, origin: 'bundled' }]);
const guides = await Promise.all(library.guides.map((g) => library.full(g)));

describe('the bundled library', () => {
  it('loads every guide file, in 6 countries', () => {
    const files = readdirSync(GUIDES, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(library.warnings).toEqual([]);
    expect(library.guides).toHaveLength(files.length);
    expect(library.countries().map((c) => [c.slug, c.keys])).toEqual([
      ['argentina', 6],
      ['colombia', 6],
      ['germany', 7],
      ['mexico', 18],
      ['portugal', 7],
      ['spain', 8],
    ]);
  });

  // Every procedure in English and Spanish (a Spanish speaker moving anywhere is a core user), and in the
  // country's own language where that is neither.
  const LOCAL: Record<string, string> = { germany: 'de', portugal: 'pt' };
  it.each(library.keys())('%s: every language has the same steps, documents and topics', (key) => {
    const versions = library.translations(key);
    const country = versions[0]!.country;
    const expected = ['en', 'es', ...(LOCAL[country] ? [LOCAL[country]] : [])].sort();
    expect(versions.map((g) => g.lang).sort()).toEqual(expected);
    const [first, ...rest] = versions as [(typeof versions)[0], ...typeof versions];
    for (const other of rest) {
      expect([other.lang, other.stepCount, other.documentCount]).toEqual([
        other.lang,
        first.stepCount,
        first.documentCount,
      ]);
      expect(other.topics).toEqual(first.topics);
    }
  });

  // `plan` links guides by what they give: every bundled guide says so itself (an empty list when it
  // gives no document), never leaving it to a guess from its title, and its translations agree.
  it.each(library.keys())('%s: every translation declares the same produces', (key) => {
    const versions = guides.filter((g) => g.key === key);
    for (const guide of versions) {
      expect(readFileSync(guide.path, 'utf8'), guide.path).toMatch(/^produces:/m);
      expect(
        guide.produces.every((p) => !p.inferred),
        guide.path,
      ).toBe(true);
    }
    const kinds = versions.map((g) => [g.lang, g.produces.map((p) => p.kind)]);
    expect(kinds).toEqual(versions.map((g) => [g.lang, versions[0]!.produces.map((p) => p.kind)]));
  });

  it('is listed whole in docs/LIBRARY.md (node scripts/library-doc.mjs)', () => {
    const doc = readFileSync(new URL('../../docs/LIBRARY.md', import.meta.url), 'utf8');
    expect(library.keys().filter((key) => !doc.includes(`\`${key}\``))).toEqual([]);
    expect(
      guides.filter((g) => !doc.includes(`\`${g.path.slice(GUIDES.length + 1)}\``)).map((g) => g.path),
    ).toEqual([]);
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

// English is written in British spelling everywhere (guides and tramit's own messages): one voice, not two.
describe('British spelling', () => {
  const US =
    /\b(?!(?:si|sei|pri)z)\w+iz(?:e|es|ed|ing|ation|ations)\b|\b(?:color|colors|center|centers|enroll|enrolls|favor|behavior|catalog|analyze|fulfill)\b/gi;
  const english = [
    ...guides.filter((g) => g.lang === 'en').map((g) => g.path),
    new URL('../../src/i18n/en.ts', import.meta.url).pathname,
  ];
  it.each(english)('%s', (path) => {
    const prose = readFileSync(path, 'utf8').replace(
      /\(https?:[^)]*\)|https?:\S+|--no-color|NO_COLOR|Welcome Center/g,
      '',
    );
    expect(prose.match(US) ?? []).toEqual([]);
  });
});
