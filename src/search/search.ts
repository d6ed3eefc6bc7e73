import { join } from 'node:path';
import type { Library } from '../library/library.js';
import { readHeadedFile, writeHeadedFile } from '../library/root-index.js';
import { keepYoungGenerationSmall } from '../memory.js';
import { shortHash } from '../text/hash.js';
import type { GuideSummary, SearchText } from '../library/summary.js';
import {
  SearchIndex,
  type IndexData,
  type SearchDocument,
  type SegmentData,
  type StoredDocument,
} from './engine.js';

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

/** A segment's long strings: stored after the header line as they are, not as JSON strings. */
const LONG = ['strings', 'refs', 'terms', 'posts'] as const;
type Long = (typeof LONG)[number];

/**
 * The first line of a search cache file. After it come the segments' long strings, in the order of
 * `sections`: read from the bytes directly (the postings and references are ASCII, decoded as
 * Latin-1 in one copy), so loading skips decoding the whole file and JSON-parsing its largest
 * strings (~4 ms of a warm search over 2,500 guides).
 */
interface SearchCacheHeader {
  version: number;
  /**
   * The library's signature when the index was saved: while it is the same, no guide changed and
   * the index is used as it is, without comparing thousands of stamps.
   */
  signature: string;
  /** The index, its long strings left empty. Each document's stamp is stored in it, beside its id. */
  index: IndexData;
  /** Segment, field, encoding and size in bytes of each long string, in file order. */
  sections: Array<['main' | 'delta', Long, 'latin1' | 'utf8', number]>;
}

function writeSearchCache(file: string, signature: string, index: IndexData): void {
  const sections: SearchCacheHeader['sections'] = [];
  const texts: string[] = [];
  const strip = (name: 'main' | 'delta', segment: SegmentData | null): SegmentData | null => {
    if (!segment) return null;
    const stripped = { ...segment };
    for (const key of LONG) {
      const text = segment[key];
      // eslint-disable-next-line no-control-regex -- ASCII is exactly what Latin-1 decodes unchanged
      const ascii = /^[\x00-\x7f]*$/.test(text);
      sections.push([name, key, ascii ? 'latin1' : 'utf8', Buffer.byteLength(text)]);
      texts.push(text);
      stripped[key] = '';
    }
    return stripped;
  };
  const header: SearchCacheHeader = {
    version: SEARCH_CACHE_VERSION,
    signature,
    index: { ...index, main: strip('main', index.main)!, delta: strip('delta', index.delta) },
    sections,
  };
  writeHeadedFile(file, header, texts.join(''));
}

/** The cached index and its signature; null when missing, damaged or of another version. */
function readSearchCache(file: string): { signature: string; index: SearchIndex } | null {
  const read = readHeadedFile(file);
  const header = read?.header as SearchCacheHeader | null | undefined;
  if (!read || header?.version !== SEARCH_CACHE_VERSION || !Array.isArray(header.sections)) return null;
  try {
    let at = 0;
    for (const [name, key, encoding, size] of header.sections) {
      const segment = header.index?.[name];
      if (!segment || !LONG.includes(key) || (encoding !== 'latin1' && encoding !== 'utf8')) return null;
      if (!Number.isInteger(size) || size < 0 || at + size > read.body.length) return null;
      segment[key] = read.body.toString(encoding, at, at + size);
      at += size;
    }
    // SearchIndex.load checks the rest of the shape, and throws on anything else.
    return at === read.body.length
      ? { signature: header.signature, index: SearchIndex.load(header.index) }
      : null;
  } catch {
    return null;
  }
}

const SEARCH_CACHE_VERSION = 6;

/** A full build for this many guides makes enough garbage for memory to matter (see memory.ts). */
const MANY_GUIDES = 500;

/**
 * The search index for a library. It is cached per set of guide folders and brought up to date
 * entry by entry: a changed, added or removed guide costs one update, not a rebuild of thousands.
 */
export function libraryIndex(library: Library, cacheDir: string | null): SearchIndex {
  const file = cacheDir ? join(cacheDir, `search-${shortHash(library.roots.join('\n'))}.json`) : null;
  // Missing, damaged or from another version: built again below.
  const cached = file ? readSearchCache(file) : null;
  if (cached?.signature === library.signature) return cached.index;
  let index = cached?.index ?? null;
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
  if (file) writeSearchCache(file, library.signature, index.toJSON());
  return index;
}

/**
 * What an indexed document was made from: its file's stamp, and the key the library gave it (a
 * translation added later can change the key its translations share, with no file of theirs changed).
 */
function stampOf(summary: GuideSummary | undefined): string | undefined {
  return summary && `${summary.stamp ?? ''} ${summary.key}`;
}

function* documents(guides: GuideSummary[], library: Library): Generator<SearchDocument & { stamp: string }> {
  for (const summary of guides) {
    const text = library.searchText(summary);
    if (text) yield { ...searchDocument(summary, text, summary.path), stamp: stampOf(summary)! };
  }
}
