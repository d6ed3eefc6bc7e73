import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryInfo } from '../../src/library/countries.js';
import { GUIDE_LANGUAGES } from '../../src/library/languages.js';
import { Library } from '../../src/library/library.js';
import { SearchIndex, type SearchDocument } from '../../src/search/engine.js';
import { readQuery } from '../../src/search/query.js';
import { searchGuides, libraryIndex, proceduresNamedBy } from '../../src/search/search.js';
import { STOP_WORDS, isStopWord } from '../../src/search/stopwords.js';
import { fold } from '../../src/text/normalize.js';
import { GUIDES } from '../helpers/paths.js';
import { bundledSearch, searchDoc } from '../helpers/search.js';

const { library, index } = await bundledSearch();
const countries = library.countryNames();
const search = (query: string, lang = 'en', filters = {}) =>
  searchGuides(index, query, filters, { prefer: lang, countries });

const doc = searchDoc;
const keys = (docs: SearchDocument[], query: string, lang = 'en') =>
  searchGuides(SearchIndex.build(docs), query, {}, { prefer: lang }).map((h) => h.key);

describe('stop words', () => {
  it('has a list for each of the 15 guide languages, written folded', () => {
    expect(Object.keys(STOP_WORDS).sort()).toEqual([...GUIDE_LANGUAGES].sort());
    for (const [lang, words] of Object.entries(STOP_WORDS)) {
      expect(words.size, lang).toBeGreaterThan(20);
      for (const word of words) expect(fold(word), `${lang}: ${word}`).toBe(word);
    }
    expect(isStopWord('de')).toBe(true);
    expect(isStopWord('licencia')).toBe(false);
  });

  it('never make a result on their own', () => {
    const hits = search('licencia de manejo', 'es');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits)
      expect(
        hit.terms.some((t) => !isStopWord(t)),
        hit.key,
      ).toBe(true);
    const docs = [doc('only-de', { title: 'Uno de dos' }), doc('licence', { title: 'Licencia' })];
    expect(keys(docs, 'licencia de manejo', 'es')).toEqual(['licence']);
  });

  it('are searched as words when the query has nothing else', () => {
    expect(keys([doc('a', { title: 'Die Hard' }), doc('b', { title: 'Other' })], 'die')).toEqual(['a']);
  });

  it('of a guide are not indexed in its own language: German "nie" (never) is not the NIE', () => {
    const hits = search('nie');
    expect(hits[0]!.key).toBe('spain-nie');
    expect(hits.filter((h) => h.country !== 'spain')).toEqual([]);
  });
});

describe('several words', () => {
  const docs = [
    doc('one', { title: 'Passport passport passport' }),
    doc('both', { steps: 'Renew the passport at the consulate' }),
    doc('other', { title: 'Renewal of a residence permit' }),
  ];

  it('rank results that match every word before those that match some', () => {
    expect(keys(docs, 'passport renew')[0]).toBe('both');
  });

  it('let no typo outrank an exact match of another word', () => {
    const fuzzy = [
      doc('typo', { title: 'Pasaporte pasaporte', description: 'pasaporte' }),
      doc('exact', { steps: 'Pide la renovación' }),
    ];
    expect(keys(fuzzy, 'pasaprote renovacion', 'es')).toEqual(['exact', 'typo']);
    const hits = search('pasaprote renovacion', 'es');
    const firstTypo = hits.findIndex((h) => !h.terms.some((t) => t.startsWith('renov')));
    const lastExact = hits.findLastIndex((h) => h.terms.some((t) => t.startsWith('renov')));
    expect(firstTypo === -1 || firstTypo > lastExact).toBe(true);
  });

  it('take two edits from a word the library has for another word, not a typo', () => {
    // "vigencia" is two edits from "licencia", a word the guides have: no match.
    const docs = [doc('other', { title: 'Vigencia' }), doc('exact', { steps: 'Lleva tu licencia' })];
    expect(keys(docs, 'licencia de manejo', 'es')).toEqual(['exact']);
    expect(search('licencia de manejo', 'es').every((h) => h.terms.includes('licencia'))).toBe(true);
    // One edit is a spelling: "license" finds "licence".
    expect(keys([doc('uk', { title: 'Licence' }), doc('us', { title: 'License' })], 'license')).toEqual([
      'us',
      'uk',
    ]);
  });

  it('drop results that match only by a typo of a short word', () => {
    const short = [
      doc('imss', { title: 'IMSS' }),
      doc('enrol', { title: 'Enrollment' }),
      doc('both', { title: 'IMSS enrollment' }),
    ];
    // "imms" is one edit from "imss": enough to help a result that matches "enrollment" too.
    expect(keys(short, 'imms enrollment')).toEqual(['both', 'enrol']);
    // On its own, a typo is still found.
    expect(keys(short, 'imms')).toEqual(['imss', 'both']);
  });
});

describe('short words and acronyms', () => {
  const docs = [
    doc('exact', { title: 'NIE number' }),
    doc('prefix', { title: 'Niece and nephew' }),
    doc('typo', { title: 'Nile cruise' }),
  ];

  it('match exactly: no prefix, no typo', () => {
    expect(keys(docs, 'nie')).toEqual(['exact']);
    expect(keys([doc('a', { title: 'Ties' }), doc('b', { title: 'tie' })], 'tie')).toEqual(['b']);
  });

  it('in capitals, match exactly whatever their length', () => {
    const imss = [doc('imss', { title: 'IMSS' }), doc('imms', { title: 'IMMS' })];
    expect(keys(imss, 'IMSS enrolment')).toEqual(['imss']);
    // A query all in capitals says nothing about acronyms: typos are allowed again.
    expect(keys([doc('imss', { title: 'IMSS enrollment' })], 'IMMS ENROLLMENT')).toEqual(['imss']);
  });
});

describe('country words', () => {
  it('rank the named country first: self employed mexico', () => {
    const hits = search('self employed mexico');
    expect(hits[0]!.key).toBe('mexico-imss_enrollment');
    const firstOther = hits.findIndex((h) => h.country !== 'mexico');
    expect(hits.slice(firstOther).every((h) => h.country !== 'mexico')).toBe(true);
  });

  it.each([
    ['self employed mexico', 'mexico'],
    ['self employed México', 'mexico'],
    ['self employed mx', 'mexico'],
    ['self employed mexican', 'mexico'],
    ['trabajador independiente mexicano', 'mexico'],
    ['trabajadores independientes mexicanos', 'mexico'],
    ['autónomo españa', 'spain'],
    ['self employed spanish', 'spain'],
    ['autonomo español', 'spain'],
    ['selbständig spanien', 'spain'],
    ['steuer deutschland', 'germany'],
    ['tax german', 'germany'],
    ['nif portugués', 'portugal'],
    ['residencia colombiana', 'colombia'],
    ['residence argentinian', 'argentina'],
  ])('"%s" names %s', (query, country) => {
    expect(readQuery(query, { countries }).countries).toEqual([country]);
  });

  it('are words of the query when they name no country of the library, or are ambiguous', () => {
    // `de` and `es` are stop words (German, Spanish) before they are codes; `id` is an identity document.
    const indonesia = { slug: 'indonesia', code: 'ID', names: countryInfo('ID').names };
    for (const query of ['licencia de conducir', 'es obligatorio', 'tax id', 'french visa'])
      expect(readQuery(query, { countries: [...countries, indonesia] }).countries, query).toEqual([]);
  });

  it('are read as words when --country names another country', () => {
    const plan = readQuery('mexican passport', { countries, country: 'spain' });
    expect(plan.countries).toEqual([]);
    expect(plan.words.map((w) => w.term)).toEqual(['mexican', 'passport']);
  });
});

describe('fields', () => {
  it('are all searched, who-needs-it included: freelancer finds the IMSS guide', () => {
    expect(search('freelancer').map((h) => h.key)).toContain('mexico-imss_enrollment');
    expect(
      search('seguro social', 'es')
        .slice(0, 3)
        .map((h) => h.key),
    ).toContain('mexico-imss_enrollment');
  });

  it('are weighted title > description > who-needs-it > steps and documents', () => {
    const docs = [
      doc('steps', { steps: 'zebra' }),
      doc('documents', { documents: 'zebra' }),
      doc('about', { about: 'zebra' }),
      doc('description', { description: 'zebra' }),
      doc('title', { title: 'zebra' }),
    ];
    const ranked = keys(docs, 'zebra');
    expect(ranked.slice(0, 3)).toEqual(['title', 'description', 'about']);
    expect(new Set(ranked.slice(3))).toEqual(new Set(['steps', 'documents']));
  });

  it('are kept in the cached index', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'tramit-search-cache-'));
    const lib = await Library.load([{ dir: GUIDES, origin: 'option' }], { cacheDir });
    libraryIndex(lib, cacheDir);
    const again = await Library.load([{ dir: GUIDES, origin: 'option' }], { cacheDir });
    const hits = searchGuides(libraryIndex(again, cacheDir), 'freelancers', {}, { prefer: 'en' });
    expect(hits.map((h) => h.key)).toContain('mexico-imss_enrollment');
  });
});

describe('translations', () => {
  it('show a procedure once, in the user language when it has it', () => {
    for (const [lang, query] of [
      ['en', 'curp'],
      ['en', 'licencia de conducir'],
      ['es', 'driving licence'],
      ['de', 'imss'],
    ] as const) {
      const hits = search(query, lang);
      expect(hits.length, query).toBeGreaterThan(0);
      expect(new Set(hits.map((h) => h.key)).size).toBe(hits.length);
      for (const hit of hits) {
        const languages = library.translations(hit.key).map((g) => g.lang);
        if (languages.includes(lang)) expect(hit.lang, `${query}: ${hit.key}`).toBe(lang);
      }
    }
    expect(search('curp')[0]!.title).toBe('Get, print or correct your CURP');
  });

  it('with --lang X, show only procedures written in X', () => {
    const hits = search('seguranca social', 'pt', { lang: 'pt' });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.lang === 'pt')).toBe(true);
  });

  it('with --lang all, show every translation of each procedure found', () => {
    const hits = searchGuides(index, 'curp', {}, { every: true, countries });
    const curp = hits.filter((h) => h.key === 'mexico-curp_registration').map((h) => h.lang);
    expect(curp.sort()).toEqual(['en', 'es']);
  });
});

describe('procedures named by words (a guide name typed as several words)', () => {
  const named = (query: string) => proceduresNamedBy(index, query, { countries }).map((d) => d.key);

  it.each([
    ['inscripcion imss', ['mexico-imss_enrollment']],
    ['inscripción IMSS', ['mexico-imss_enrollment']],
    ['acta nacimiento', ['mexico-birth_certificate']],
    ['voter card', ['mexico-ine_voter_id']],
    // A country among the words is the country, not a word of the name.
    ['driving licence mexico', ['mexico-driving_licence_cdmx']],
    ['permiso de residencia portugal', ['portugal-residence_permit']],
    ['self employed mexico', ['mexico-imss_enrollment']],
  ])('%s → %j', (query, expected) => {
    expect(named(query)).toEqual(expected);
  });

  it.each([
    // In the names of several procedures: all of them.
    ['foreigner card', ['colombia-foreigner_id_card', 'spain-tie']],
    ['residence permit', ['germany-residence_permit', 'portugal-residence_permit']],
  ])('%s names several: %j', (query, expected) => {
    expect(named(query).sort()).toEqual(expected);
  });

  it.each(['licencia manejo', 'registro imss'])('%s: found by search, named by no procedure', (query) => {
    // "manejo" is in no guide's name; "registro" and "IMSS" are in the text of many guides and
    // the names of none together: the ranking's first would be a guess, not a name.
    expect(search(query, 'es').length).toBeGreaterThan(1);
    expect(named(query)).toEqual([]);
  });

  it.each(['de la', 'zzz qqq'])('%s names no procedure', (query) => {
    expect(named(query)).toEqual([]);
  });
});
