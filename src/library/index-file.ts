import { join } from 'node:path';
import {
  BodyWriter,
  readCacheFile,
  sectionOf,
  writeCacheFile,
  type Ledger,
  type Section,
} from '../cache/cache-file.js';
import { DIGEST_LENGTH, shortHash } from '../text/hash.js';
import { DETAILS, SEARCH, SUMMARY, type Columns } from './columns.js';
import type { CountryInfo } from './countries.js';

/** Bump when the parser, the summary or the layout below changes what a cached entry holds. */
export const INDEX_VERSION = 17;

/**
 * A guide folder's index is three cache files (see cache-file.ts for their common form):
 *
 * - `<hash>.json`: the folders walked and every guide file's stamp, then per folder one line with
 *   its guides' summary rows (SUMMARY columns; null for a file that is no guide). Read on every call.
 * - `<hash>.details.json`: per folder one line of DETAILS rows, read only by the commands that
 *   count progress or print JSON, and only for the folders of the guides they show.
 * - `<hash>.search.json`: per folder one line of SEARCH rows, read only to (re)build a search index.
 *
 * Everything is kept per folder so that a command decodes the folders it shows, and a changed file
 * costs its folder's lines: the others are copied as bytes.
 */

/** A folder walked, as recorded: what lets the next call skip reading it again (see scan.ts). */
export interface FolderRecord {
  /** Relative to the root, with a trailing `/`; `''` for the root itself. */
  path: string;
  /** Size, ctime (0: read it again next time, see stamp.ts) and inode when its entries were read. */
  stamp: [number, number, number];
  /** Read again on every call: it holds symbolic links, or was reached through one. */
  linked: boolean;
  /** Its guide files by name, in walk order. */
  files: string[];
  /** Its sub-folders by name, in walk order, each with how many of its files come before it. */
  folders: Array<[name: string, after: number]>;
}

/**
 * Positions: the index keeps its files folder by folder (folders in walk order, which is depth
 * first), so a folder's files are a range: the first position of each folder's files, and the
 * total at the end.
 */
export function folderStarts(folders: readonly FolderRecord[]): Int32Array {
  const start = new Int32Array(folders.length + 1);
  for (let f = 0; f < folders.length; f++) start[f + 1] = start[f]! + folders[f]!.files.length;
  return start;
}

/**
 * Every position in walk order — a folder's files and sub-folders interleaved, as they sort — the
 * order guides were always listed in; null when the records do not form one tree in walk order.
 */
export function walkOrder(folders: readonly FolderRecord[]): Int32Array | null {
  const start = folderStarts(folders);
  const order = new Int32Array(start[folders.length]!);
  let nextFolder = 0;
  let n = 0;
  const visit = (depth: number): boolean => {
    const f = nextFolder++;
    const folder = folders[f];
    if (!folder || depth > 1000) return false;
    let j = 0;
    for (let i = 0; i <= folder.files.length; i++) {
      while (j < folder.folders.length && folder.folders[j]![1] === i) {
        j++;
        if (!visit(depth + 1)) return false;
      }
      if (i < folder.files.length) order[n++] = start[f]! + i;
    }
    return j === folder.folders.length;
  };
  return folders.length === 0 || (visit(0) && nextFolder === folders.length) ? order : null;
}

export interface CountrySlugs {
  folder: Record<string, string>;
  first: Record<string, string>;
}

export interface IndexHeader {
  version: number;
  /** Changes whenever any folder's rows, details or search texts change. */
  generation: string;
  countries: Record<string, CountryInfo>;
  /** Country slugs by code: the first from a folder name, and the first of any guide. */
  slugs: CountrySlugs;
  /**
   * In walk order: a folder's sub-folders follow it (depth first). Each folder's number of files
   * stands for its names, which are kept in the `names` section.
   */
  folders: Array<Omit<FolderRecord, 'files'> & { files: number }>;
  /**
   * Every file's name, folder by folder, joined by `/` (which no name holds): a few long strings
   * decode much faster than tens of thousands of short ones in the header.
   */
  names: Section;
  /**
   * Files that are no usable guides, by position, with why (the parser's first error,
   * in its English words): the warning is repeated on every load, like a fresh read would.
   */
  bad: Array<[number, string]>;
  /**
   * Each file's content digest (see contentDigest), by position, DIGEST_LENGTH characters each
   * (dashes for a file not read): a file whose stamp moved (touched, or recorded too recently to
   * trust, see stamp.ts) is read and parsed again only when its text differs.
   */
  digests: Section;
  /** The stamps of every file, by position: size, ctime, inode, as float64 in this machine's order. */
  stamps: Section;
  /** Each folder's line of rows; null for a folder without guide files. */
  rows: Array<Section | null>;
  columns: readonly string[];
  endian: string;
}

const ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

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
 * Lines of rows, one per folder, decoded on first use: those of an index file (`FolderLines`) and
 * those made by an indexing run (`LineList` in indexed-root.ts) differ only in where a line is.
 */
export abstract class DecodedLines {
  private readonly decoded = new Map<number, Array<unknown[] | null>>();

  /** The folder's line as stored, to copy into the next version of the file; null when unknown. */
  abstract bytes(folder: number): Buffer | string | null;

  /** The folder's rows (null: that file is no guide); undefined when the lines do not hold them. */
  rows(folder: number): Array<unknown[] | null> | undefined {
    const rows = this.peek(folder);
    if (rows) this.decoded.set(folder, rows);
    return rows;
  }

  /** The same rows for one use, not kept: a search build reads each folder's texts once. */
  peek(folder: number): Array<unknown[] | null> | undefined {
    const known = this.decoded.get(folder);
    if (known) return known;
    const line = this.bytes(folder);
    if (line === null) return undefined;
    // Lines of a file are whole and of the right shape: checked with the checksum (`checkLines`).
    return JSON.parse(typeof line === 'string' ? line : line.toString('utf8')) as Array<unknown[] | null>;
  }
}

/** Per folder, the rows of one of the index files. */
export class FolderLines extends DecodedLines {
  constructor(
    private readonly body: Buffer,
    private readonly sections: ReadonlyArray<Section | null | undefined>,
  ) {
    super();
  }

  bytes(folder: number): Buffer | null {
    const section = this.sections[folder];
    return section ? sectionOf(this.body, section) : null;
  }
}

/** Every folder's line parses into one valid row (or null) per guide file of that folder. */
function checkLines(
  body: Buffer,
  sections: unknown,
  counts: number[],
  columns: Columns<unknown>,
  optional: boolean,
): boolean {
  if (!Array.isArray(sections) || sections.length !== counts.length) return false;
  return sections.every((section, f) => {
    if (section === null) return optional || counts[f] === 0;
    const bytes = sectionOf(body, section);
    if (!bytes) return false;
    const rows = JSON.parse(bytes.toString('utf8')) as unknown;
    return (
      Array.isArray(rows) &&
      rows.length === counts[f] &&
      rows.every((row) => row === null || columns.valid(row))
    );
  });
}

const pairsOf = (list: unknown, files: number, valid: (v: unknown) => boolean): boolean =>
  Array.isArray(list) &&
  list.every((p) => Array.isArray(p) && Number.isInteger(p[0]) && p[0] >= 0 && p[0] < files && valid(p[1]));

function folderValid(folder: unknown): folder is IndexHeader['folders'][number] {
  const f = folder as IndexHeader['folders'][number] | null;
  return (
    typeof f?.path === 'string' &&
    Array.isArray(f.stamp) &&
    f.stamp.length === 3 &&
    f.stamp.every((n) => typeof n === 'number') &&
    typeof f.linked === 'boolean' &&
    Number.isInteger(f.files) &&
    f.files >= 0 &&
    Array.isArray(f.folders) &&
    f.folders.every(
      (e, i) =>
        Array.isArray(e) &&
        typeof e[0] === 'string' &&
        Number.isInteger(e[1]) &&
        e[1] >= (f.folders[i - 1]?.[1] ?? 0) &&
        e[1] <= f.files,
    )
  );
}

/** The folders with their files' names, from the header and the names section; null when they disagree. */
function foldersOf(header: IndexHeader, body: Buffer): FolderRecord[] | null {
  const bytes = sectionOf(body, header.names);
  if (!bytes) return null;
  const names = bytes.length > 1 ? bytes.toString('utf8', 0, bytes.length - 1).split('/') : [];
  let at = 0;
  const folders = header.folders.map((f) => ({ ...f, files: names.slice(at, (at += f.files)) }));
  return at === names.length ? folders : null;
}

/** Checked once per version of an index file (see cache-file.ts): every call after reads it as it is. */
function wellFormedIndex(data: unknown, body: Buffer): boolean {
  const header = data as IndexHeader | null;
  // Another version's file is not damaged: it is left out, without a word.
  if (!current(header)) return true;
  if (!(Array.isArray(header.folders) && header.folders.every(folderValid))) return false;
  const folders = foldersOf(header, body);
  if (!folders || !walkOrder(folders)) return false;
  const counts = header.folders.map((f) => f.files);
  const files = counts.reduce((a, b) => a + b, 0);
  const stamps = sectionOf(body, header.stamps);
  return (
    stamps !== null &&
    stamps.length === files * 24 &&
    pairsOf(header.bad, files, (v) => typeof v === 'string') &&
    sectionOf(body, header.digests)?.length === files * DIGEST_LENGTH + 1 &&
    typeof header.slugs?.folder === 'object' &&
    typeof header.slugs?.first === 'object' &&
    typeof header.countries === 'object' &&
    header.countries !== null &&
    checkLines(body, header.rows, counts, SUMMARY as Columns<unknown>, false)
  );
}

/** Of this version, this layout of columns and this machine's byte order: anything else is rebuilt. */
function current(header: IndexHeader | null): header is IndexHeader {
  return (
    header?.version === INDEX_VERSION &&
    header.endian === ENDIAN &&
    JSON.stringify(header.columns) === JSON.stringify(SUMMARY.names)
  );
}

export interface StoredIndex {
  header: Omit<IndexHeader, 'folders'> & { folders: FolderRecord[] };
  /** Size, ctime and inode of each file, by position. */
  stamps: Float64Array;
  /** The file's content digest at a position; null when it was not read. */
  digest(position: number): string | null;
  /** All digests as stored, to copy when the files are the same. */
  digests: Buffer;
  rows: FolderLines;
}

/** A root index file of this version and of the right shape; anything else (missing, damaged, old) is null. */
export function readIndexFile(file: string | null, ledger: Ledger | null): StoredIndex | null {
  const read = file ? readCacheFile(file, ledger, wellFormedIndex) : null;
  const header = read?.header as IndexHeader | null | undefined;
  if (!read || !header || !current(header)) return null;
  const folders = foldersOf(header, read.body);
  const bytes = sectionOf(read.body, header.stamps);
  const digests = sectionOf(read.body, header.digests)?.subarray(0, -1);
  if (!folders || !bytes || !digests) return null;
  // Copied: a Float64Array needs its own aligned memory.
  const stamps = new Float64Array(bytes.length / 8);
  Buffer.from(stamps.buffer).set(bytes);
  const digest = (p: number) => {
    const text = digests.toString('latin1', p * DIGEST_LENGTH, (p + 1) * DIGEST_LENGTH);
    return text.startsWith('-') ? null : text;
  };
  return {
    header: { ...header, folders },
    stamps,
    digest,
    digests,
    rows: new FolderLines(read.body, header.rows),
  };
}

/** What an index file holds, with each folder's line of rows already encoded (or copied). */
export type IndexContent = Omit<
  IndexHeader,
  'stamps' | 'digests' | 'rows' | 'names' | 'folders' | 'columns' | 'endian' | 'version'
> & {
  folders: FolderRecord[];
  stamps: Float64Array;
  /** DIGEST_LENGTH characters per file, without separators. */
  digests: Buffer | string;
  rows: Array<Buffer | string | null>;
};

/** The digest stored for a file that was not read. */
export const NO_DIGEST = '-'.repeat(DIGEST_LENGTH);

export function writeIndexFile(file: string, content: IndexContent, ledger: Ledger | null): void {
  const body = new BodyWriter();
  // The rows first: the body then reads as one line of rows per folder.
  const rows = content.rows.map((line) => (line === null ? null : body.add(line)));
  const names = body.add(content.folders.flatMap((f) => f.files).join('/'));
  const stamps = body.add(
    Buffer.from(content.stamps.buffer, content.stamps.byteOffset, content.stamps.byteLength),
  );
  const digests = body.add(
    typeof content.digests === 'string'
      ? content.digests
      : Buffer.concat([content.digests, Buffer.from('\n')]),
  );
  const header: IndexHeader = {
    ...content,
    digests,
    folders: content.folders.map((f) => ({ ...f, files: f.files.length })),
    version: INDEX_VERSION,
    columns: SUMMARY.names,
    endian: ENDIAN,
    names,
    stamps,
    rows,
  };
  writeCacheFile(file, header, body.parts, ledger);
}

/** The header of a details or search texts file. */
interface SideHeader {
  version: number;
  /** The generation of the index it was written with: any other is not used. */
  generation: string;
  columns: readonly string[];
  /** Each folder's line; null where unknown (its files are read again when needed). */
  lines: Array<Section | null>;
}

export type SideKind = 'details' | 'search';
const SIDE_COLUMNS = { details: DETAILS, search: SEARCH } as Record<SideKind, Columns<unknown>>;

/**
 * A details or search texts file written with the index of `generation`, as lines per folder;
 * null when missing, damaged, old or of another generation. `counts`: guide files per folder.
 */
export function readSideFile(
  file: string | null,
  ledger: Ledger | null,
  kind: SideKind,
  generation: string,
  counts: number[],
): FolderLines | null {
  const columns = SIDE_COLUMNS[kind];
  const ours = (h: SideHeader | null): h is SideHeader =>
    h?.version === INDEX_VERSION && JSON.stringify(h.columns) === JSON.stringify(columns.names);
  const read = file
    ? readCacheFile(file, ledger, (data, body) => {
        const header = data as SideHeader | null;
        // Another version's or generation's file is not damaged: it is left out, without a word.
        if (!ours(header) || header.generation !== generation) return true;
        return checkLines(body, header.lines, counts, columns, true);
      })
    : null;
  const header = read?.header as SideHeader | null | undefined;
  if (!read || !header || !ours(header) || header.generation !== generation) return null;
  return new FolderLines(read.body, header.lines);
}

export function writeSideFile(
  file: string,
  kind: SideKind,
  generation: string,
  lines: Array<Buffer | string | null>,
  ledger: Ledger | null,
): void {
  const body = new BodyWriter();
  const header: SideHeader = {
    version: INDEX_VERSION,
    generation,
    columns: SIDE_COLUMNS[kind].names,
    lines: lines.map((line) => (line === null ? null : body.add(line))),
  };
  writeCacheFile(file, header, body.parts, ledger);
}
