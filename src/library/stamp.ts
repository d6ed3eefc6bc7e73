/**
 * The one rule that says whether a file is unchanged since tramit last knew its content: guide files
 * against the index cache, and the cache's own files against the ledger of files known to be whole
 * (see cache-file.ts).
 *
 * A file's stamp mixes its modification time, its status-change time (ctime) and its inode; its size
 * is kept beside it. `touch -r` can put an old modification time back, but not an old ctime, and
 * replacing a file gives it a new inode, so an edit that keeps the size and the modification time is
 * still seen.
 *
 * File times have a granularity (a clock tick, or a second on some file systems): a file written in
 * the same tick as it was stamped could change again without its stamp changing ("racy git"). A file
 * changed that recently gets no stamp (0), so it is read again next time, when its stamp is safe.
 */

/** What `fs.Stats` gives that the stamp is made of. */
export interface StampSource {
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** A file changed less than this long before it was stamped may still change within the same tick. */
export const RACY_MS = 2000;

/** The three numbers, as the 32-bit halves of their binary form: no string is made per file. */
const numbers = new Float64Array(3);
const words = new Uint32Array(numbers.buffer);

/** The stamp of a file: a number below 2^53, never 0 for a file that is safe to trust. */
export function fileStamp(stats: StampSource, now: number = Date.now()): number {
  if (now - Math.max(stats.mtimeMs, stats.ctimeMs) < RACY_MS) return 0;
  // Times carry fractions of a millisecond (nanoseconds where the file system keeps them).
  numbers[0] = stats.mtimeMs;
  numbers[1] = stats.ctimeMs;
  numbers[2] = stats.ino;
  let a = 0x811c9dc5;
  let b = 0x2f6b3a1d;
  for (let i = 0; i < words.length; i++) {
    a = Math.imul(a ^ words[i]!, 0x01000193);
    a ^= a >>> 15;
    b = Math.imul(b ^ words[i]!, 0x5bd1e995);
    b ^= b >>> 13;
  }
  // 21 bits of one hash above 32 of the other: an exact integer, stored in JSON as a number.
  return ((b >>> 11) & 0x1fffff) * 0x100000000 + (a >>> 0) || 1;
}

/** The cache validity rule: same size and a stamp that was safe to take and has not moved. */
export function isUnchanged(
  recorded: { size: number; stamp: number },
  current: { size: number; stamp: number },
): boolean {
  return recorded.stamp !== 0 && recorded.size === current.size && recorded.stamp === current.stamp;
}
