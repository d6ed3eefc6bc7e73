import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type WriteFileAtomic from 'write-file-atomic';
import type { CountryInfo } from './countries.js';
import { findGuideFiles, readGuideText, type FileWarning } from './files.js';
import { layoutOf } from './languages.js';
import type * as ParseFile from './parse-file.js';
import type { GuideSummary, SearchText } from './summary.js';
import { runId, shortHash } from '../text/hash.js';
import { problemText } from '../i18n/english.js';
import { t } from '../i18n/index.js';

/** Bump when the parser or the summary changes what a cached entry would hold. */
export const INDEX_VERSION = 6;

export interface IndexEntry {
  size: number;
  mtimeMs: number;
  /** `path` inside is relative to the root. */
  summary?: GuideSummary;
  /**
   * Why the file is not a usable guide (the parser's first error, in its English words); repeated on
   * every load, like a fresh read would, in the language of that run.
   */
  warning?: string;
}

export interface RootIndex {
  version: number;
  /** Changes whenever the entries change. */
  generation: string;
  entries: Record<string, IndexEntry>;
  countries: Record<string, CountryInfo>;
}

/**
 * The text search needs, kept in a file of its own beside the index: listing never reads it, and
 * search reads it only to build its own index from scratch.
 */
export interface SearchTexts {
  version: number;
  generation: string;
  texts: Record<string, SearchText>;
}

export interface IndexedRoot {
  summaries: GuideSummary[];
  warnings: FileWarning[];
  generation: string;
  countries: Record<string, CountryInfo>;
  /** Search text of every guide in the root, by summary (read from disk on first call). */
  searchTexts: () => Map<GuideSummary, SearchText>;
}

export interface IndexOptions {
  /** Where this root's index is cached; null: no cache. */
  cacheFile: string | null;
  /** A ready index shipped with the package (the bundled guides), and its search texts. */
  prebuilt?: { index: RootIndex; search: () => SearchTexts | null } | null;
  /**
   * Whether a modification time change means a change. Not for the bundled guides: package
   * managers reset file times on install, while their sizes stay.
   */
  trustMtime: boolean;
  /**
   * Take the shipped index's file list as the folder's: the bundled guides change only with the
   * package (`npm run build` rebuilds the index), so listing them needs no folder walk.
   */
  trustShipped?: boolean;
}

export function rootCacheFile(cacheDir: string, rootDir: string): string {
  return join(cacheDir, 'roots', `${shortHash(rootDir)}.json`);
}

export function searchTextsFile(indexFile: string): string {
  return indexFile.replace(/\.json$/, '.search.json');
}

/** A cache file's data when it is of this version; anything else (missing, damaged, old) is null. */
export function readCacheFile<T extends { version: number }>(file: string | null): T | null {
  if (!file) return null;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as T;
    // An old or damaged cache is rebuilt without a word: it only ever costs time.
    return data && data.version === INDEX_VERSION ? data : null;
  } catch {
    return null;
  }
}

/** Writes a cache file atomically; a cache that cannot be written is not an error. */
export function writeCacheFile(file: string, data: unknown): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as typeof WriteFileAtomic;
    writeFileAtomic.sync(file, JSON.stringify(data));
  } catch {
    // A cache that cannot be written (read-only home, full disk) only makes the next call slower.
  }
}

/**
 * Lists a root's guide files and returns their summaries, parsing only the files that are new or
 * changed since the cached index (by size and modification time), then saves the index again.
 */
export async function indexRoot(dir: string, options: IndexOptions): Promise<IndexedRoot> {
  const warnings: FileWarning[] = [];
  const shipped = options.trustShipped ? options.prebuilt?.index : undefined;
  const files = shipped
    ? Object.entries(shipped.entries).map(([rel, e]) => ({
        path: join(dir, rel),
        parts: rel.split('/'),
        size: e.size,
        mtimeMs: e.mtimeMs,
      }))
    : findGuideFiles(dir, warnings);
  // A shipped index wins over a user cache left by an older version of the package.
  const old = options.prebuilt?.index ?? readCacheFile<RootIndex>(options.cacheFile);
  const oldSearch = (): SearchTexts | null =>
    options.prebuilt
      ? options.prebuilt.search()
      : readCacheFile<SearchTexts>(options.cacheFile && searchTextsFile(options.cacheFile));
  const entries: Record<string, IndexEntry> = {};
  const fresh = new Map<string, SearchText>();
  let changed = old === null;
  let parser: typeof ParseFile | null = null;

  for (const file of files) {
    const rel = file.parts.join('/');
    const cached = old?.entries[rel];
    if (cached && cached.size === file.size && (!options.trustMtime || cached.mtimeMs === file.mtimeMs)) {
      entries[rel] = cached;
      continue;
    }
    changed = true;
    parser ??= await import('./parse-file.js');
    const read = readGuideText(file.path);
    if (!read.ok) {
      // An unreadable file is not cached: it may be readable next time.
      warnings.push({ path: file.path, message: t('files.skipped', { reason: read.reason }) });
      continue;
    }
    const parsed = parser.parseEntry(read.text, file.path, rel, layoutOf(file.parts));
    entries[rel] = {
      size: file.size,
      mtimeMs: file.mtimeMs,
      ...(parsed.summary ? { summary: parsed.summary } : {}),
      ...(parsed.warning ? { warning: parsed.warning } : {}),
    };
    if (parsed.search) fresh.set(rel, parsed.search);
  }

  // A file gone since the last index is a change too.
  if (old && Object.keys(old.entries).some((rel) => !(rel in entries))) changed = true;

  const countries: Record<string, CountryInfo> = { ...(old?.countries ?? {}) };
  for (const entry of Object.values(entries)) {
    const code = entry.summary?.countryCode;
    if (code && !countries[code]) {
      parser ??= await import('./parse-file.js');
      countries[code] = parser.countryInfo(code);
      changed = true;
    }
  }
  const generation = changed || !old ? runId() : old.generation;

  // Stored search texts count only when written with the index they belong to (or shipped with it).
  const knownTexts = (): Record<string, SearchText> => {
    const stored = oldSearch();
    return stored && (options.prebuilt || stored.generation === old?.generation) ? stored.texts : {};
  };
  // Search texts of the files not parsed now, when they are needed: for writing, or for search.
  let texts: Record<string, SearchText> | null = null;
  const allTexts = async (): Promise<Record<string, SearchText>> => {
    if (texts) return texts;
    const known = knownTexts();
    texts = {};
    for (const [rel, entry] of Object.entries(entries)) {
      if (!entry.summary) continue;
      let text = fresh.get(rel) ?? known[rel];
      if (!text) {
        // Missing from the stored texts (deleted or from another version): read the file again.
        parser ??= await import('./parse-file.js');
        const read = readGuideText(join(dir, rel));
        text = read.ok
          ? parser.parseEntry(read.text, join(dir, rel), rel, layoutOf(rel.split('/'))).search
          : undefined;
      }
      if (text) texts[rel] = text;
    }
    return texts;
  };

  if (changed && options.cacheFile) {
    writeCacheFile(options.cacheFile, {
      version: INDEX_VERSION,
      generation,
      entries,
      countries,
    } satisfies RootIndex);
    writeCacheFile(searchTextsFile(options.cacheFile), {
      version: INDEX_VERSION,
      generation,
      texts: await allTexts(),
    } satisfies SearchTexts);
  }

  const summaries: GuideSummary[] = [];
  const relOf = new Map<GuideSummary, string>();
  // Paths are joined by hand: path.join normalises every one, and a large library has thousands.
  const base = dir.endsWith(sep) ? dir : dir + sep;
  for (const [rel, entry] of Object.entries(entries)) {
    const path = base + (sep === '/' ? rel : rel.split('/').join(sep));
    if (entry.warning)
      warnings.push({
        path,
        message: t('library.invalidGuide', { message: problemText(entry.warning), path }),
      });
    if (!entry.summary) continue;
    // The cached entry is read fresh on every run, so it can become the summary in place.
    const summary = entry.summary;
    summary.path = path;
    summary.stamp = `${entry.size}:${entry.mtimeMs}`;
    summaries.push(summary);
    relOf.set(summary, rel);
  }
  // Only search needs texts, and only when it (re)builds its index; parsing already happened above.
  let searchTexts: Map<GuideSummary, SearchText> | null = null;
  const loadTexts = (all: Record<string, SearchText>) => {
    searchTexts = new Map();
    for (const [summary, rel] of relOf) {
      const text = fresh.get(rel) ?? all[rel];
      if (text) searchTexts.set(summary, text);
    }
    return searchTexts;
  };
  const syncTexts = (): Record<string, SearchText> => texts ?? knownTexts();
  return {
    summaries,
    warnings,
    generation,
    countries,
    searchTexts: () => searchTexts ?? loadTexts(syncTexts()),
  };
}
