import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../library/library.js';
import { writeCacheFile } from '../library/root-index.js';
import { shortHash } from '../text/hash.js';
import type { GuideSummary, SearchText } from '../library/summary.js';
import { fold } from '../text/normalize.js';

export interface SearchDocument {
  /** The guide file's path: stable across runs, so a cached index can be updated in place. */
  id: string;
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
  // Removed entries are cleaned up when the index is rebuilt, not in the background of a CLI run.
  autoVacuum: false,
  fields: ['title', 'slug', 'description', 'steps', 'documents'],
  storeFields: ['gid', 'key', 'lang', 'country', 'title', 'topics'],
  // Accent- and case-insensitive: "inscripcion" finds "inscripción", "MEXICO" finds "México".
  processTerm: (term: string) => fold(term) || null,
};

export function searchDocument(summary: GuideSummary, text: SearchText, id: string): SearchDocument {
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

interface SearchCache {
  version: number;
  /** Document id (the guide file's path) → stamp of the file it was indexed from. */
  stamps: Record<string, string>;
  index: unknown;
}

const SEARCH_CACHE_VERSION = 2;

/**
 * The search index for a library. It is cached per set of guide folders and brought up to date
 * entry by entry: a changed, added or removed guide costs one update, not a rebuild of thousands.
 */
export function libraryIndex(library: Library, cacheDir: string | null): MiniSearch<SearchDocument> {
  const file = cacheDir ? join(cacheDir, `search-${shortHash(library.roots.join('\n'))}.json`) : null;
  const current = new Map(library.guides.map((g) => [g.path, g]));
  let index: MiniSearch<SearchDocument> | null = null;
  let stamps: Record<string, string> = {};
  if (file) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as SearchCache;
      if (cached.version === SEARCH_CACHE_VERSION) {
        index = MiniSearch.loadJS<SearchDocument>(
          cached.index as Parameters<typeof MiniSearch.loadJS>[0],
          SEARCH_OPTIONS,
        );
        stamps = cached.stamps;
      }
    } catch {
      // Missing or damaged: built again below.
    }
  }
  const stale = Object.keys(stamps).filter((id) => current.get(id)?.stamp !== stamps[id]);
  const missing = [...current.values()].filter((g) => stamps[g.path] !== g.stamp);
  // Past a tenth of the library, one build beats many removals.
  if (!index || stale.length + missing.length > Math.max(50, current.size / 10)) {
    index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    stamps = {};
    addAll(index, [...current.values()], library, stamps);
  } else if (stale.length + missing.length > 0) {
    for (const id of stale) {
      if (index.has(id)) index.discard(id);
      delete stamps[id];
    }
    addAll(index, missing, library, stamps);
  } else {
    return index;
  }
  if (file) writeCacheFile(file, { version: SEARCH_CACHE_VERSION, stamps, index } satisfies SearchCache);
  return index;
}

function addAll(
  index: MiniSearch<SearchDocument>,
  guides: GuideSummary[],
  library: Library,
  stamps: Record<string, string>,
): void {
  for (const summary of guides) {
    const text = library.searchText(summary);
    if (!text) continue;
    index.add(searchDocument(summary, text, summary.path));
    stamps[summary.path] = summary.stamp ?? '';
  }
}
