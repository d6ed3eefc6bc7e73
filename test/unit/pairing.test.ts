import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
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
