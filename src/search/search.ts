import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Library } from '../library/library.js';
import { writeCacheFile } from '../library/root-index.js';
import { keepYoungGenerationSmall } from '../memory.js';
import { shortHash } from '../text/hash.js';
import type { GuideSummary, SearchText } from '../library/summary.js';
import { SearchIndex, type IndexData, type SearchDocument, type StoredDocument } from './engine.js';

export type { SearchDocument } from './engine.js';
export { SearchIndex } from './engine.js';

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

export function buildIndex(documents: readonly SearchDocument[]): SearchIndex {
  return SearchIndex.build(documents);
}

/**
 * Ranked search: prefix matches, and one or two typos depending on the word's length. Every word must
 * match first; if nothing does, any word may. One result per guide (its best translation).
 */
export function searchGuides(index: SearchIndex, query: string, filters: SearchFilters = {}): SearchHit[] {
  const filter = (d: StoredDocument) =>
    (!filters.lang || d.lang === filters.lang) &&
    (!filters.country || d.country === filters.country) &&
    (!filters.topic || d.topics.split(' ').includes(filters.topic));
  let results = index.search(query, { combineWith: 'AND', filter });
  if (results.length === 0) results = index.search(query, { combineWith: 'OR', filter });
  const best = new Map<string, SearchHit>();
  for (const result of results) {
    const { doc, score } = result;
    if (best.has(doc.key)) continue;
    best.set(doc.key, {
      id: doc.gid,
      key: doc.key,
      lang: doc.lang,
      country: doc.country,
      title: doc.title,
      score: Math.round(score * 100) / 100,
      // Worked out only for the hits printed as JSON: a common word matches hundreds of guides.
      get terms() {
        return result.terms;
      },
    });
  }
  return [...best.values()];
}

interface SearchCache {
  version: number;
  /**
   * The library's signature when the index was saved: while it is the same, no guide changed and
   * the index is used as it is, without comparing thousands of stamps.
   */
  signature: string;
  /** Each document's stamp is stored in the index itself, beside its id (the guide file's path). */
  index: IndexData;
}

const SEARCH_CACHE_VERSION = 5;

/** A full build for this many guides makes enough garbage for memory to matter (see memory.ts). */
const MANY_GUIDES = 500;

/**
 * The search index for a library. It is cached per set of guide folders and brought up to date
 * entry by entry: a changed, added or removed guide costs one update, not a rebuild of thousands.
 */
export function libraryIndex(library: Library, cacheDir: string | null): SearchIndex {
  const file = cacheDir ? join(cacheDir, `search-${shortHash(library.roots.join('\n'))}.json`) : null;
  let index: SearchIndex | null = null;
  if (file) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as SearchCache;
      if (cached.version === SEARCH_CACHE_VERSION) {
        index = SearchIndex.load(cached.index);
        if (cached.signature === library.signature) return index;
      }
    } catch {
      // Missing, damaged or from another version: built again below.
    }
  }
  const current = new Map(library.guides.map((g) => [g.path, g]));
  const indexed = new Map(index?.entries());
  const stale = [...indexed].filter(([id, stamp]) => stampOf(current.get(id)) !== stamp).map(([id]) => id);
  const missing = [...current.values()].filter((g) => indexed.get(g.path) !== stampOf(g));
  // Past a tenth of the library, one build beats many removals.
  if (!index || index.pending + stale.length + missing.length > Math.max(50, current.size / 10)) {
    if (current.size >= MANY_GUIDES) keepYoungGenerationSmall();
    index = SearchIndex.build(documents([...current.values()], library));
  } else {
    for (const id of stale) index.remove(id);
    for (const document of documents(missing, library)) index.add(document);
  }
  // Written even when no document changed (a bad file came or went): the signature did, and with it
  // saved, the next call skips comparing the stamps.
  if (file)
    writeCacheFile(file, {
      version: SEARCH_CACHE_VERSION,
      signature: library.signature,
      index: index.toJSON(),
    } satisfies SearchCache);
  return index;
}

function stampOf(summary: GuideSummary | undefined): string | undefined {
  return summary && (summary.stamp ?? '');
}

function* documents(guides: GuideSummary[], library: Library): Generator<SearchDocument & { stamp: string }> {
  for (const summary of guides) {
    const text = library.searchText(summary);
    if (text) yield { ...searchDocument(summary, text, summary.path), stamp: summary.stamp ?? '' };
  }
}
