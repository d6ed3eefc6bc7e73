import { join } from 'node:path';
import type { Library } from '../library/library.js';
import { Ledger, readCacheFile, writeCacheFile } from '../cache/cache-file.js';
import { holdMemoryDown } from '../memory.js';
import { shortHash } from '../text/hash.js';
import type { GuideSummary, SearchText } from '../library/summary.js';
import { readQuery, type CountryNames } from './query.js';
import { isStopWord } from './stopwords.js';
import {
  SearchIndex,
  type EngineHit,
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
  /** Only procedures that have a translation in this language, shown in it (`--lang X`). */
  lang?: string | undefined;
  country?: string | undefined;
  topic?: string | undefined;
}

export interface SearchOptions {
  /** The user's language: a procedure is shown in it when it has it. */
  prefer?: string | undefined;
  /** Every translation of each procedure found, one after another (`--lang all`). */
  every?: boolean | undefined;
  /** The library's countries, for reading a country named in the query (`Library.countryNames`). */
  countries?: readonly CountryNames[] | undefined;
  /** At most this many results. */
  limit?: number | undefined;
}

export function searchDocument(summary: GuideSummary, text: SearchText, id: string): SearchDocument {
  return {
    id,
    guideId: summary.id,
    key: summary.key,
    lang: summary.lang,
    country: summary.country,
    ...text,
    topics: summary.topics.join(' '),
  };
}

/**
 * Ranked search (see `readQuery` for how words match, `SearchIndex.search` for the tiers). A
 * procedure comes once, at the rank of its best-matching translation, shown in the preferred
 * language when it has it and otherwise as the translation that matched best.
 */
export function searchGuides(
  index: SearchIndex,
  query: string,
  filters: SearchFilters = {},
  options: SearchOptions = {},
): SearchHit[] {
  const plan = readQuery(query, { countries: options.countries, country: filters.country });
  if (plan.words.length === 0) return [];
  const filter =
    filters.country || filters.topic
      ? (d: StoredDocument) =>
          (!filters.country || d.country === filters.country) &&
          (!filters.topic || d.topics.split(' ').includes(filters.topic))
      : undefined;
  const named = plan.countries;
  const prefer = named.length > 0 ? (d: StoredDocument) => named.includes(d.country) : undefined;
  const results = index.rank(plan.words, { filter, prefer });
  const limit = options.limit ?? Infinity;
  const out: SearchHit[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    if (out.length >= limit) break;
    const key = result.doc.key;
    if (seen.has(key)) continue;
    seen.add(key);
    if (options.every) {
      // Every translation, at the procedure's rank: the one that ranked it first.
      out.push(hit(result.doc, result));
      for (const translation of index.translations(key))
        if (translation.id !== result.doc.id) out.push(hit(translation, result));
      continue;
    }
    const wanted = filters.lang ?? options.prefer;
    let shown: StoredDocument | undefined = result.doc;
    if (wanted && shown.lang !== wanted) {
      const translation = index.translations(key).find((d) => d.lang === wanted);
      if (translation) shown = translation;
      else if (filters.lang) shown = undefined;
    }
    if (shown) out.push(hit(shown, result));
  }
  return out.slice(0, limit);
}

/**
 * The procedures some words name, as a search reads them: every word that is not a stop word is in
 * the title or slug of one of its translations (among the guides of the country the words name,
 * when they name one). One document per procedure, the best-ranked translation whose name has the
 * words, best first. Mentions in the text do not count: a guide's steps name other procedures
 * ("inscripción" and "IMSS" are both in half the Mexican guides).
 */
export function proceduresNamedBy(
  index: SearchIndex,
  query: string,
  options: Pick<SearchOptions, 'countries'> = {},
): StoredDocument[] {
  const plan = readQuery(query, { countries: options.countries });
  // Stop words alone ("de la") are in half the titles of a language: they name nothing.
  if (plan.words.every((w) => isStopWord(w.term))) return [];
  const named = plan.countries;
  const filter = named.length > 0 ? (d: StoredDocument) => named.includes(d.country) : undefined;
  const found = new Map<string, StoredDocument>();
  for (const result of index.rank(plan.words, { combineWith: 'AND', filter }))
    if (result.named && !found.has(result.doc.key)) found.set(result.doc.key, result.doc);
  return [...found.values()];
}

/** A document as a result, with the score and matched terms of the translation that ranked it. */
function hit(doc: StoredDocument, ranked: EngineHit): SearchHit {
  return {
    id: doc.guideId,
    key: doc.key,
    lang: doc.lang,
    country: doc.country,
    title: doc.title,
    score: Math.round(ranked.score * 100) / 100,
    // Worked out only for the hits printed as JSON: a common word matches hundreds of guides.
    get terms() {
      return ranked.terms;
    },
  };
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

function writeSearchCache(file: string, signature: string, index: IndexData, ledger: Ledger): void {
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
  writeCacheFile(file, header, texts.join(''), ledger);
}

/** The cached index and its signature; null when missing, damaged or of another version. */
function readSearchCache(file: string, ledger: Ledger): { signature: string; index: SearchIndex } | null {
  const checked: { loaded: ReturnType<typeof loadSearchCache> } = { loaded: null };
  // That every posting decodes is checked with the checksum, once per version of the file.
  const read = readCacheFile(file, ledger, (header, body) => {
    if ((header as SearchCacheHeader | null)?.version !== SEARCH_CACHE_VERSION) return true;
    checked.loaded = loadSearchCache(header as SearchCacheHeader, body);
    return checked.loaded?.index.check() === true;
  });
  if (!read) return null;
  return checked.loaded ?? loadSearchCache(read.header as SearchCacheHeader, read.body);
}

function loadSearchCache(
  header: SearchCacheHeader | null | undefined,
  body: Buffer,
): { signature: string; index: SearchIndex } | null {
  if (header?.version !== SEARCH_CACHE_VERSION || !Array.isArray(header.sections)) return null;
  try {
    let at = 0;
    for (const [name, key, encoding, size] of header.sections) {
      const segment = header.index?.[name];
      if (!segment || !LONG.includes(key) || (encoding !== 'latin1' && encoding !== 'utf8')) return null;
      if (!Number.isInteger(size) || size < 0 || at + size > body.length) return null;
      segment[key] = body.toString(encoding, at, at + size);
      at += size;
    }
    // SearchIndex.load checks the rest of the shape, and throws on anything else.
    return at === body.length ? { signature: header.signature, index: SearchIndex.load(header.index) } : null;
  } catch {
    return null;
  }
}

const SEARCH_CACHE_VERSION = 8;

/** A full build for this many guides makes enough garbage for memory to matter (see memory.ts). */
const MANY_GUIDES = 500;

/** Where a library's search index is cached (per set of guide folders), and its ledger. */
function searchCache(library: Library, cacheDir: string | null) {
  const file = cacheDir ? join(cacheDir, `search-${shortHash(library.roots.join('\n'))}.json`) : null;
  const ledger = cacheDir ? Ledger.of(cacheDir) : null;
  // Missing, damaged or from another version: built again.
  const cached = file && ledger ? readSearchCache(file, ledger) : null;
  return { file, ledger, cached };
}

/**
 * The search index for a library. It is cached per set of guide folders and brought up to date
 * entry by entry: a changed, added or removed guide costs one update, not a rebuild of thousands.
 * Guides whose stored search text is gone (a damaged cache) are read again from their files first.
 */
export async function searchIndex(library: Library, cacheDir: string | null): Promise<SearchIndex> {
  const cache = searchCache(library, cacheDir);
  if (cache.cached?.signature === library.signature) return cache.cached.index;
  await library.prepareSearch();
  return updateIndex(library, cache);
}

/** The same, for a library whose search texts are known to be stored (see `searchIndex`). */
export function libraryIndex(library: Library, cacheDir: string | null): SearchIndex {
  const cache = searchCache(library, cacheDir);
  if (cache.cached?.signature === library.signature) return cache.cached.index;
  return updateIndex(library, cache);
}

function updateIndex(
  library: Library,
  { file, ledger, cached }: ReturnType<typeof searchCache>,
): SearchIndex {
  let index = cached?.index ?? null;
  const current = new Map(library.guides.map((g) => [g.path, g]));
  const indexed = new Map(index?.entries());
  const stale = [...indexed].filter(([id, stamp]) => stampOf(current.get(id)) !== stamp).map(([id]) => id);
  const missing = [...current.values()].filter((g) => indexed.get(g.path) !== stampOf(g));
  // Past a tenth of the library, one build beats many removals.
  if (!index || index.pending + stale.length + missing.length > Math.max(50, current.size / 10)) {
    if (current.size >= MANY_GUIDES) holdMemoryDown();
    index = SearchIndex.build(documents([...current.values()], library));
  } else {
    for (const id of stale) index.remove(id);
    for (const document of documents(missing, library)) index.add(document);
  }
  // Written even when no document changed (a bad file came or went): the signature did, and with it
  // saved, the next call skips comparing the stamps.
  if (file && ledger) writeSearchCache(file, library.signature, index.toJSON(), ledger);
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
