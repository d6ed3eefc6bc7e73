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
const registered = new Set<string>();

/**
 * The country dataset, with a language's names registered on first use: listing from a cached index
 * never needs it (the index keeps the names of its countries), and most lookups end in English.
 */
function countries(lang?: string): typeof Countries {
  // The package's main entry registers all 78 of its locales (720 KB of JSON, ~40 ms); its index
  // file is the same library with none, and tramit registers the ones it reads as they are needed.
  dataset ??= require('i18n-iso-countries/index.js') as typeof Countries;
  for (const l of lang ? [lang] : COUNTRY_NAME_LANGUAGES) {
    if (registered.has(l)) continue;
    dataset.registerLocale(require(`i18n-iso-countries/langs/${l}.json`) as Countries.LocaleData);
    registered.add(l);
  }
  return dataset;
}

const byName = new Map<string, Map<string, string>>();

/** Folded name ("mexico", "deutschland", "czech republic") → ISO code, for one language. */
function nameIndex(lang: string): Map<string, string> {
  let index = byName.get(lang);
  if (index) return index;
  index = new Map();
  for (const [code, names] of Object.entries(countries(lang).getNames(lang, { select: 'all' }))) {
    for (const name of names as unknown as string[]) {
      const folded = fold(name);
      if (folded && !index.has(folded)) index.set(folded, code);
    }
  }
  byName.set(lang, index);
  return index;
}

/**
 * The ISO alpha-2 code of a country given as code (`mx`), slug (`czech-republic`, `united_states`)
 * or a name in any of the 15 languages, with or without accents (`México`, `Deutschland`).
 */
export function countryCode(input: string): string | null {
  const folded = fold(input);
  if (!folded) return null;
  if (/^[a-z]{2}$/.test(folded) && countries('en').isValid(folded.toUpperCase())) return folded.toUpperCase();
  for (const lang of COUNTRY_NAME_LANGUAGES) {
    const code = nameIndex(lang).get(folded);
    if (code) return code;
  }
  return null;
}

/** The slug tramit uses for a country no guide folder has named: its short English name. */
export function defaultCountrySlug(code: string): string {
  const names = (countries('en').getName(code, 'en', { select: 'all' }) as unknown as
    string[] | undefined) ?? [code];
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
