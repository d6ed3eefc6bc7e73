import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { lazy } from '../lazy.js';
import { runId } from '../text/hash.js';
import { isUnchanged, recordedCtime, type FileStamp } from './stamp.js';

/**
 * The one form of every cache file (a guide folder's index, its details and search texts, the
 * library's view, the search index): a line `<crc32> <header JSON>`, then a body of raw bytes, often
 * in sections the header points to (`Section`) so that a reader decodes only what it needs. The
 * checksum covers all that follows it, so a damaged file — one changed byte anywhere — is told from
 * a whole one, discarded and rebuilt; a cache only ever costs time.
 *
 * Checking a checksum means reading zlib and every byte, so it is done once per version of a file:
 * a file found whole (or written by tramit) is noted in a ledger with its stamp (stamp.ts), and while
 * its stamp is the same it is trusted without the checksum. Anything that writes to the file, by hand
 * or by a faulty disk driver, moves its stamp. The ledger is a hint: lost or damaged, it only means
 * checksums are checked again.
 */

export interface CacheFile {
  header: unknown;
  body: Buffer;
}

/** Told, at most once per run, when a damaged cache file was discarded (`--verbose` prints it). */
let reportDamage: ((file: string) => void) | null = null;

export function onDamagedCache(report: ((file: string) => void) | null): void {
  reportDamage = report;
}

function damaged(file: string): null {
  const report = reportDamage;
  reportDamage = null;
  report?.(file);
  return null;
}

/** The checksum of `bytes`, or of more bytes after those that gave `before`. */
function crc32(bytes: Uint8Array, before?: number): number {
  // zlib costs ~2 ms to load: only files not in the ledger (new, changed or damaged) pay for it.
  return lazy.zlib().crc32(bytes, before);
}

const CHECKSUM = 8;

/**
 * The header and body of a cache file; null when it is missing, damaged or not of this form.
 * `ledger`: where files known to be whole are noted (null: check the checksum every time).
 * `wellFormed`: checks the content's shape, with the checksum: a file that passes both once is read
 * as it is while its stamp stays the same.
 */
export function readCacheFile(
  file: string,
  ledger: Ledger | null,
  wellFormed: (header: unknown, body: Buffer) => boolean = () => true,
): CacheFile | null {
  let bytes: Buffer;
  let stamp: FileStamp;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd);
    stamp = { size: stats.size, ctimeMs: stats.ctimeMs, ino: stats.ino };
    bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    if (read !== bytes.length) return damaged(file);
  } catch {
    // Missing or unreadable: built again, without a word.
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  // The form before checksums (a JSON object from the first byte): another version, not damage.
  if (bytes[0] === 0x7b) return null;
  const newline = bytes.indexOf(10);
  if (newline < CHECKSUM + 1 || bytes[CHECKSUM] !== 0x20) return damaged(file);
  const trusted = ledger?.trusts(file, stamp) ?? false;
  if (!trusted) {
    const expected = Number.parseInt(bytes.toString('latin1', 0, CHECKSUM), 16);
    if (crc32(bytes.subarray(CHECKSUM + 1)) !== expected) return damaged(file);
  }
  try {
    const read = {
      header: JSON.parse(bytes.toString('utf8', CHECKSUM + 1, newline)) as unknown,
      body: bytes.subarray(newline + 1),
    };
    if (!trusted) {
      if (!wellFormed(read.header, read.body)) return damaged(file);
      ledger?.trust(file, stamp);
    }
    return read;
  } catch {
    return damaged(file);
  }
}

/**
 * Where each part of a body is, as [offset, length] in bytes from the start of the body: a reader
 * decodes only the parts it needs (one folder's rows, one country's groups).
 */
export type Section = [offset: number, length: number];

/** Collects the parts of a body and where each one lands. */
export class BodyWriter {
  readonly parts: Buffer[] = [];
  private size = 0;

  /** Adds a part and says where it is; a part ends with a newline so the body reads as lines. */
  add(part: Buffer | string): Section {
    const bytes = typeof part === 'string' ? Buffer.from(`${part}\n`) : part;
    const section: Section = [this.size, bytes.length];
    this.parts.push(bytes);
    this.size += bytes.length;
    return section;
  }
}

/** The bytes of a section of a body; null when it does not lie inside it. */
export function sectionOf(body: Buffer, section: unknown): Buffer | null {
  if (!Array.isArray(section) || section.length !== 2) return null;
  const [offset, length] = section as [unknown, unknown];
  if (!Number.isInteger(offset) || !Number.isInteger(length)) return null;
  const start = offset as number;
  const end = start + (length as number);
  return start >= 0 && end >= start && end <= body.length ? body.subarray(start, end) : null;
}

/**
 * Writes a cache file atomically; a cache that cannot be written (read-only, full disk) is not an
 * error. Without fsync: a cache only ever costs time, and a file cut short by a crash fails its
 * checksum and is rebuilt, so waiting for the disk (the larger part of a write) buys nothing.
 */
export function writeCacheFile(
  file: string,
  header: object,
  body: string | ReadonlyArray<Buffer>,
  ledger: Ledger | null,
): void {
  // The checksum is taken part by part and the file put together once: the parts of a large
  // library's files add up to megabytes, and every copy stays in memory until the next collection.
  const parts = [
    Buffer.from(`${JSON.stringify(header)}\n`),
    ...(typeof body === 'string' ? [Buffer.from(body)] : body),
  ];
  let sum = 0;
  for (const part of parts) sum = crc32(part, sum);
  const line = Buffer.from(`${sum.toString(16).padStart(CHECKSUM, '0')} `);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const writeFileAtomic = lazy.writeFileAtomic();
    writeFileAtomic.sync(file, Buffer.concat([line, ...parts]), { fsync: false });
    const stats = statSync(file);
    ledger?.trust(file, { size: stats.size, ctimeMs: stats.ctimeMs, ino: stats.ino });
  } catch {
    // Only makes the next call slower.
  }
}

type Entry = [size: number, ctimeMs: number, ino: number];

/** The cache files known to be whole, by path, with their size and stamp then. */
export class Ledger {
  private entries: Record<string, Entry> | null = null;

  private constructor(private readonly file: string) {}

  private static readonly open = new Map<string, Ledger>();

  /** One ledger per cache folder and process. */
  static of(cacheDir: string): Ledger {
    let ledger = Ledger.open.get(cacheDir);
    if (!ledger) Ledger.open.set(cacheDir, (ledger = new Ledger(join(cacheDir, 'ledger.json'))));
    return ledger;
  }

  private load(): Record<string, Entry> {
    if (this.entries) return this.entries;
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      this.entries =
        data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, Entry>) : {};
    } catch {
      this.entries = {};
    }
    return this.entries;
  }

  trusts(file: string, current: FileStamp): boolean {
    const entry = this.load()[file];
    return Array.isArray(entry) && isUnchanged(Number(entry[0]), Number(entry[1]), Number(entry[2]), current);
  }

  trust(file: string, current: FileStamp): void {
    const entries = this.load();
    const known = entries[file];
    const ctime = recordedCtime(current, Date.now());
    // A stamp too recent to trust (see stamp.ts) is not noted: the next read checks the checksum.
    if (ctime === 0) {
      if (!known) return;
      delete entries[file];
    } else {
      if (known?.[0] === current.size && known[1] === ctime && known[2] === current.ino) return;
      entries[file] = [current.size, ctime, current.ino];
    }
    // Two runs writing at once may lose an entry: that costs one checksum, never a wrong answer.
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${runId()}`;
      writeFileSync(temporary, JSON.stringify(entries));
      renameSync(temporary, this.file);
    } catch {
      // A read-only cache folder: checksums are checked every time.
    }
  }
}
