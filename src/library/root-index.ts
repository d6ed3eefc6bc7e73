import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type WriteFileAtomic from 'write-file-atomic';
import type { CountryInfo } from './countries.js';
import type * as ParseFile from './parse-file.js';
import { findGuideFiles, readGuideText, type FileWarning } from './files.js';
import { layoutOf } from './languages.js';
import type { GuideSummary, SearchText } from './summary.js';

/** Bump when the parser or the summary changes what a cached entry would hold. */
export const INDEX_VERSION = 4;

export interface IndexEntry {
  size: number;
  mtimeMs: number;
  /** `path` inside is relative to the root. */
  summary?: GuideSummary;
  search?: SearchText;
  /** Why the file is not a usable guide; repeated on every load, like a fresh read would. */
  warning?: string;
}

export interface RootIndex {
  version: number;
  /** Changes whenever the entries change: search caches key on it. */
  generation: string;
  entries: Record<string, IndexEntry>;
  countries: Record<string, CountryInfo>;
}

export interface IndexedRoot {
  summaries: GuideSummary[];
  search: Map<GuideSummary, SearchText>;
  warnings: FileWarning[];
  generation: string;
  countries: Record<string, CountryInfo>;
}

export interface IndexOptions {
  /** Where this root's index is cached; null: no cache. */
  cacheFile: string | null;
  /** A ready index shipped with the package (the bundled guides). */
  prebuilt?: RootIndex | null;
  /**
   * Whether a modification time change means a change. Not for the bundled guides: package
   * managers reset file times on install, while their sizes stay.
   */
  trustMtime: boolean;
}

export function rootCacheFile(cacheDir: string, rootDir: string): string {
  const hash = createHash('sha256').update(rootDir).digest('hex').slice(0, 16);
  return join(cacheDir, 'roots', `${hash}.json`);
}

function readIndex(file: string | null): RootIndex | null {
  if (!file) return null;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as RootIndex;
    // An old or damaged cache is rebuilt without a word: it only ever costs time.
    return data && data.version === INDEX_VERSION && typeof data.entries === 'object' ? data : null;
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
  const files = findGuideFiles(dir, warnings);
  // A shipped index wins over a user cache left by an older version of the package.
  const old = options.prebuilt ?? readIndex(options.cacheFile);
  const entries: Record<string, IndexEntry> = {};
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
      warnings.push({ path: file.path, message: read.message });
      continue;
    }
    entries[rel] = {
      size: file.size,
      mtimeMs: file.mtimeMs,
      ...parser.parseEntry(read.text, file.path, rel, layoutOf(file.parts)),
    };
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
  const generation = changed || !old ? randomUUID() : old.generation;
  if (changed && options.cacheFile)
    writeCacheFile(options.cacheFile, {
      version: INDEX_VERSION,
      generation,
      entries,
      countries,
    } satisfies RootIndex);

  const summaries: GuideSummary[] = [];
  const search = new Map<GuideSummary, SearchText>();
  for (const [rel, entry] of Object.entries(entries)) {
    const path = join(dir, rel);
    if (entry.warning) warnings.push({ path, message: entry.warning });
    if (!entry.summary) continue;
    const summary = { ...entry.summary, path };
    summaries.push(summary);
    if (entry.search) search.set(summary, entry.search);
  }
  return { summaries, search, warnings, generation, countries };
}
