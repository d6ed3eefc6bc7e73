import type MiniSearchIndex from 'minisearch';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { SearchIndex, processTerm, tokenize, type SearchDocument } from '../../src/search/engine.js';
import { searchDocument } from '../../src/search/search.js';
import { isStopWord } from '../../src/search/stopwords.js';
import { searchDoc } from '../helpers/search.js';

const doc = searchDoc;

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

// MiniSearch is what this engine replaced. Its ranking was changed on purpose since (issue 17: tiers
// of words matched, typos after exact matches, stop words, other forms of a word); what still
// holds is compared while MiniSearch is installed: the same tokens and field lengths, the same
// BM25+ score for a word matched as it is, and the same documents found for a whole query.
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

const FIELDS = ['title', 'slug', 'description', 'about', 'steps', 'documents'] as const;
const BOOST = { title: 3, slug: 2, description: 1.5, about: 1.2, steps: 0.7, documents: 1 };
/** Marks a token MiniSearch must count in a field's length but not index: a guide's own stop words. */
const UNINDEXED = '\u0001';

describe.runIf(MiniSearch)('the engine compared with MiniSearch on the bundled guides', () => {
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
      fields: [...FIELDS],
      storeFields: ['guideId', 'key', 'lang', 'country', 'title', 'topics'],
      tokenize: (text: string) => tokenize(text),
      processTerm: (term: string) => (term.startsWith(UNINDEXED) ? null : processTerm(term)),
    });
    // The same text, with each stop word of the guide's language marked: still a distinct token.
    const marked = (text: string, lang: string) =>
      text.replace(/[^\n\r\p{Z}\p{P}]+/gu, (token) =>
        isStopWord(processTerm(token) ?? '', lang) ? UNINDEXED + token : token,
      );
    mini.addAll(
      documents.map((d) => ({
        ...d,
        ...Object.fromEntries(FIELDS.map((f) => [f, marked(d[f], d.lang)])),
      })),
    );
  });

  const words = [...new Set(QUERIES.flatMap((q) => tokenize(q).map(processTerm)))].filter(
    (w): w is string => !!w,
  );

  it.each(words)('"%s" matched as it is scores every guide the same', (word) => {
    const ours = index.search([
      { term: word, prefix: false, fuzzy: 0, knownFuzzy: 0, stop: false, weak: false, forms: false },
    ]);
    const theirs = mini.search(word, { prefix: false, fuzzy: false, boost: BOOST });
    // Our only tier for one exact word: guides with it in their title first, in MiniSearch's order.
    const titled = (r: { match: Record<string, string[]> }) => (r.match[word]?.includes('title') ? 0 : 1);
    const expected = [...theirs].sort((a, b) => titled(a) - titled(b));
    expect(ours.map((h) => [h.doc.id, h.score, h.terms])).toEqual(
      expected.map((r) => [String(r.id), r.score, r.terms]),
    );
  });

  it.each(QUERIES)('"%s" finds the same guides', (query) => {
    const options = {
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
      boost: BOOST,
    };
    for (const combineWith of ['AND', 'OR'] as const) {
      const ours = index.search(query, { combineWith }).map((h) => h.doc.id);
      const theirs = mini.search(query, { ...options, combineWith }).map((r) => String(r.id));
      expect(new Set(ours)).toEqual(new Set(theirs));
      expect(ours.length).toBe(theirs.length);
    }
  });
});
