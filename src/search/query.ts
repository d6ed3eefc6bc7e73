import { DEMONYMS } from './demonyms.js';
import { processTerm, tokenize, type QueryWord } from './engine.js';
import { isStopWord } from './stopwords.js';

/** A country with guides, and what a user may call it (folded): its names in 15 languages, its code. */
export interface CountryNames {
  slug: string;
  code: string;
  names: readonly string[];
}

export interface ReadOptions {
  /** The library's countries: a query word naming one of them is read as that country. */
  countries?: readonly CountryNames[] | undefined;
  /** The country `--country` chose: naming it again says nothing; naming another is a plain word. */
  country?: string | undefined;
}

export interface QueryPlan {
  /** The words to search for, with how each may match. */
  words: QueryWord[];
  /** Slugs of the countries the query named: their guides rank first. */
  countries: string[];
}

/** Words up to this long are matched exactly: a prefix or a typo of "nie" or "rfc" is another word. */
const EXACT_UP_TO = 3;
/** Words up to this long take one typo, but a typo of one of them cannot make a result on its own. */
const SHORT_UP_TO = 5;
/** A stem of a demonym takes this many more letters at most: endings of gender, number and case. */
const STEM_ENDING = 4;
/**
 * Two-letter country codes that are common abbreviations in procedures (an ID, a CV, HR, i.e., the
 * EC): never read as a country. Codes that are stop words ("de", "es", "it", "co") are not either.
 */
const ABBREVIATIONS = new Set(['id', 'ie', 'ec', 'hr', 'cv', 'tv', 'pc', 'ad', 're', 'ps', 'st']);
/** The longest country name in words ("Ηνωμένες Πολιτείες Αμερικής", "Bosnia and Herzegovina"). */
const LONGEST_NAME = 5;

/**
 * How a query is searched. A word naming a country of the library (a name in any of the 15
 * languages, an unambiguous code, a demonym) ranks that country's guides first instead of being
 * searched as text, unless the query has nothing else. Stop words may add to a score but not make
 * a result; acronyms (capitals in a query that is not all capitals), numbers and words of up to
 * three letters match exactly; longer words also match as prefixes and with typos.
 */
export function readQuery(query: string, options: ReadOptions = {}): QueryPlan {
  const tokens: Array<{ raw: string; term: string }> = [];
  for (const raw of tokenize(query)) {
    const term = processTerm(raw);
    if (term) tokens.push({ raw, term });
  }
  const countries: string[] = [];
  let kept = tokens;
  if (options.countries?.length) {
    const names = countryWords(options.countries);
    const plain: typeof tokens = [];
    for (let i = 0; i < tokens.length;) {
      const found = names.longest(tokens, i);
      if (!found) {
        plain.push(tokens[i++]!);
        continue;
      }
      const span = tokens.slice(i, i + found.length);
      i += found.length;
      // Named again beside `--country`: already a filter. Another country beside it: a plain word.
      if (options.country === undefined) {
        if (!countries.includes(found.slug)) countries.push(found.slug);
      } else if (found.slug !== options.country) plain.push(...span);
    }
    // A query of country names only ("mexico") still searches for them as words.
    if (plain.length > 0) kept = plain;
  }
  // Case is compared, not matched with Unicode classes: their regular expressions cost to compile.
  const anyLower = query !== query.toUpperCase();
  const acronym = (raw: string) =>
    anyLower && raw === raw.toUpperCase() && raw !== raw.toLowerCase() && raw.length >= 2;
  const stop = kept.map(({ raw, term }) => !acronym(raw) && isStopWord(term));
  // A query of stop words only ("die", "nie") is taken at its word.
  const allStop = stop.every(Boolean);
  const words = kept.map(({ raw, term }, i): QueryWord => {
    const isStop = stop[i]! && !allStop;
    const exact = isStop || acronym(raw) || /\d/.test(term) || term.length <= EXACT_UP_TO;
    return {
      term,
      prefix: !exact,
      fuzzy: exact ? 0 : term.length >= 7 ? 2 : 1,
      knownFuzzy: exact ? 0 : 1,
      stop: isStop,
      weak: term.length <= SHORT_UP_TO,
      forms: !exact,
    };
  });
  return { words, countries };
}

interface CountryWords {
  /** The longest run of words starting at `at` that names a country, and how many words it has. */
  longest(tokens: ReadonlyArray<{ term: string }>, at: number): { slug: string; length: number } | null;
}

function countryWords(list: readonly CountryNames[]): CountryWords {
  const exact = new Map<string, string>();
  const stems: Array<[string, string]> = [];
  for (const { slug, code, names } of list) {
    for (const name of names) {
      if (name.length === 2 && (isStopWord(name) || ABBREVIATIONS.has(name))) continue;
      if (!exact.has(name)) exact.set(name, slug);
    }
    for (const form of (DEMONYMS[code.toUpperCase()] ?? '').split(' ')) {
      if (!form) continue;
      const phrase = form.replaceAll('+', ' ');
      if (phrase.endsWith('*')) stems.push([phrase.slice(0, -1), slug]);
      else if (!exact.has(phrase)) exact.set(phrase, slug);
    }
  }
  const lookup = (phrase: string): string | undefined => {
    const known = exact.get(phrase);
    if (known !== undefined) return known;
    // An ending is letters of the last word, never another word ("german tax" is no demonym).
    for (const [stem, slug] of stems)
      if (
        phrase.startsWith(stem) &&
        phrase.length - stem.length <= STEM_ENDING &&
        !phrase.includes(' ', stem.length)
      )
        return slug;
    return undefined;
  };
  return {
    longest(tokens, at) {
      for (let length = Math.min(LONGEST_NAME, tokens.length - at); length >= 1; length--) {
        const phrase = tokens
          .slice(at, at + length)
          .map((t) => t.term)
          .join(' ');
        const slug = lookup(phrase);
        if (slug !== undefined) return { slug, length };
      }
      return null;
    },
  };
}
