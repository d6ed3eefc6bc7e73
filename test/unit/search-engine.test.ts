import type MiniSearchIndex from 'minisearch';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { SearchIndex, processTerm, tokenize, type SearchDocument } from '../../src/search/engine.js';
import { searchDocument, searchGuides } from '../../src/search/search.js';

const doc = (id: string, fields: Partial<SearchDocument> = {}): SearchDocument => ({
  id,
  gid: id,
  key: `k-${id}`,
  lang: 'en',
  country: 'spain',
  title: '',
  slug: '',
  description: '',
  steps: '',
  documents: '',
  topics: '',
  ...fields,
});

const DOCS = [
  doc('a', { title: 'Renew your passport', steps: 'Book an appointment. Pay the fee.', topics: 'id travel' }),
  doc('b', { title: 'Empadronamiento en Madrid', description: 'Inscripción en el padrón', lang: 'es' }),
  doc('c', { title: 'Driving licence', documents: 'Passport original and copy', country: 'peru' }),
  doc('d', { title: 'Passport for a child', slug: 'child passport', lang: 'pt', country: 'brazil' }),
  doc('e', { title: 'Renewal of a residence permit', steps: 'Renewal takes weeks' }),
];

const titles = (index: SearchIndex, query: string, combineWith: 'AND' | 'OR' = 'AND') =>
  index.search(query, { combineWith }).map((h) => h.doc.title);

describe('the search engine', () => {
  it('tokenises on spaces and punctuation and folds case and accents', () => {
    expect(tokenize('Hola, mundo—¿qué tal?')).toEqual(['Hola', 'mundo', 'qué', 'tal', '']);
    expect(processTerm('INSCRIPCIÓN')).toBe('inscripcion');
    expect(processTerm('')).toBeNull();
  });

  it.each([
    ['exact', 'passport', ['Passport for a child', 'Renew your passport', 'Driving licence']],
    ['accent-insensitive', 'INSCRIPCION', ['Empadronamiento en Madrid']],
    ['prefix from three letters', 'empad', ['Empadronamiento en Madrid']],
    ['no prefix under three letters', 'em', []],
    [
      'one typo from four letters',
      'pasport',
      ['Passport for a child', 'Renew your passport', 'Driving licence'],
    ],
    [
      'two typos from seven letters',
      'pazzport',
      ['Passport for a child', 'Renew your passport', 'Driving licence'],
    ],
    ['no typo under four letters', 'pqy', []],
  ])('matches %s', (_, query, expected) => {
    expect(titles(SearchIndex.build(DOCS), query)).toEqual(expected);
  });

  it('requires every word with AND and any word with OR', () => {
    const index = SearchIndex.build(DOCS);
    expect(titles(index, 'renew passport')).toEqual(['Renew your passport']);
    expect(titles(index, 'madrid passport')).toEqual([]);
    expect(titles(index, 'madrid passport', 'OR')).toContain('Empadronamiento en Madrid');
  });

  it('weighs a title match above the same word in a document list', () => {
    const [first, ...rest] = SearchIndex.build(DOCS).search('passport', { combineWith: 'AND' });
    expect(first!.doc.title).toBe('Passport for a child');
    expect(rest.at(-1)!.doc.title).toBe('Driving licence');
    expect(first!.terms).toEqual(['passport']);
  });

  it('lists the index terms that matched', () => {
    const [hit] = SearchIndex.build(DOCS).search('residen', { combineWith: 'AND' });
    expect(hit!.doc.title).toBe('Renewal of a residence permit');
    expect(hit!.terms).toEqual(['residence']);
  });

  it('filters on stored fields', () => {
    const index = SearchIndex.build(DOCS);
    const hits = index.search('passport', { combineWith: 'AND', filter: (d) => d.country === 'peru' });
    expect(hits.map((h) => h.doc.title)).toEqual(['Driving licence']);
  });

  it('removes and adds documents, and a serialized copy answers the same', () => {
    const index = SearchIndex.build(DOCS);
    expect(index.remove('a')).toBe(true);
    expect(index.remove('a')).toBe(false);
    index.add(doc('f', { title: 'Passport photos', stamp: 's1' } as Partial<SearchDocument>));
    expect(() => index.add(doc('f'))).toThrow();
    expect(index.size).toBe(5);
    expect(index.pending).toBe(2);
    expect(titles(index, 'passport')).toEqual(['Passport for a child', 'Passport photos', 'Driving licence']);
    expect(titles(index, 'renew')).toEqual(['Renewal of a residence permit']);
    index.remove('f');
    index.add(doc('a', { title: 'Renew your passport' }));
    const copy = SearchIndex.load(JSON.parse(JSON.stringify(index)));
    for (const q of ['passport', 'renew', 'pasport renewel', 'madrid child', 'empad'])
      for (const combineWith of ['AND', 'OR'] as const)
        expect(copy.search(q, { combineWith }).map((h) => [h.doc.id, h.score, h.terms])).toEqual(
          index.search(q, { combineWith }).map((h) => [h.doc.id, h.score, h.terms]),
        );
    expect(new Map(copy.entries()).get('f')).toBeUndefined();
  });

  it('scores a library changed in place like one built from scratch', () => {
    const edited = doc('c', { title: 'Driving licence renewal', documents: 'Passport', country: 'peru' });
    const changed = SearchIndex.build(DOCS);
    changed.remove('c');
    changed.add(edited);
    const fresh = SearchIndex.build([...DOCS.filter((d) => d.id !== 'c'), edited]);
    for (const q of ['passport', 'renewal', 'licence renew'])
      expect(
        changed
          .search(q, { combineWith: 'OR' })
          .map((h) => [h.doc.id, h.score.toFixed(9)])
          .sort(),
      ).toEqual(
        fresh
          .search(q, { combineWith: 'OR' })
          .map((h) => [h.doc.id, h.score.toFixed(9)])
          .sort(),
      );
  });

  it('refuses data of another format, so that the cache is rebuilt', () => {
    expect(() => SearchIndex.load({} as never)).toThrow();
    expect(() => SearchIndex.load({ ...SearchIndex.build(DOCS).toJSON(), v: 0 })).toThrow();
  });

  it('answers a query of any length: a 70,000-letter word is matched by prefix, not by typos', () => {
    const index = SearchIndex.build(DOCS);
    expect(index.search('p'.repeat(70_000))).toEqual([]);
    expect(titles(index, `passport ${'x'.repeat(70_000)}`, 'OR')).toContain('Renew your passport');
  });

  it('checks a loaded index throughout, and finds a damaged one', () => {
    const data = SearchIndex.build(DOCS).toJSON();
    expect(SearchIndex.load(structuredClone(data)).check()).toBe(true);
    const cut = structuredClone(data);
    cut.main.terms = cut.main.terms.replace('passport|', 'pass|ort|');
    expect(SearchIndex.load(cut).check()).toBe(false);
    const posting = structuredClone(data);
    posting.main.posts = posting.main.posts.replace('!', '|');
    expect(SearchIndex.load(posting).check()).toBe(false);
  });
});

// MiniSearch is what this engine replaced; while it is still installed, rankings must not move.
const MiniSearch = await import('minisearch').then(
  (m) => m.default,
  () => undefined,
);

const QUERIES = [
  'passport',
  'inscripcion imss',
  'imms enrollment',
  'INSCRIPCIÓN IMSS',
  'empadronamiento',
  'anmeldung wohnung',
  'monotributo',
  'licencia conducir',
  'curp',
  'social security',
  'segurança social',
  'seguridad social',
  'driving licence',
  'driver license',
  'licencia de conducir',
  'carteira de motorista',
  'führerschein',
  'fuhrerschein umschreiben',
  'wohnsitz anmelden',
  'steuer',
  'steuernummer',
  'aufenthaltstitel',
  'nie',
  'numero de identidad',
  'cpf',
  'cadastro pessoa fisica',
  'registro',
  'regist',
  'tax id',
  'taxes register',
  'empadronamento',
  'certidao nascimento',
  'birth certificate',
  'visa',
  'renov',
  'pasaporte renovacion',
  'passaporte',
  'health insurance',
  'krankenversicherung',
  'rfc sat',
  'xylophone',
];

describe.runIf(MiniSearch)('rankings compared with MiniSearch on the bundled guides', () => {
  let index: SearchIndex;
  let mini: MiniSearchIndex<SearchDocument>;

  beforeAll(async () => {
    const guides = join(fileURLToPath(new URL('../..', import.meta.url)), 'guides');
    const library = await Library.load([{ dir: guides, origin: 'option' }]);
    const documents = library.guides.flatMap((g) => {
      const text = library.searchText(g);
      return text ? [searchDocument(g, text, g.path)] : [];
    });
    expect(documents.length).toBeGreaterThan(30);
    index = SearchIndex.build(documents);
    mini = new MiniSearch!<SearchDocument>({
      fields: ['title', 'slug', 'description', 'steps', 'documents'],
      storeFields: ['gid', 'key', 'lang', 'country', 'title', 'topics'],
      processTerm: (term: string) => processTerm(term),
    });
    mini.addAll(documents);
  });

  const miniGuides = (query: string) => {
    const options = {
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
      boost: { title: 3, slug: 2, description: 1.5, documents: 1, steps: 0.7 },
    };
    let results = mini.search(query, { ...options, combineWith: 'AND' });
    if (results.length === 0) results = mini.search(query, { ...options, combineWith: 'OR' });
    const best = new Map<string, { key: string; score: number; terms: string[] }>();
    for (const r of results)
      if (!best.has(String(r.key)))
        best.set(String(r.key), {
          key: String(r.key),
          score: Math.round(r.score * 100) / 100,
          terms: r.terms,
        });
    return [...best.values()];
  };

  it.each(QUERIES)('"%s" ranks the same', (query) => {
    const ours = searchGuides(index, query);
    const theirs = miniGuides(query);
    expect(ours.length).toBe(theirs.length);
    expect(ours[0]?.key).toBe(theirs[0]?.key);
    expect(new Set(ours.slice(0, 3).map((h) => h.key))).toEqual(
      new Set(theirs.slice(0, 3).map((h) => h.key)),
    );
    // Scores agree to the rounding the command prints; matched terms may be listed in another order.
    expect(ours.map((h) => [h.key, h.score])).toEqual(theirs.map((h) => [h.key, h.score]));
    expect(ours.map((h) => [...h.terms].sort())).toEqual(theirs.map((h) => [...h.terms].sort()));
  });
});
