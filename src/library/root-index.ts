import { join } from 'node:path';
import type { Ledger } from '../cache/cache-file.js';
import { isUnchangedAt, recordedCtime } from '../cache/stamp.js';
import { messageText, localize } from '../i18n/index.js';
import { holdMemoryDown } from '../memory.js';
import { contentDigest, runId } from '../text/hash.js';
import { SUMMARY } from './columns.js';
import type { CountryInfo } from './countries.js';
import { readGuideText, type FileWarning } from './files.js';
import {
  detailsFile,
  folderStarts,
  NO_DIGEST,
  readIndexFile,
  readSideFile,
  searchTextsFile,
  writeIndexFile,
  walkOrder,
  writeSideFile,
  type CountrySlugs,
  type FolderRecord,
  type StoredIndex,
} from './index-file.js';
import { folderOf, IndexedRoot, LineList, type Lines } from './indexed-root.js';
import type { ParseJob, ParseOutcome } from './parse-file.js';
import { loadParser, parseFiles } from './parse-many.js';
import { scanRoot } from './scan.js';

export { rootCacheFile } from './index-file.js';
export type { IndexedRoot, IndexedSummary } from './indexed-root.js';

/** Past this many files to parse in one run, memory matters more than the last millisecond. */
export const MANY_FILES = 200;

/** A root's shipped index (the bundled guides): its file, read and checked like any cache file. */
export interface PrebuiltIndex {
  file: string;
  index: StoredIndex;
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

/** A shipped index if there is one (it wins over a user cache left by an older package), else the cache. */
export function readPrebuilt(file: string, ledger: Ledger | null): PrebuiltIndex | null {
  const index = readIndexFile(file, ledger);
  return index ? { file, index } : null;
}

/**
 * Lists a root's guide files and returns their summaries, parsing only the files that are new or
 * changed since the cached index (by the rule of stamp.ts), then saves what changed. In stages over
 * one state: scan the folders → match the files with the old index → reuse the unchanged ones →
 * parse the changed ones → assemble each folder's lines → settle the generation → write the caches.
 */
export async function indexRoot(dir: string, options: IndexOptions): Promise<IndexedRoot> {
  const run = begin(dir, options);
  scan(run);
  match(run);
  reuse(run);
  await parse(run);
  await settle(run);
  write(run);
  return finish(run);
}

/**
 * The state the stages share. Positions number the files folder by folder (see index-file.ts);
 * `at` positions are the old index's.
 */
interface IndexRun {
  dir: string;
  options: IndexOptions;
  ledger: Ledger | null;
  warnings: FileWarning[];
  now: number;
  old: StoredIndex | null;
  /** Where the old index and its side files are: the shipped index's file, or the cache's. */
  oldFile: string | null;
  oldStart: Int32Array;
  /** Filled by `scan`: the folders and files found, with their stamps now. */
  folders: FolderRecord[];
  start: Int32Array;
  stamps: Float64Array;
  /** Filled by `match`: each file's old position (-1: new), each folder's old folder (-1: new). */
  oldAt: Int32Array;
  oldFolderOf: Int32Array;
  /** Per old position: whether a file now matches it (files gone are a change). */
  matched: Uint8Array;
  /** Filled by `reuse`: what to record of each file, and the files that must be parsed. */
  recorded: Float64Array;
  /** Content digests learnt this run (read to compare, or parsed), by position. */
  digests: Map<number, string>;
  bad: Map<number, string>;
  jobs: ParseJob[];
  jobAt: number[];
  /** Filled by `parse`: what became of each parsed file, until its folder is assembled. */
  fresh: Map<number, ParseOutcome>;
  readWarnings: Array<[number, FileWarning]>;
  /** Filled as folders are assembled: each folder's lines, and whether any content changed. */
  lines: { rows: Line[]; details: Line[]; search: Line[] } | null;
  changed: boolean;
  /** Only stamps or folder records changed: the index file is saved again, with the same generation. */
  restamped: boolean;
  /** Files were added, removed or renamed, or could not be stat-ed: folders are assembled again. */
  moved: boolean;
  /** Per folder assembled as it was: the old folder whose lines are copied (-1: made now). */
  copyFrom: Int32Array;
  /** Filled by `settle`. */
  generation: string;
  countries: Record<string, CountryInfo>;
  slugs: CountrySlugs;
}

type Line = Buffer | string | null;

function begin(dir: string, options: IndexOptions): IndexRun {
  const ledger = options.ledger ?? null;
  const prebuilt = options.prebuilt ?? null;
  const old = prebuilt?.index ?? readIndexFile(options.cacheFile, ledger);
  const none = new Int32Array(0);
  return {
    dir,
    options,
    ledger,
    warnings: [],
    now: Date.now(),
    old,
    oldFile: prebuilt ? prebuilt.file : options.cacheFile,
    oldStart: old ? folderStarts(old.header.folders) : new Int32Array(1),
    folders: [],
    start: new Int32Array(1),
    stamps: new Float64Array(0),
    oldAt: none,
    oldFolderOf: none,
    matched: new Uint8Array(0),
    recorded: new Float64Array(0),
    digests: new Map(),
    bad: new Map(),
    jobs: [],
    jobAt: [],
    fresh: new Map(),
    readWarnings: [],
    lines: null,
    changed: old === null,
    restamped: false,
    moved: old === null,
    copyFrom: none,
    generation: old?.header.generation ?? '',
    countries: { ...(old?.header.countries ?? {}) },
    slugs: old?.header.slugs ?? { folder: {}, first: {} },
  };
}

/** Stage 1: the folders and guide files, with their stamps now (or the shipped list as it is). */
function scan(run: IndexRun): void {
  const shipped = run.options.trustShipped ? run.options.prebuilt?.index : undefined;
  if (shipped) {
    run.folders = shipped.header.folders;
    run.stamps = shipped.stamps;
  } else {
    const found = scanRoot(run.dir, run.old?.header.folders ?? [], run.warnings);
    run.folders = found.folders;
    run.stamps = found.stamps;
  }
  run.start = folderStarts(run.folders);
}

/** Stage 2: which old file each file is — by place when its folder's files are the same, else by name. */
function match(run: IndexRun): void {
  const n = run.stamps.length / 3;
  run.oldAt = new Int32Array(n).fill(-1);
  run.oldFolderOf = new Int32Array(run.folders.length).fill(-1);
  const old = run.old;
  if (!old) return;
  const total = old.stamps.length / 3;
  run.matched = new Uint8Array(total);
  if (total !== n || old.header.folders.length !== run.folders.length) run.moved = true;
  const byPath = new Map(old.header.folders.map((f, i) => [f.path, i]));
  run.folders.forEach((folder, f) => {
    const k = byPath.get(folder.path) ?? -1;
    run.oldFolderOf[f] = k;
    if (k !== f) run.moved = true;
    if (k < 0) return;
    const before = old.header.folders[k]!.files;
    const now = folder.files;
    const first = run.start[f]!;
    const oldFirst = run.oldStart[k]!;
    const same =
      before === now || (before.length === now.length && now.every((name, i) => name === before[i]));
    const byName = same ? null : new Map(before.map((name, i) => [name, i]));
    if (!same || first !== oldFirst) run.moved = true;
    for (let i = 0; i < now.length; i++) {
      const place = same ? i : (byName!.get(now[i]!) ?? -1);
      if (place < 0) continue;
      run.oldAt[first + i] = oldFirst + place;
      run.matched[oldFirst + place] = 1;
    }
  });
}

/** Stage 3: files whose stamp is unchanged keep their old entry; the others are to be parsed. */
function reuse(run: IndexRun): void {
  const { stamps, oldAt, old } = run;
  const n = stamps.length / 3;
  const recorded = (run.recorded = new Float64Array(n * 3));
  const oldBad = new Map(old?.header.bad ?? []);
  const trusted = run.options.trustShipped === true && run.options.prebuilt?.index === old;
  for (let p = 0; p < n; p++) {
    const at = oldAt[p]!;
    // A file that could not be stat-ed was told already; it is looked at again next time.
    if (Number.isNaN(stamps[p * 3])) {
      run.moved = true;
      continue;
    }
    if (at >= 0 && (trusted || isUnchangedAt(old!.stamps, at, stamps, p))) {
      recorded[p * 3] = old!.stamps[at * 3]!;
      recorded[p * 3 + 1] = old!.stamps[at * 3 + 1]!;
      recorded[p * 3 + 2] = old!.stamps[at * 3 + 2]!;
      const why = oldBad.size > 0 ? oldBad.get(at) : undefined;
      if (why !== undefined) run.bad.set(p, why);
      continue;
    }
    const ctime = recordedCtime({ size: stamps[p * 3]!, ctimeMs: stamps[p * 3 + 1]!, ino: 0 }, run.now);
    recorded.set([stamps[p * 3]!, ctime, stamps[p * 3 + 2]!], p * 3);
    run.restamped = true;
    // A file touched, or recorded too recently to trust its stamp: read, and parsed only if its text changed.
    const digest = at >= 0 && old!.stamps[at * 3] === stamps[p * 3] ? old!.digest(at) : null;
    if (digest !== null && sameText(run, p, digest)) {
      const why = oldBad.get(at);
      if (why !== undefined) run.bad.set(p, why);
      continue;
    }
    run.jobs.push({ path: join(run.dir, relOf(run, p)), rel: relOf(run, p) });
    run.jobAt.push(p);
  }
}

function relOf(run: IndexRun, p: number): string {
  const f = folderOf(run.start, p);
  return run.folders[f]!.path + run.folders[f]!.files[p - run.start[f]!]!;
}

/** Whether a file whose stamp moved still has the text it had when it was parsed. */
function sameText(run: IndexRun, p: number, digest: string): boolean {
  const read = readGuideText(join(run.dir, relOf(run, p)));
  return read.ok && contentDigest(read.text) === digest;
}

/**
 * Stage 4: parses the changed files, assembling each folder as soon as its last file is parsed so
 * that only its lines are kept.
 */
async function parse(run: IndexRun): Promise<void> {
  if (!run.moved && run.jobs.length === 0) return;
  if (run.jobs.length >= MANY_FILES) {
    // The parser loads first: changing V8's flags makes V8 refuse the code cache of every chunk
    // loaded after (the parser's are 0.4 MB, ~25 ms to compile without it).
    await loadParser();
    holdMemoryDown();
  }
  const folders = run.folders.length;
  const empty = () => new Array<Line>(folders).fill(null);
  run.lines = { rows: empty(), details: empty(), search: empty() };
  run.copyFrom = new Int32Array(folders).fill(-1);
  const waiting = new Int32Array(folders);
  for (const p of run.jobAt) waiting[folderOf(run.start, p)]! += 1;
  const sides = oldSides(run);
  for (let f = 0; f < folders; f++) if (waiting[f] === 0) assemble(run, f, sides);
  let read = 0;
  await parseFiles(run.jobs, (i, outcome) => {
    run.options.onProgress?.(++read, run.jobs.length);
    const p = run.jobAt[i]!;
    run.fresh.set(p, outcome);
    if (outcome.kind === 'unreadable') {
      // An unreadable file is not cached: it may be readable next time.
      const path = join(run.dir, relOf(run, p));
      run.readWarnings.push([
        p,
        { path, message: localize('files.skipped', { reason: messageText(outcome.reason) }) },
      ]);
      run.recorded[p * 3 + 1] = 0;
      run.digests.set(p, NO_DIGEST);
    } else run.digests.set(p, outcome.digest);
    const f = folderOf(run.start, p);
    if (--waiting[f]! === 0) assemble(run, f, sides);
  });
  run.readWarnings.sort((a, b) => a[0] - b[0]);
  run.warnings.push(...run.readWarnings.map(([, w]) => w));
  // Folders added or removed renumber the folders: the side files are written anew.
  const before = run.old?.header.folders;
  if (!before || before.length !== folders || run.oldFolderOf.some((k, f) => k !== f)) run.changed = true;
  // Files gone since the last index are a change too.
  const oldBad = new Set(before ? run.old!.header.bad.map(([at]) => at) : []);
  for (let at = 0; at < run.matched.length && !run.changed; at++)
    if (!run.matched[at] && (oldBad.has(at) || oldRow(run, at) !== 'null')) run.changed = true;
}

/** The old index's side files, read when first needed (to compare or to copy from). */
interface OldSides {
  details(): Lines | null;
  search(): Lines | null;
}

function oldSides(run: IndexRun): OldSides {
  const old = run.old;
  const file = run.oldFile;
  const counts = old?.header.folders.map((f) => f.files.length) ?? [];
  const read = (kind: 'details' | 'search') => {
    let lines: Lines | null | undefined;
    return () => {
      if (lines === undefined) {
        const path = file && old ? (kind === 'details' ? detailsFile : searchTextsFile)(file) : null;
        lines = old ? readSideFile(path, run.ledger, kind, old.header.generation, counts) : null;
      }
      return lines;
    };
  };
  return { details: read('details'), search: read('search') };
}

/** A row of the old index (or of one of its side files) at position `at`, as stored text. */
function oldText(run: IndexRun, lines: Lines | null, at: number): string | undefined {
  const k = folderOf(run.oldStart, at);
  const rows = lines?.rows(k);
  if (!rows) return undefined;
  const row = rows[at - run.oldStart[k]!];
  return row ? JSON.stringify(row) : 'null';
}

const oldRow = (run: IndexRun, at: number): string => oldText(run, run.old!.rows, at) ?? 'null';

/** Makes a folder's lines: copied when none of its files changed, else joined from its rows. */
function assemble(run: IndexRun, f: number, sides: OldSides): void {
  const k = run.oldFolderOf[f]!;
  const first = run.start[f]!;
  const count = run.start[f + 1]! - first;
  const { oldAt, fresh, stamps } = run;
  let untouched = k >= 0 && run.old!.header.folders[k]!.files.length === count;
  for (let i = 0; i < count && untouched; i++) {
    const p = first + i;
    untouched = !fresh.has(p) && oldAt[p] === run.oldStart[k]! + i && !Number.isNaN(stamps[p * 3]);
  }
  if (untouched) {
    run.copyFrom[f] = k;
    return;
  }
  const rows: string[] = [];
  const details: Array<string | undefined> = [];
  const search: Array<string | undefined> = [];
  for (let p = first; p < first + count; p++) {
    const at = oldAt[p]!;
    const outcome = fresh.get(p);
    if (!outcome && !Number.isNaN(stamps[p * 3])) {
      rows.push(oldRow(run, at));
      details.push(oldText(run, sides.details(), at));
      search.push(oldText(run, sides.search(), at));
      continue;
    }
    const guide = outcome?.kind === 'guide' ? outcome : null;
    rows.push(guide?.row ?? 'null');
    details.push(guide?.detail ?? 'null');
    search.push(guide?.text ?? 'null');
    if (outcome?.kind === 'bad') run.bad.set(p, outcome.why);
    if (!run.changed && differs(run, at, sides, outcome ?? null)) run.changed = true;
    fresh.delete(p);
  }
  const line = (parts: Array<string | undefined>) =>
    parts.length === 0 || parts.some((x) => x === undefined) ? null : `[${parts.join(',')}]`;
  run.lines!.rows[f] = line(rows);
  run.lines!.details[f] = line(details);
  run.lines!.search[f] = line(search);
}

/** Whether a file parsed now (or gone) says anything else than its old entry. */
function differs(run: IndexRun, at: number, sides: OldSides, outcome: ParseOutcome | null): boolean {
  const why = outcome?.kind === 'bad' ? outcome.why : undefined;
  const guide = outcome?.kind === 'guide' ? outcome : null;
  if (at < 0) return guide !== null || why !== undefined;
  const oldWhy = run.old!.header.bad.find(([b]) => b === at)?.[1];
  if (why !== oldWhy || (guide?.row ?? 'null') !== oldRow(run, at)) return true;
  return (
    guide !== null &&
    (guide.detail !== oldText(run, sides.details(), at) || guide.text !== oldText(run, sides.search(), at))
  );
}

/** Stage 5: the generation (new when any content changed), and the countries and their slugs. */
async function settle(run: IndexRun): Promise<void> {
  if (!run.changed) return;
  run.generation = runId();
  const lines = run.lines;
  if (!lines) return;
  // Copied folders take their old lines now: the files written hold every folder.
  const sides = oldSides(run);
  run.copyFrom.forEach((k, f) => {
    if (k < 0) return;
    lines.rows[f] = run.old!.rows.bytes(k);
    lines.details[f] = sides.details()?.bytes(k) ?? null;
    lines.search[f] = sides.search()?.bytes(k) ?? null;
  });
  const rows = new LineList(lines.rows);
  const slugs: CountrySlugs = { folder: {}, first: {} };
  const parser = run.jobs.length > 0 ? await loadParser() : null;
  const order = walkOrder(run.folders)!;
  for (const p of order) {
    const f = folderOf(run.start, p);
    const row = rows.rows(f)?.[p - run.start[f]!];
    const code = row ? SUMMARY.cell(row, 'countryCode') : null;
    if (!row || !code) continue;
    const country = SUMMARY.cell(row, 'country');
    if (SUMMARY.cell(row, 'countryFromFolder')) slugs.folder[code] ??= country.toLowerCase();
    slugs.first[code] ??= country;
    // Entries from the old index have their countries in it already.
    if (!run.countries[code] && parser) run.countries[code] = parser.countryInfo(code);
  }
  run.slugs = slugs;
}

/** Stage 6: saves what changed — the index, and its side files when any content changed. */
function write(run: IndexRun): void {
  const file = run.options.cacheFile;
  if (!file || !(run.changed || run.restamped || foldersChanged(run))) return;
  // Not changed: the folders are the old ones, and so are their lines.
  const rows = run.changed ? run.lines!.rows : run.folders.map((_, f) => run.old!.rows.bytes(f));
  writeIndexFile(
    file,
    {
      generation: run.generation,
      countries: run.countries,
      slugs: run.slugs,
      folders: run.folders,
      bad: [...run.bad].sort((a, b) => a[0] - b[0]),
      stamps: run.recorded,
      digests: run.moved || run.digests.size > 0 ? digestsOf(run) : run.old!.digests,
      rows,
    },
    run.ledger,
  );
  if (!run.changed) return;
  writeSideFile(detailsFile(file), 'details', run.generation, run.lines!.details, run.ledger);
  writeSideFile(searchTextsFile(file), 'search', run.generation, run.lines!.search, run.ledger);
}

/** Every file's digest: learnt this run, else the old one; none for a file that could not be read. */
function digestsOf(run: IndexRun): string {
  const n = run.stamps.length / 3;
  const parts: string[] = [];
  for (let p = 0; p < n; p++) {
    const at = run.oldAt[p]!;
    const known = Number.isNaN(run.stamps[p * 3]) ? NO_DIGEST : run.digests.get(p);
    parts.push(known ?? (at >= 0 ? run.old!.digest(at) : null) ?? NO_DIGEST);
  }
  return parts.join('');
}

/** Whether any folder's record (stamp, links, names) differs from the old one. */
function foldersChanged(run: IndexRun): boolean {
  const before = run.old?.header.folders;
  if (!before || before.length !== run.folders.length) return true;
  const same = <T>(a: readonly T[], b: readonly T[]) =>
    a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
  return run.folders.some((f, i) => {
    const b = before[i]!;
    return (
      f.path !== b.path ||
      f.linked !== b.linked ||
      !same(f.stamp, b.stamp) ||
      !same(f.files, b.files) ||
      !same(f.folders, b.folders)
    );
  });
}

/** What the commands get: the guides, read from the lines folder by folder as they are needed. */
function finish(run: IndexRun): IndexedRoot {
  const prebuilt = run.options.prebuilt?.index === run.old && run.old !== null;
  const lines = run.changed ? run.lines : null;
  return new IndexedRoot({
    dir: run.dir,
    generation: run.generation,
    countries: run.countries,
    slugs: run.slugs,
    warnings: run.warnings,
    folders: run.folders,
    start: run.start,
    stamps: run.recorded,
    digest: digestOf(run),
    bad: [...run.bad].sort((a, b) => a[0] - b[0]),
    rows: lines ? new LineList(lines.rows) : run.old!.rows,
    details: lines ? new LineList(lines.details) : undefined,
    search: lines ? new LineList(lines.search) : undefined,
    sideFrom: run.changed ? null : run.oldFile,
    sideTo: prebuilt ? null : run.options.cacheFile,
    ledger: run.ledger,
  });
}

/**
 * A file's digest, for the commands. Made apart from `finish` so that it keeps only what it reads:
 * a closure over the run would keep everything the run made (every line, twice) for as long as the
 * library lives, through a search build that needs that memory.
 */
function digestOf(run: IndexRun): (position: number) => string | null {
  const { oldAt, digests, old } = run;
  return (p) => {
    const at = oldAt[p]!;
    return digests.get(p) ?? (at >= 0 ? old!.digest(at) : null);
  };
}
