import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../library/library.js';
import { writeCacheFile } from '../library/root-index.js';
import type { GuideSummary, SearchText } from '../library/summary.js';
import { fold } from '../text/normalize.js';

export interface SearchDocument {
  id: number;
  gid: string;
  key: string;
  lang: string;
  country: string;
  title: string;
  slug: string;
  description: string;
  steps: string;
  documents: string;
  topics: string;
}

export interface SearchHit {
  id: string;
  key: string;
  lang: string;
  country: string;
  title: string;
  score: number;
  terms: string[];
}

export interface SearchFilters {
  lang?: string | undefined;
  country?: string | undefined;
  topic?: string | undefined;
}

export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'slug', 'description', 'steps', 'documents'],
  storeFields: ['gid', 'key', 'lang', 'country', 'title', 'topics'],
  // Accent- and case-insensitive: "inscripcion" finds "inscripción", "MEXICO" finds "México".
  processTerm: (term: string) => fold(term) || null,
};

export function searchDocument(summary: GuideSummary, text: SearchText, id: number): SearchDocument {
  return {
    id,
    gid: summary.id,
    key: summary.key,
    lang: summary.lang,
    country: summary.country,
    ...text,
    topics: summary.topics.join(' '),
  };
}

export function buildIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return index;
}

/**
 * Ranked search: prefix matches, and one or two typos depending on the word's length. Every word must
 * match first; if nothing does, any word may. One result per guide (its best translation).
 */
export function searchGuides(
  index: MiniSearch<SearchDocument>,
  query: string,
  filters: SearchFilters = {},
): SearchHit[] {
  const filter = (r: SearchResult) =>
    (!filters.lang || r.lang === filters.lang) &&
    (!filters.country || r.country === filters.country) &&
    (!filters.topic || String(r.topics).split(' ').includes(filters.topic));
  const options = {
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 7 ? 2 : term.length >= 4 ? 1 : false),
    boost: { title: 3, slug: 2, description: 1.5, documents: 1, steps: 0.7 },
    filter,
  };
  let results = index.search(query, { ...options, combineWith: 'AND' });
  if (results.length === 0) results = index.search(query, { ...options, combineWith: 'OR' });
  const best = new Map<string, SearchHit>();
  for (const r of results) {
    const key = String(r.key);
    if (best.has(key)) continue;
    best.set(key, {
      id: String(r.gid),
      key,
      lang: String(r.lang),
      country: String(r.country),
      title: String(r.title),
      score: Math.round(r.score * 100) / 100,
      terms: r.terms,
    });
  }
  return [...best.values()];
}

/**
 * The search index for a library: loaded from the cache when the library is unchanged since it was
 * built (its signature names every root and the generation of its index), else built and saved.
 */
export function libraryIndex(library: Library, cacheDir: string | null): MiniSearch<SearchDocument> {
  const file = cacheDir
    ? join(
        cacheDir,
        `search-${createHash('sha256').update(library.signature).digest('hex').slice(0, 16)}.json`,
      )
    : null;
  if (file) {
    try {
      return MiniSearch.loadJSON<SearchDocument>(readFileSync(file, 'utf8'), SEARCH_OPTIONS);
    } catch {
      // Missing or damaged: build it again below.
    }
  }
  const documents = library.guides.flatMap((summary, id) => {
    const text = library.searchText(summary);
    return text ? [searchDocument(summary, text, id)] : [];
  });
  const index = buildIndex(documents);
  if (file) writeCacheFile(file, index);
  return index;
}
