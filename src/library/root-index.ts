import { join, sep } from 'node:path';
import { readCacheFile, writeCacheFile, type Ledger } from './cache-file.js';
import type { CountryInfo } from './countries.js';
import { findGuideFiles, readGuideText, type FileWarning, type FoundFile } from './files.js';
import { layoutOf } from './languages.js';
import type * as ParseFile from './parse-file.js';
import type { GuideSummary, SearchText } from './summary.js';
import type { Produced } from '../guide/model.js';
import { runId, shortHash } from '../text/hash.js';
import { decodeMessage } from '../i18n/stored.js';
import { keepYoungGenerationSmall } from '../memory.js';
import { t } from '../i18n/index.js';
import { isUnchanged, recordedCtime } from './stamp.js';

/** Past this many files to parse in one run, memory matters more than the last millisecond. */
const MANY_FILES = 200;

/** Bump when the parser or the summary changes what a cached entry would hold. */
export const INDEX_VERSION = 15;

/**
 * What listing and resolving need of one guide, as a row (arrays parse faster than objects, and a
 * large library's index is read on every call): id, key, slug, lang, country, country code, country
 * from a folder (1) or not (0), title, date, topics, number of steps, number of documents, folded key.
 */
export type SummaryRow = [
  string,
  string,
  string,
  string,
  string,
  string | null,
  0 | 1,
  string,
  string | null,
  string[],
  number,
  number,
  string,
];

/** Slots in a SummaryRow: a stored row of another length is damaged (or from another layout). */
const ROW_LENGTH = 13;

/**
 * What only progress counts, the wallet, plans and JSON output need, kept in a file of its own that
 * most calls never read: description, step fingerprints, document fingerprints, document kinds, the
 * kinds the guide gives (`~` before one guessed from the title), the documents asked only in some
 * cases.
 */
export type DetailRow = [string, string[], string[], Array<string | null>, string[], number[]];

const INFERRED = '~';

function encodeProduced(list: readonly Produced[]): string[] {
  return list.map((p) => (p.inferred ? INFERRED + p.kind : p.kind));
}

function decodeProduced(list: readonly string[] | undefined): Produced[] {
  return (list ?? []).map((text) =>
    text.startsWith(INFERRED) ? { kind: text.slice(1), inferred: true } : { kind: text, inferred: false },
  );
}

export interface RootIndex {
  version: number;
  /** Changes whenever the entries change. */
  generation: string;
  countries: Record<string, CountryInfo>;
  /**
   * Paths relative to the root, with their stamps (`sizes`, `ctimes`, `inos`, see stamp.ts) and
   * `rows` at the same positions.
   */
  files: string[];
  sizes: number[];
  ctimes: number[];
  inos: number[];
  /**
   * Files that are not usable guides, by position, with why (the parser's first error, as
   * `encodeMessage` keeps it); the warning is repeated on every load, like a fresh read would.
   */
  bad: Array<[number, string]>;
  /**
   * For files recorded with a ctime of 0 (changed too recently to trust their stamp, see stamp.ts),
   * by position, a hash of their text: next time the text is read and compared, and parsed again
   * only when it differs.
   */
  hashes: Array<[number, string]>;
  /** Country slugs by code: the first from a folder name, and the first of any guide. */
  slugs: CountrySlugs;
  /**
   * The JSON text of the summary rows (null where a file is bad), decoded and parsed only when the
   * guides themselves are needed: a search whose index is current never does.
   */
  rows: () => string;
}

/**
 * An index file is one line of JSON (everything but the rows), a newline, and the rows' JSON: the
 * rows, most of the file, are decoded from the bytes only when asked for.
 */
type RootIndexHeader = Omit<RootIndex, 'rows'> & { rowsBytes: number };

export interface CountrySlugs {
  folder: Record<string, string>;
  first: Record<string, string>;
}

/** The details of a root index's guides, at the positions of its `files` (null: not a guide). */
export interface RootDetails {
  version: number;
  generation: string;
  details: Array<DetailRow | null>;
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
  /** The root's guides, made from the index rows on first call. */
  summaries: () => GuideSummary[];
  warnings: FileWarning[];
  generation: string;
  countries: Record<string, CountryInfo>;
  slugs: CountrySlugs;
  /** Search text of every guide in the root, by summary (read from disk on first call). */
  searchTexts: () => Map<GuideSummary, SearchText>;
  /** Reads the details of every summary (see `IndexedSummary`); once per run. */
  loadDetails: () => Promise<void>;
}

/** A root's shipped index (the bundled guides) and its side files, read when first needed. */
export interface PrebuiltIndex {
  index: RootIndex;
  details: () => RootDetails | null;
  search: () => SearchTexts | null;
}

export interface IndexOptions {
  /** Where this root's index is cached; null: no cache. */
  cacheFile: string | null;
  /** Told after each file read and parsed (not those the cache still has): how many of how many. */
  onProgress?: ((read: number, total: number) => void) | undefined;
  /** Where cache files known to be whole are noted (see cache-file.ts); null: always checked. */
  ledger?: Ledger | null;
  /** A ready index shipped with the package (the bundled guides). */
  prebuilt?: PrebuiltIndex | null;
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

export function detailsFile(indexFile: string): string {
  return indexFile.replace(/\.json$/, '.details.json');
}

/**
 * A details or search texts file of this version and of the right shape; anything else (missing,
 * damaged, old) is null. The shape is checked only when the file is not known to be whole yet.
 */
export function readSideFile<T extends RootDetails | SearchTexts>(
  file: string | null,
  ledger: Ledger | null,
  wellFormed: (data: T) => boolean,
): T | null {
  const parse = (header: unknown, body: Buffer) =>
    ({ ...(header as object), ...(JSON.parse(body.toString('utf8')) as object) }) as T;
  const read = file
    ? readCacheFile(file, ledger, (header, body) => {
        const data = parse(header, body);
        // Another version's file is not damaged: it is left out below, without a word.
        return data.version !== INDEX_VERSION || wellFormed(data);
      })
    : null;
  if (!read || (read.header as T | null)?.version !== INDEX_VERSION) return null;
  return parse(read.header, read.body);
}

export const detailsShape =
  (n: number | null) =>
  (data: RootDetails): boolean =>
    Array.isArray(data.details) &&
    (n === null || data.details.length === n) &&
    data.details.every(
      (d) =>
        d === null ||
        (Array.isArray(d) &&
          d.length === 6 &&
          typeof d[0] === 'string' &&
          Array.isArray(d[1]) &&
          Array.isArray(d[2]) &&
          Array.isArray(d[3]) &&
          Array.isArray(d[4]) &&
          Array.isArray(d[5])),
    );

export const textsShape = (data: SearchTexts): boolean =>
  typeof data.texts === 'object' &&
  data.texts !== null &&
  Object.values(data.texts).every((text) => typeof text === 'object' && text !== null);

function writeSideFile(file: string, data: RootDetails | SearchTexts, ledger: Ledger | null): void {
  const { version, generation, ...rest } = data;
  const body = 'details' in data ? { details: data.details } : { texts: (rest as SearchTexts).texts };
  writeCacheFile(file, { version, generation }, JSON.stringify(body), ledger);
}

/** A root index file of this version and of the right shape; anything else (missing, damaged, old) is null. */
export function readRootIndex(file: string | null, ledger: Ledger | null): RootIndex | null {
  const read = file ? readCacheFile(file, ledger, (header, body) => wellFormedIndex(header, body)) : null;
  if (!read) return null;
  const header = read.header as RootIndexHeader;
  if (header?.version !== INDEX_VERSION || read.body.length !== header.rowsBytes) return null;
  let rows: string | null = null;
  return { ...header, rows: () => (rows ??= read.body.toString('utf8')) };
}

/** Checked once per version of an index file (see cache-file.ts): every call after reads it as it is. */
function wellFormedIndex(data: unknown, body: Buffer): boolean {
  const header = data as RootIndexHeader | null;
  // Another version's file is not damaged: it is left out, without a word.
  if (header?.version !== INDEX_VERSION) return true;
  const n = Array.isArray(header.files) ? header.files.length : -1;
  if (!(
    n >= 0 &&
    header.files.every((f) => typeof f === 'string') &&
    Array.isArray(header.sizes) &&
    header.sizes.length === n &&
    Array.isArray(header.ctimes) &&
    header.ctimes.length === n &&
    Array.isArray(header.inos) &&
    header.inos.length === n &&
    Array.isArray(header.bad) &&
    header.bad.every((b) => Array.isArray(b) && Number.isInteger(b[0]) && typeof b[1] === 'string') &&
    Array.isArray(header.hashes) &&
    header.hashes.every((h) => Array.isArray(h) && Number.isInteger(h[0]) && typeof h[1] === 'string') &&
    typeof header.slugs?.folder === 'object' &&
    typeof header.slugs?.first === 'object' &&
    typeof header.countries === 'object' &&
    header.countries !== null &&
    body.length === header.rowsBytes
  ))
    return false;
  const rows = JSON.parse(body.toString('utf8')) as unknown;
  return (
    Array.isArray(rows) &&
    rows.length === n &&
    rows.every(
      (row) =>
        row === null ||
        (Array.isArray(row) &&
          row.length === ROW_LENGTH &&
          row.slice(0, 5).every((v) => typeof v === 'string') &&
          typeof row[12] === 'string' &&
          typeof row[7] === 'string' &&
          Array.isArray(row[9]) &&
          Number.isInteger(row[10]) &&
          Number.isInteger(row[11])),
    )
  );
}

function writeRootIndex(
  file: string,
  index: Omit<RootIndex, 'rows'>,
  rows: string,
  ledger: Ledger | null,
): void {
  writeCacheFile(
    file,
    { ...index, rowsBytes: Buffer.byteLength(rows) } satisfies RootIndexHeader,
    rows,
    ledger,
  );
}

/** Where an index's files are and what they were when read, by position. */
interface RootFiles {
  path(at: number): string;
  stamp(at: number): string;
}

/**
 * A summary read from an index row. Its details (description, fingerprints, document kinds) stay on
 * disk until `loadDetails` of its root: most calls (listing, resolving, search) never need them.
 */
class IndexedSummary implements GuideSummary {
  detail: DetailRow | null = null;

  /**
   * Reads its fields from the row instead of copying them: thousands of these are made on every
   * call, and a smaller object means less for the garbage collector to copy.
   */
  constructor(
    private readonly row: SummaryRow,
    private readonly at: number,
    private readonly files: RootFiles,
  ) {}

  get id(): string {
    return this.row[0];
  }
  // The library renames a country to the slug the first root gave it, and the id with it.
  set id(id: string) {
    this.row[0] = id;
  }
  get key(): string {
    return this.row[1];
  }
  // Translations whose keys differ only by separators take one key (see Library.add).
  set key(key: string) {
    this.row[1] = key;
  }
  get pairKey(): string {
    return this.row[12];
  }
  get slug(): string {
    return this.row[2];
  }
  get lang(): string {
    return this.row[3];
  }
  get country(): string {
    return this.row[4];
  }
  set country(country: string) {
    this.row[4] = country;
  }
  get countryCode(): string | null {
    return this.row[5];
  }
  get countryFromFolder(): boolean {
    return this.row[6] === 1;
  }
  get title(): string {
    return this.row[7];
  }
  get date(): string | null {
    return this.row[8];
  }
  get topics(): string[] {
    return this.row[9];
  }
  get steps(): number {
    return this.row[10];
  }
  get documents(): number {
    return this.row[11];
  }
  get path(): string {
    return this.files.path(this.at);
  }
  get stamp(): string {
    return this.files.stamp(this.at);
  }

  private need(): DetailRow {
    // A programming error, not a user's: the command forgot `await library.loadDetails()`.
    if (!this.detail) throw new Error(`the details of ${this.id} were not loaded`);
    return this.detail;
  }

  get description(): string {
    return this.need()[0];
  }

  get prints(): { steps: string[]; documents: string[] } {
    const detail = this.need();
    return { steps: detail[1], documents: detail[2] };
  }

  get docKinds(): Array<string | null> {
    return this.need()[3];
  }

  get produces(): Produced[] {
    return decodeProduced(this.need()[4]);
  }

  get conditionalDocs(): number[] {
    return this.need()[5] ?? [];
  }
}

/** For a guide whose file cannot be read again: it counts as having nothing to tick. */
const NO_DETAIL: DetailRow = ['', [], [], [], [], []];

const toRow = (s: GuideSummary): SummaryRow => [
  s.id,
  s.key,
  s.slug,
  s.lang,
  s.country,
  s.countryCode,
  s.countryFromFolder ? 1 : 0,
  s.title,
  s.date,
  s.topics,
  s.steps,
  s.documents,
  s.pairKey,
];

const toDetail = (s: GuideSummary): DetailRow => [
  s.description,
  s.prints.steps,
  s.prints.documents,
  s.docKinds,
  encodeProduced(s.produces),
  s.conditionalDocs,
];

/**
 * Lists a root's guide files and returns their summaries, parsing only the files that are new or
 * changed since the cached index (by the rule of stamp.ts), then saves the index again.
 */
export async function indexRoot(dir: string, options: IndexOptions): Promise<IndexedRoot> {
  const warnings: FileWarning[] = [];
  const shipped = options.trustShipped ? options.prebuilt?.index : undefined;
  const files = shipped
    ? shipped.files.map((rel, i) => ({
        rel,
        size: shipped.sizes[i]!,
        ctimeMs: shipped.ctimes[i]!,
        ino: shipped.inos[i]!,
      }))
    : findGuideFiles(dir, warnings);
  const ledger = options.ledger ?? null;
  // A shipped index wins over a user cache left by an older version of the package.
  const old = options.prebuilt?.index ?? readRootIndex(options.cacheFile, ledger);
  const cacheFile = options.cacheFile;
  const fromOld = <T extends { generation: string }>(read: () => T | null): (() => T | null) => {
    let value: T | null | undefined;
    return () => {
      if (value !== undefined) return value;
      const stored = read();
      // Side files count only when written with the index they belong to (or shipped with it).
      value = stored && (options.prebuilt || stored.generation === old?.generation) ? stored : null;
      return value;
    };
  };
  const oldDetails = fromOld(() =>
    options.prebuilt
      ? options.prebuilt.details()
      : readSideFile<RootDetails>(
          cacheFile && detailsFile(cacheFile),
          ledger,
          detailsShape(old?.files.length ?? null),
        ),
  );
  const oldSearch = fromOld(() =>
    options.prebuilt
      ? options.prebuilt.search()
      : readSideFile<SearchTexts>(cacheFile && searchTextsFile(cacheFile), ledger, textsShape),
  );
  let oldRowList: Array<SummaryRow | null> | null = null;
  const oldRows = (): Array<SummaryRow | null> => {
    if (oldRowList) return oldRowList;
    // Parseable and of the right shape: checked with the checksum (see readRootIndex).
    oldRowList = JSON.parse(old!.rows()) as Array<SummaryRow | null>;
    return oldRowList;
  };
  const oldBad = new Map(old?.bad ?? []);
  const oldHashes = new Map(old?.hashes ?? []);

  const rels: string[] = [];
  const sizes: number[] = [];
  const ctimes: number[] = [];
  const inos: number[] = [];
  const now = Date.now();
  /** Position of each entry in the old index, or -1 when parsed now. */
  const oldAt: number[] = [];
  /** Guides parsed now, by position (a file that is no guide is in `bad`). */
  const freshRows = new Map<number, SummaryRow>();
  const freshDetails = new Map<number, DetailRow>();
  const fresh = new Map<string, SearchText>();
  const bad: Array<[number, string]> = [];
  const hashes: Array<[number, string]> = [];
  let changed = old === null;
  /** Only stamps changed (a file touched, or one whose stamp can now be trusted): same generation. */
  let restamped = false;
  let parser: typeof ParseFile | null = null;
  // Folders are walked in the same sorted order as when the index was written, so the old position
  // is nearly always the next one; a map is built only when it is not.
  let guess = 0;
  let oldPositions: Map<string, number> | null = null;
  let matched = 0;
  const oldPosition = (rel: string): number => {
    if (!old) return -1;
    if (old.files[guess] === rel) return guess++;
    oldPositions ??= new Map(old.files.map((f, i) => [f, i]));
    const at = oldPositions.get(rel) ?? -1;
    if (at >= 0) guess = at + 1;
    return at;
  };
  if (!old && files.length >= MANY_FILES) keepYoungGenerationSmall();

  let seen = 0;
  /** Keeps the old index's entry at `at` for `file` (the loop below runs for thousands of files). */
  const reuse = (file: FoundFile, at: number, ctime: number) => {
    const why = oldBad.get(at);
    if (why !== undefined) bad.push([rels.length, why]);
    if (ctime === 0) {
      const hash = oldHashes.get(at);
      if (hash !== undefined) hashes.push([rels.length, hash]);
    }
    rels.push(file.rel);
    sizes.push(file.size);
    ctimes.push(ctime);
    inos.push(file.ino);
    oldAt.push(at);
  };

  for (const file of files) {
    seen += 1;
    const rel = file.rel;
    const at = oldPosition(rel);
    if (at >= 0) matched += 1;
    // A shipped index's files are its own list: nothing to compare.
    if (at >= 0 && (shipped || isUnchanged(old!.sizes[at]!, old!.ctimes[at]!, old!.inos[at]!, file))) {
      reuse(file, at, file.ctimeMs);
      continue;
    }
    const read = readGuideText(join(dir, rel));
    const oldHash = at >= 0 && old!.sizes[at] === file.size ? oldHashes.get(at) : undefined;
    if (oldHash !== undefined && read.ok && shortHash(read.text) === oldHash) {
      // The same text under a new stamp: nothing to parse, and the index keeps its generation.
      const ctime = recordedCtime(file, now);
      if (ctime !== old!.ctimes[at] || file.ino !== old!.inos[at]) restamped = true;
      reuse(file, at, ctime);
      continue;
    }
    changed = true;
    parser ??= await import('./parse-file.js');
    if (!read.ok) {
      // An unreadable file is not cached: it may be readable next time.
      warnings.push({ path: join(dir, rel), message: t('files.skipped', { reason: read.reason }) });
      continue;
    }
    const parsed = parser.parseEntry(read.text, join(dir, rel), rel, layoutOf(rel.split('/')));
    if (parsed.summary) {
      freshRows.set(rels.length, toRow(parsed.summary));
      freshDetails.set(rels.length, toDetail(parsed.summary));
    } else {
      bad.push([rels.length, parsed.warning ?? '']);
    }
    if (parsed.search) fresh.set(rel, parsed.search);
    options.onProgress?.(seen, files.length);
    const ctime = recordedCtime(file, now);
    if (ctime === 0) hashes.push([rels.length, shortHash(read.text)]);
    rels.push(rel);
    sizes.push(file.size);
    ctimes.push(ctime);
    inos.push(file.ino);
    oldAt.push(-1);
  }

  // A file gone since the last index is a change too.
  if (old && matched < old.files.length) changed = true;

  const countries: Record<string, CountryInfo> = { ...(old?.countries ?? {}) };
  // Entries from the old index have their countries in it already.
  for (const row of freshRows.values()) {
    const code = row[5];
    if (code && !countries[code]) {
      parser ??= await import('./parse-file.js');
      countries[code] = parser.countryInfo(code);
    }
  }
  const generation = changed || !old ? runId() : old.generation;
  const badAt = new Set(bad.map(([i]) => i));
  const rowAt = (i: number): SummaryRow | null => {
    if (badAt.has(i)) return null;
    return freshRows.get(i) ?? oldRows()[oldAt[i]!] ?? null;
  };
  let slugs = old && !changed ? old.slugs : null;
  const countrySlugs = (): CountrySlugs => {
    if (slugs) return slugs;
    slugs = { folder: {}, first: {} };
    for (let i = 0; i < rels.length; i++) {
      const row = rowAt(i);
      const code = row?.[5];
      if (!row || !code) continue;
      if (row[6] === 1) slugs.folder[code] ??= row[4].toLowerCase();
      slugs.first[code] ??= row[4];
    }
    return slugs;
  };

  /** Whether some details had to be read from the guide files again (see `loadDetails`). */
  let rederived = false;
  /** Details of the entry at `i`: parsed now, stored with the old index, or read from the file again. */
  const detailAt = async (i: number): Promise<DetailRow | null> => {
    if (badAt.has(i)) return null;
    const known = freshDetails.get(i) ?? (oldAt[i]! >= 0 ? oldDetails()?.details[oldAt[i]!] : null);
    if (known) return known;
    // Missing from the stored details (deleted, damaged or from another version): read the file again.
    parser ??= await import('./parse-file.js');
    const path = join(dir, rels[i]!);
    const read = readGuideText(path);
    const summary = read.ok
      ? parser.parseEntry(read.text, path, rels[i]!, layoutOf(rels[i]!.split('/'))).summary
      : undefined;
    const detail = summary ? toDetail(summary) : null;
    if (detail) freshDetails.set(i, detail);
    rederived = true;
    return detail;
  };

  // Search texts of the files not parsed now, when they are needed: for writing, or for search.
  let texts: Record<string, SearchText> | null = null;
  const knownTexts = (): Record<string, SearchText> => oldSearch()?.texts ?? {};
  const allTexts = async (): Promise<Record<string, SearchText>> => {
    if (texts) return texts;
    const known = knownTexts();
    texts = {};
    for (const [i, rel] of rels.entries()) {
      if (badAt.has(i)) continue;
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

  if ((changed || restamped) && cacheFile) {
    const rows: Array<SummaryRow | null> = [];
    for (let i = 0; i < rels.length; i++) rows.push(rowAt(i));
    writeRootIndex(
      cacheFile,
      {
        version: INDEX_VERSION,
        generation,
        countries,
        files: rels,
        sizes,
        ctimes,
        inos,
        bad,
        hashes,
        slugs: countrySlugs(),
      },
      JSON.stringify(rows),
      ledger,
    );
  }
  // Side files hold what parsing gives: rewritten when some file was parsed, not when only stamps moved.
  if (changed && cacheFile) {
    const details: Array<DetailRow | null> = [];
    for (let i = 0; i < rels.length; i++) details.push(await detailAt(i));
    writeSideFile(detailsFile(cacheFile), { version: INDEX_VERSION, generation, details }, ledger);
    writeSideFile(
      searchTextsFile(cacheFile),
      { version: INDEX_VERSION, generation, texts: await allTexts() },
      ledger,
    );
  }

  // Paths are joined by hand: path.join normalises every one, and a large library has thousands.
  const base = dir.endsWith(sep) ? dir : dir + sep;
  const pathOf = (i: number) => base + (sep === '/' ? rels[i]! : rels[i]!.split('/').join(sep));
  // A file too recently changed to have a stamp is told apart by its text (see stamp.ts).
  const hashAt = new Map(hashes);
  const rootFiles: RootFiles = {
    path: pathOf,
    stamp: (i) => (ctimes[i] ? `${sizes[i]}:${ctimes[i]}:${inos[i]}` : `${sizes[i]}:#${hashAt.get(i) ?? ''}`),
  };
  for (const [i, why] of bad) {
    const path = pathOf(i);
    warnings.push({ path, message: t('library.invalidGuide', { message: decodeMessage(why), path }) });
  }
  let summaries: IndexedSummary[] | null = null;
  const positions: number[] = [];
  const makeSummaries = (): IndexedSummary[] => {
    if (summaries) return summaries;
    summaries = [];
    for (let i = 0; i < rels.length; i++) {
      const row = rowAt(i);
      if (!row) continue;
      summaries.push(new IndexedSummary(row, i, rootFiles));
      positions.push(i);
    }
    return summaries;
  };
  // Only search needs texts, and only when it (re)builds its index; parsing already happened above.
  let searchTexts: Map<GuideSummary, SearchText> | null = null;
  const loadTexts = (all: Record<string, SearchText>) => {
    searchTexts = new Map();
    for (const [n, summary] of makeSummaries().entries()) {
      const rel = rels[positions[n]!]!;
      const text = fresh.get(rel) ?? all[rel];
      if (text) searchTexts.set(summary, text);
    }
    return searchTexts;
  };
  let detailsLoaded: Promise<void> | null = null;
  return {
    summaries: makeSummaries,
    warnings,
    generation,
    countries,
    get slugs() {
      return countrySlugs();
    },
    searchTexts: () => searchTexts ?? loadTexts(texts ?? knownTexts()),
    loadDetails: () =>
      (detailsLoaded ??= (async () => {
        for (const [n, summary] of makeSummaries().entries())
          summary.detail ??= (await detailAt(positions[n]!)) ?? NO_DETAIL;
        // A details file left by another run (two tramits indexing at once) cost a read of the
        // guides; saving them with this index's generation spares the next call that.
        if (rederived && cacheFile && !options.prebuilt) {
          const details: Array<DetailRow | null> = [];
          for (let i = 0; i < rels.length; i++) details.push(await detailAt(i));
          writeSideFile(detailsFile(cacheFile), { version: INDEX_VERSION, generation, details }, ledger);
        }
      })()),
  };
}
