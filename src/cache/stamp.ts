/**
 * The one rule that says whether a file is unchanged since tramit last knew its content: guide files
 * against the index cache, and the cache's own files against the ledger of files known to be whole
 * (see cache-file.ts), and guide folders against the folders they were read from (see scan.ts).
 *
 * A file's stamp is its size, its status-change time (ctime) and its inode. Any write, and any change
 * of its modification time, moves the ctime to the present: `touch -r` can put an old modification
 * time back, but not an old ctime, and a file replaced by another has a new inode. Nothing is
 * computed per file: a warm listing compares the stamps of thousands of files.
 *
 * File times have a granularity (a clock tick, or a second on some file systems): a file stamped in
 * the same tick as it was written could change again without its stamp changing ("racy git"). A file
 * changed that recently is recorded with a ctime of 0, which matches no file, so it is looked at
 * again next time, when its stamp is safe.
 */

export interface FileStamp {
  size: number;
  ctimeMs: number;
  ino: number;
}

/** A file changed less than this long before it was stamped may still change within the same tick. */
export const RACY_MS = 2000;

/** The stamp to record for a file seen at `now`: its own, or one that matches nothing when too recent. */
export function recordedCtime(stamp: FileStamp, now: number): number {
  return now - stamp.ctimeMs < RACY_MS ? 0 : stamp.ctimeMs;
}

/** The cache validity rule: a recorded stamp that was safe to take, and that nothing has moved. */
export function isUnchanged(size: number, ctimeMs: number, ino: number, current: FileStamp): boolean {
  return isUnchangedAt([size, ctimeMs, ino], 0, [current.size, current.ctimeMs, current.ino], 0);
}

/**
 * The same rule over stamps kept 3 numbers a file (size, ctime, inode) in arrays, as the index keeps
 * them for thousands of files: `recorded` at `at` against `current` at `now`.
 */
export function isUnchangedAt(
  recorded: ArrayLike<number>,
  at: number,
  current: ArrayLike<number>,
  now: number,
): boolean {
  const ctime = recorded[at * 3 + 1]!;
  return (
    ctime !== 0 &&
    ctime === current[now * 3 + 1] &&
    recorded[at * 3] === current[now * 3] &&
    recorded[at * 3 + 2] === current[now * 3 + 2]
  );
}
