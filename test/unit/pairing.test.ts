import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { libraryIndex, searchGuides } from '../../src/search/search.js';
import { FIXTURES } from '../helpers/paths.js';

describe('translation keys compared folded (issue 16, item 2)', () => {
  let library: Library;
  beforeAll(async () => {
    library = await Library.load([{ dir: resolve(FIXTURES, 'community'), origin: 'option' }]);
  });

  it('pairs keys that differ only by separators, under the English translation key', () => {
    const tax = library.guides.filter((g) => g.country === 'czech-republic' && g.title.match(/tax|daní/i));
    expect(tax.map((g) => [g.lang, g.key]).sort()).toEqual([
      ['cs', 'czech-republic-tax_payment'],
      ['en', 'czech-republic-tax_payment'],
    ]);
    expect(
      library
        .translations('czech-republic-tax_payment')
        .map((g) => g.id)
        .sort(),
    ).toEqual(['czech-republic/platba_dani', 'czech-republic/tax_payment']);
    // The key as the Czech file writes it still names the pair.
    expect(library.translations('czech republic-tax_payment')).toHaveLength(2);
  });

  it('counts one procedure per pair', () => {
    const czech = library.countries().find((c) => c.slug === 'czech-republic')!;
    expect([czech.keys, czech.files, czech.languages]).toEqual([3, 4, ['cs', 'en']]);
  });
});

describe('a cached search index when a translation joins a pair later', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'tramit-pairing-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const root = join(tmp, 'library');
  const cache = join(tmp, 'cache');
  const copy = (rel: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), readFileSync(join(FIXTURES, 'community', rel)));
  };
  const search = async (words: string) => {
    const library = await Library.load([{ dir: root, origin: 'option' }], { cacheDir: cache });
    return searchGuides(libraryIndex(library, cache), words).map((hit) => [hit.lang, hit.key]);
  };

  it('gives the translation already indexed the key the pair shares now (one hit per procedure)', async () => {
    copy('cs/czech republic/platba_dani.md');
    copy('en/czech-republic/car_registration.md');
    expect(await search('placení daní')).toEqual([['cs', 'czech republic-tax_payment']]);
    copy('en/czech-republic/tax_payment.md');
    expect(await search('pay step')).toEqual([['en', 'czech-republic-tax_payment']]);
    expect(await search('placení daní')).toEqual([['cs', 'czech-republic-tax_payment']]);
  });
});
