import { createRequire } from 'node:module';
import type * as Countries from 'i18n-iso-countries';
import { fold } from '../text/normalize.js';

const require = createRequire(import.meta.url);

/** Languages whose country names tramit understands: the community format's 15. */
export const COUNTRY_NAME_LANGUAGES = [
  'en',
  'es',
  'pt',
  'fr',
  'it',
  'de',
  'nl',
  'pl',
  'cs',
  'sk',
  'hu',
  'ro',
  'hr',
  'bg',
  'el',
];

let dataset: typeof Countries | null = null;

/**
 * The country dataset, loaded on first use: listing from a cached index never needs it, because
 * the index keeps the names of the countries it holds (see `countryInfo`).
 */
function countries(): typeof Countries {
  if (dataset) return dataset;
  const loaded = require('i18n-iso-countries') as typeof Countries;
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    loaded.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as Countries.LocaleData);
  }
  dataset = loaded;
  return loaded;
}

let byName: Map<string, string> | null = null;

/** Folded name ("mexico", "deutschland", "czech republic") → ISO alpha-2 code. Built on first use. */
function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    for (const [code, names] of Object.entries(countries().getNames(lang, { select: 'all' }))) {
      for (const name of names as unknown as string[]) {
        const folded = fold(name);
        if (folded && !byName.has(folded)) byName.set(folded, code);
      }
    }
  }
  return byName;
}

/**
 * The ISO alpha-2 code of a country given as code (`mx`), slug (`czech-republic`, `united_states`)
 * or a name in any of the 15 languages, with or without accents (`México`, `Deutschland`).
 */
export function countryCode(input: string): string | null {
  const folded = fold(input);
  if (!folded) return null;
  if (/^[a-z]{2}$/.test(folded) && countries().isValid(folded.toUpperCase())) return folded.toUpperCase();
  return nameIndex().get(folded) ?? null;
}

/** The slug tramit uses for a country no guide folder has named: its short English name. */
export function defaultCountrySlug(code: string): string {
  const names = (countries().getName(code, 'en', { select: 'all' }) as unknown as string[] | undefined) ?? [
    code,
  ];
  const first = names[0]!;
  const shorter = names.find((n) => n !== first && !/[.]/.test(n) && n.length > 3 && first.startsWith(n));
  return fold(shorter ?? first).replace(/ /g, '-');
}

export interface CountryInfo {
  /** Folded names in every language, and the code: what a user may type. */
  names: string[];
  /** The display name per language. */
  labels: Record<string, string>;
}

/** Everything tramit shows or matches of a country, for keeping in an index. */
export function countryInfo(code: string): CountryInfo {
  const names = new Set<string>([code.toLowerCase()]);
  const labels: Record<string, string> = {};
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const label = countries().getName(code, lang);
    if (label) labels[lang] = label;
    for (const name of (countries().getName(code, lang, { select: 'all' }) as unknown as
      string[] | undefined) ?? [])
      names.add(fold(name));
  }
  return { names: [...names], labels };
}
