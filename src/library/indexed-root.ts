import { sep } from 'node:path';
import type { Ledger } from '../cache/cache-file.js';
import { decodeMessage } from '../i18n/stored.js';
import { localize } from '../i18n/index.js';
import type { Produced } from '../guide/model.js';
import { decodeProduced, DETAILS, SEARCH, SUMMARY } from './columns.js';
import type { CountryInfo } from './countries.js';
import type { FileWarning } from './files.js';
import {
  DecodedLines,
  detailsFile,
  readSideFile,
  searchTextsFile,
  writeSideFile,
  walkOrder,
  type CountrySlugs,
  type FolderRecord,
  type SideKind,
} from './index-file.js';
import { loadParser } from './parse-many.js';
import type { ParseJob } from './parse-file.js';
import type * as ParseFile from './parse-file.js';
import type { GuideDetails, GuideSummary, SearchText } from './summary.js';

/** Lines of rows per folder, from a file's body or made in this run (see `DecodedLines`). */
export type Lines = Pick<DecodedLines, 'bytes' | 'rows' | 'peek'>;

/** Lines held in memory: a folder's line made in this run, or copied from the old file. */
export class LineList extends DecodedLines {
  readonly lines: Array<Buffer | string | null>;

  /**
   * Lines made in this run are kept as UTF-8 bytes: as strings, the lines of 25,000 guides took
   * twice the memory (most hold a character outside Latin-1, which makes a string two bytes a
   * character), and they stay for as long as the library does.
   */
  constructor(lines: Array<Buffer | string | null>) {
    super();
    this.lines = lines.map((line) => (typeof line === 'string' ? Buffer.from(line) : line));
  }

  bytes(folder: number): Buffer | string | null {
    return this.lines[folder] ?? null;
  }
}

/** Everything an indexing run leaves for the commands: see root-index.ts for how it is made. */
export interface RootContent {
  dir: string;
  generation: string;
  countries: Record<string, CountryInfo>;
  slugs: CountrySlugs;
  warnings: FileWarning[];
  /** The folders, and the first position of each one's files (see index-file.ts). */
  folders: FolderRecord[];
  start: Int32Array;
  /** Recorded stamps, 3 numbers per position, and the content digest of a file. */
  stamps: ArrayLike<number>;
  digest(position: number): string | null;
  rows: Lines;
  /** Known side lines of this generation; undefined: read the side file when first needed. */
  details?: Lines | null;
  search?: Lines | null;
  /** Where side files are read from and written to (null: nowhere). */
  sideFrom: string | null;
  sideTo: string | null;
  ledger: Ledger | null;
  bad: Array<[number, string]>;
}

/**
 * A summary read from an index row. Its details (description, fingerprints, document kinds) stay on
 * disk until the library reads them for it (`Library.details`): most calls never need them, and its
 * type has them only once read.
 */
export class IndexedSummary implements GuideSummary {
  detail: unknown[] | null = null;
  private ownId: string | undefined;
  private ownKey: string | undefined;
  private ownCountry: string | undefined;

  /**
   * Reads its fields from the row instead of copying them: thousands of these are made on some
   * calls, and a smaller object means less for the garbage collector to copy.
   */
  constructor(
    private readonly row: readonly unknown[],
    readonly root: IndexedRoot,
    readonly position: number,
  ) {}

  /** Undoes what the library set (see Library.add), so that it can be made again from the rows. */
  reset(): void {
    this.ownId = this.ownKey = this.ownCountry = undefined;
  }

  get id(): string {
    return this.ownId ?? SUMMARY.cell(this.row, 'id');
  }
  // The library renames a country to the slug the first root gave it, and the id with it.
  set id(id: string) {
    this.ownId = id;
  }
  get key(): string {
    return this.ownKey ?? SUMMARY.cell(this.row, 'key');
  }
  // Translations whose keys differ only by separators take one key (see Library.add).
  set key(key: string) {
    this.ownKey = key;
  }
  get country(): string {
    return this.ownCountry ?? SUMMARY.cell(this.row, 'country');
  }
  set country(country: string) {
    this.ownCountry = country;
  }
  get pairKey(): string {
    return SUMMARY.cell(this.row, 'pairKey');
  }
  get slug(): string {
    return SUMMARY.cell(this.row, 'slug');
  }
  get lang(): string {
    return SUMMARY.cell(this.row, 'lang');
  }
  get countryCode(): string | null {
    return SUMMARY.cell(this.row, 'countryCode');
  }
  get countryFromFolder(): boolean {
    return SUMMARY.cell(this.row, 'countryFromFolder');
  }
  get title(): string {
    return SUMMARY.cell(this.row, 'title');
  }
  get date(): string | null {
    return SUMMARY.cell(this.row, 'date');
  }
  get topics(): string[] {
    return SUMMARY.cell(this.row, 'topics');
  }
  get stepCount(): number {
    return SUMMARY.cell(this.row, 'stepCount');
  }
  get documentCount(): number {
    return SUMMARY.cell(this.row, 'documentCount');
  }
  get path(): string {
    return this.root.pathAt(this.position);
  }
  get stamp(): string {
    return this.root.stampAt(this.position);
  }

  private need(): readonly unknown[] {
    // Only reachable through a cast: the type of a summary without details has none of these.
    if (!this.detail) throw new Error(`the details of ${this.id} were not loaded`);
    return this.detail;
  }
  get description(): string {
    return DETAILS.cell(this.need(), 'description');
  }
  get fingerprints(): GuideDetails['fingerprints'] {
    const detail = this.need();
    return {
      steps: DETAILS.cell(detail, 'stepFingerprints'),
      documents: DETAILS.cell(detail, 'documentFingerprints'),
    };
  }
  get docKinds(): Array<string | null> {
    return DETAILS.cell(this.need(), 'docKinds');
  }
  get produces(): Produced[] {
    return decodeProduced(DETAILS.cell(this.need(), 'produces'));
  }
  get conditionalDocs(): number[] {
    return DETAILS.cell(this.need(), 'conditionalDocs');
  }
}

/** For a guide whose file cannot be read again: it counts as having nothing to tick. */
const NO_DETAIL = DETAILS.encode({
  description: '',
  stepFingerprints: [],
  documentFingerprints: [],
  docKinds: [],
  produces: [],
  conditionalDocs: [],
});

/** The folder of a position, by its folders' first positions. */
export function folderOf(start: ArrayLike<number>, p: number): number {
  let lo = 0;
  let hi = start.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A guide folder, indexed: its guides made from the rows, folder by folder, when first asked for. */
export class IndexedRoot {
  readonly dir: string;
  readonly generation: string;
  readonly countries: Record<string, CountryInfo>;
  readonly slugs: CountrySlugs;
  readonly warnings: FileWarning[];
  private readonly base: string;
  private readonly start: Int32Array;
  private readonly made = new Map<number, IndexedSummary | null>();
  private all: IndexedSummary[] | null = null;
  private readonly side: Record<SideKind, Lines | null | undefined>;
  /** Folders whose side lines were read again from the guide files this run (saved at the end). */
  private readonly rederived: Record<SideKind, Map<number, string>> = {
    details: new Map(),
    search: new Map(),
  };
  /** The folder whose search texts were read last, decoded (see `searchText`). */
  private lastSearch: { folder: number; rows: Array<unknown[] | null> | null } | null = null;

  constructor(private readonly content: RootContent) {
    this.dir = content.dir;
    this.generation = content.generation;
    this.countries = content.countries;
    this.slugs = content.slugs;
    this.warnings = content.warnings;
    this.start = content.start;
    this.side = { details: content.details, search: content.search };
    // Paths are joined by hand: path.join normalises every one, and a large library has thousands.
    this.base = content.dir.endsWith(sep) ? content.dir : content.dir + sep;
    for (const [p, why] of content.bad) {
      const path = this.pathAt(p);
      this.warnings.push({
        path,
        message: localize('library.invalidGuide', { message: decodeMessage(why), path }),
      });
    }
  }

  relAt(position: number): string {
    const folder = this.content.folders[folderOf(this.start, position)]!;
    return folder.path + folder.files[position - this.start[folderOf(this.start, position)]!]!;
  }

  pathAt(position: number): string {
    const rel = this.relAt(position);
    return this.base + (sep === '/' ? rel : rel.split('/').join(sep));
  }

  /** What the file said when it was read: its content digest (a touched file keeps it). */
  stampAt(position: number): string {
    const s = this.content.stamps;
    return (
      this.content.digest(position) ?? `${s[position * 3]}:${s[position * 3 + 1]}:${s[position * 3 + 2]}`
    );
  }

  /** The guide at `position`, null when that file is no guide; one object per guide for the run. */
  summaryAt(position: number): IndexedSummary | null {
    let summary = this.made.get(position);
    if (summary !== undefined) return summary;
    const folder = folderOf(this.start, position);
    const row = this.content.rows.rows(folder)?.[position - this.start[folder]!] ?? null;
    summary = row ? new IndexedSummary(row, this, position) : null;
    this.made.set(position, summary);
    return summary;
  }

  /** Every guide of the root, in walk order. */
  summaries(): IndexedSummary[] {
    if (this.all) return this.all;
    this.all = [];
    for (const p of walkOrder(this.content.folders)!) {
      const summary = this.summaryAt(p);
      if (summary) this.all.push(summary);
    }
    return this.all;
  }

  /** The side lines of a kind: made this run, or read from the side file once. */
  private lines(kind: SideKind): Lines | null {
    let lines = this.side[kind];
    if (lines === undefined) {
      const from = this.content.sideFrom;
      const file = from && (kind === 'details' ? detailsFile : searchTextsFile)(from);
      const counts = this.content.folders.map((f) => f.files.length);
      lines = readSideFile(file, this.content.ledger, kind, this.generation, counts);
      this.side[kind] = lines;
    }
    return lines;
  }

  /** The folder's side rows: stored, or read again from its guide files with `parser`. */
  private sideRows(
    kind: SideKind,
    folder: number,
    parser: typeof ParseFile | null,
    keep = true,
  ): Array<unknown[] | null> | null {
    const lines = this.lines(kind);
    const stored = keep ? lines?.rows(folder) : lines?.peek(folder);
    if (stored) return stored;
    if (!parser) return null;
    const guides = this.content.rows.rows(folder);
    const parts: string[] = [];
    for (let p = this.start[folder]!; p < this.start[folder + 1]!; p++) {
      const job: ParseJob = { path: this.pathAt(p), rel: this.relAt(p) };
      const outcome = guides?.[p - this.start[folder]!] ? parser.parseJob(job) : null;
      parts.push(outcome?.kind === 'guide' ? (kind === 'details' ? outcome.detail : outcome.text) : 'null');
    }
    const line = `[${parts.join(',')}]`;
    this.rederived[kind].set(folder, line);
    if (kind === 'search' && this.lastSearch?.folder === folder) this.lastSearch = null;
    const known = this.side[kind];
    if (known instanceof LineList) known.lines[folder] = line;
    return JSON.parse(line) as Array<unknown[] | null>;
  }

  /** Reads the details of these guides of the root (their folders' lines), once. */
  async details(summaries: readonly IndexedSummary[]): Promise<void> {
    const wanted = summaries.filter((s) => !s.detail);
    if (wanted.length === 0) return;
    const folders = new Set(wanted.map((s) => folderOf(this.start, s.position)));
    const missing = [...folders].some((f) => !this.lines('details')?.rows(f));
    const parser = missing ? await loadParser() : null;
    for (const s of wanted) {
      const folder = folderOf(this.start, s.position);
      const rows = this.sideRows('details', folder, parser);
      s.detail = rows?.[s.position - this.start[folder]!] ?? NO_DETAIL;
    }
    this.saveRederived('details');
  }

  /** Readies the search texts of every guide: a folder whose stored texts are gone is read again. */
  async prepareSearch(): Promise<void> {
    const folders = this.content.folders.length;
    const has = (f: number) => this.start[f + 1]! > this.start[f]!;
    const missing = Array.from({ length: folders }, (_, f) => f).filter(
      (f) => has(f) && this.lines('search')?.bytes(f) == null,
    );
    if (missing.length === 0) return;
    const parser = await loadParser();
    for (const f of missing) this.sideRows('search', f, parser);
    this.saveRederived('search');
  }

  /**
   * A search build asks for every guide's text, folder after folder, once: only the last folder's
   * texts are kept decoded, so that the texts of a whole library are never in memory at once.
   */
  searchText(summary: IndexedSummary): SearchText | undefined {
    const folder = folderOf(this.start, summary.position);
    if (this.lastSearch?.folder !== folder)
      this.lastSearch = { folder, rows: this.sideRows('search', folder, null, false) };
    const row = this.lastSearch.rows?.[summary.position - this.start[folder]!];
    return row ? SEARCH.decode(row) : undefined;
  }

  /**
   * Side lines read again from the guide files (the side file was damaged, or left by another run)
   * are saved with this generation, so the next call is spared that.
   */
  private saveRederived(kind: SideKind): void {
    const fresh = this.rederived[kind];
    const file = this.content.sideTo;
    if (fresh.size === 0 || !file) return;
    const known = this.lines(kind);
    const lines = this.content.folders.map((_, f) => fresh.get(f) ?? known?.bytes(f) ?? null);
    const path = (kind === 'details' ? detailsFile : searchTextsFile)(file);
    writeSideFile(path, kind, this.generation, lines, this.content.ledger);
    fresh.clear();
  }
}
