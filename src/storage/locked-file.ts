import * as fs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { TramitError } from '../errors.js';
import { lazy } from '../lazy.js';
import { localize, localizeCount } from '../i18n/index.js';
import { asFileProblem, fileProblem } from './problems.js';

// proper-lockfile (with the graceful-fs it brings) and write-file-atomic load only when something is written.
const { lockfile, writeFileAtomic } = lazy;

/** A lock untouched for this long belongs to a tramit that died (or is frozen): another takes it over. */
export const STALE_MS = 10_000;

/**
 * The stale time: `TRAMIT_LOCK_STALE_MS` exists for the tests that freeze and kill tramits holding the
 * lock, so that a takeover costs them 2 s (proper-lockfile's floor) rather than 10. Users have no
 * reason to set it.
 */
export function staleMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.TRAMIT_LOCK_STALE_MS);
  return Number.isFinite(value) && value >= 2000 ? value : STALE_MS;
}

/**
 * How many times a read-modify-write starts again after its lock was taken over: each time means this
 * tramit was frozen past the stale time while holding it, or lost proper-lockfile's stale-lock race.
 */
const ROUNDS = 10;

/** The lock was taken over while this process held it: nothing it read can be trusted any more. */
class LockLost extends Error {}

/**
 * Knows whether the lock directory is still ours. proper-lockfile keeps the lock fresh by setting its
 * mtime, and judges a takeover by the mtime changing under it; it does so on a timer, which cannot run
 * while a synchronous read-modify-write does. So the file system calls it makes on the lock go through
 * this wrapper (its documented `fs` option), which remembers every mtime it set: the lock is ours while
 * its mtime is one of them. A tramit that took the lock over made a new directory with its own mtime.
 */
class Ownership {
  readonly lockPath: string;
  private readonly marks = new Set<number>();
  /** From the moment the lock is acquired: before that, removing a stale lock is proper-lockfile's job. */
  held = false;
  /** proper-lockfile saw the takeover first (its onCompromised). */
  compromised = false;
  readonly fs: Record<string, unknown>;

  constructor(lockPath: string) {
    this.lockPath = lockPath;
    /** The mtime to set (and remember) for a call on `path`. */
    const mark = (path: unknown, mtime: Date): Date => {
      if (path !== this.lockPath) return mtime;
      // proper-lockfile's first call on a new lock probes the file system's precision with the next
      // whole second plus 5 ms: the same value for two tramits that took a stale lock in the same
      // second (which its stale check lets happen). Any other millisecond probes as well, and makes
      // each lock's mtime its own.
      const next = this.held
        ? mtime
        : new Date(Math.floor(mtime.getTime() / 1000) * 1000 + 1 + Math.floor(Math.random() * 999));
      // Remembered before the call: a change that lands while synchronous code runs is already known.
      this.marks.add(next.getTime());
      return next;
    };
    type Callback = (error: NodeJS.ErrnoException | null) => void;
    this.fs = {
      ...fs,
      utimes: (path: string, _atime: Date, mtime: Date, callback: Callback) => {
        const next = mark(path, mtime);
        fs.utimes(path, next, next, callback);
      },
      utimesSync: (path: string, _atime: Date, mtime: Date) => {
        const next = mark(path, mtime);
        fs.utimesSync(path, next, next);
      },
      // Releasing (or exiting) after a takeover must not remove the lock of the tramit that took it.
      rmdir: (path: string, callback: Callback) => {
        if (this.mayRemove(path)) fs.rmdir(path, callback);
        else callback(null);
      },
      rmdirSync: (path: string) => {
        if (this.mayRemove(path)) fs.rmdirSync(path);
      },
    };
  }

  private mayRemove(path: string): boolean {
    return !this.held || path !== this.lockPath || this.owns();
  }

  owns(): boolean {
    if (this.compromised) return false;
    let mtime: number;
    try {
      mtime = fs.statSync(this.lockPath).mtime.getTime();
    } catch {
      return false;
    }
    if (this.marks.has(mtime)) return true;
    // A file system that keeps whole seconds (or two, like FAT) rounds what was set down.
    return mtime % 1000 === 0 && [...this.marks].some((m) => m >= mtime && m - mtime < 2000);
  }
}

/** What a read-modify-write may do with the file it holds the lock of. */
export interface LockedFile {
  /** Throws (and the whole attempt starts again) when the lock is no longer this process's. */
  ensureOwned(): void;
  /**
   * Replaces the file with `text`: atomically, new files private (0600), existing ones keeping their
   * mode. Temporary files of writers killed mid-write are removed first. Throws (and the attempt
   * starts again) when the lock is lost before, during or right after the write.
   */
  write(text: string): void;
}

/**
 * Runs `attempt` (read, change, write) under a cross-process lock on `file`. When the lock is taken
 * over meanwhile (this process was suspended, or the machine slept, past the stale time), the attempt
 * runs again on fresh data, or the command fails saying so: an update is never reported saved when
 * another overwrote it, and a write that lost the lock never lands over the other's.
 */
export async function underLock<T>(
  file: string,
  options: { staleMs: number },
  attempt: (locked: LockedFile) => T,
): Promise<T> {
  const path = resolve(file);
  makeFolder(dirname(path));
  for (let round = 1; ; round++) {
    const ownership = new Ownership(`${path}.lock`);
    const release = await acquire(path, ownership, options.staleMs);
    try {
      return attempt(lockedFile(path, ownership));
    } catch (error) {
      if (!(error instanceof LockLost)) throw asFileProblem(error, path, true);
      if (round >= ROUNDS)
        throw new TramitError(localizeCount('lock.lost', ROUNDS, { path }), 1, [localize('lock.lostHint')]);
    } finally {
      await release();
    }
  }
}

/**
 * The same, without waiting: for a reader that finds something to repair. Returns null when another
 * tramit holds the lock (it will see the same problem and repair it itself).
 */
export function underLockNow<T>(
  file: string,
  options: { staleMs: number },
  attempt: (locked: LockedFile) => T,
): T | null {
  const path = resolve(file);
  const ownership = new Ownership(`${path}.lock`);
  let release: () => void;
  try {
    release = lockfile().lockSync(path, {
      realpath: false,
      stale: options.staleMs,
      fs: ownership.fs,
      onCompromised: () => void (ownership.compromised = true),
    });
  } catch (error) {
    // Held by another tramit (or being taken over by one): it will do the repair.
    if (!fileProblem(error, path)) return null;
    throw asFileProblem(error, path, true);
  }
  ownership.held = true;
  try {
    return attempt(lockedFile(path, ownership));
  } catch (error) {
    if (error instanceof LockLost) return null;
    throw asFileProblem(error, path, true);
  } finally {
    try {
      release();
    } catch {
      // Already released by a takeover: nothing of ours is left to remove.
    }
  }
}

async function acquire(path: string, ownership: Ownership, stale: number): Promise<() => Promise<void>> {
  const options = {
    realpath: false,
    stale,
    fs: ownership.fs,
    // The default throws from a timer, which ends the process; the write checks ownership itself.
    onCompromised: () => void (ownership.compromised = true),
  };
  let release: () => Promise<void>;
  try {
    // proper-lockfile retries on any error: a folder tramit may not write in would take half a
    // minute to report. So one try first, then waiting, unless the file system said no (an ENOENT
    // is another tramit removing a stale lock at the same moment: worth waiting for).
    release = await lockfile()
      .lock(path, options)
      .catch((error: unknown) => {
        if (fileProblem(error, path)) throw error;
        // About half a minute of waiting for a tramit that is saving a very large file.
        const retries = { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 150, randomize: true };
        return lockfile().lock(path, { ...options, retries });
      });
  } catch (error) {
    // Half a minute of waiting: another process holds the lock (or died holding it, before `stale`).
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new TramitError(localize('store.busy', { path }), 1, [localize('store.busyHint', { path })]);
    throw asFileProblem(error, path, true);
  }
  ownership.held = true;
  return async () => {
    try {
      await release();
    } catch {
      // Already released by a takeover (ERELEASED): the lock is someone else's, or gone.
    }
  };
}

function lockedFile(path: string, ownership: Ownership): LockedFile {
  const ensureOwned = () => {
    if (!ownership.owns()) throw new LockLost();
  };
  return {
    ensureOwned,
    write(text: string) {
      // Leftovers of the tramit that took the lock over may be its file in the making.
      ensureOwned();
      removeLeftovers(path);
      let created = false;
      try {
        fs.statSync(path);
      } catch (error) {
        created = (error as NodeJS.ErrnoException).code === 'ENOENT';
      }
      try {
        writeFileAtomic().sync(path, text, {
          // Without a mode, write-file-atomic keeps the existing file's mode and owner.
          ...(created ? { mode: 0o600 } : {}),
          // Checked once the temporary file exists: a tramit that takes the lock over after this
          // removes it (removeLeftovers), and this write then fails instead of landing. conf writes
          // in one call too, but offers no such point.
          tmpfileCreated: ensureOwned,
        });
      } catch (error) {
        if (error instanceof LockLost || !ownership.owns()) throw new LockLost();
        throw error;
      }
      // Taken over just before the rename, the other tramit may have read the file before it and be
      // about to write over it: the change is made again after it.
      ensureOwned();
    },
  };
}

/**
 * Temporary files that writers killed mid-write left beside `path`: conf's (`.tmp-…`, from tramits
 * before this one) and write-file-atomic's (`.<number>`). Only the lock's owner writes: any other
 * writer's is dead, or frozen after losing the lock, and its write is meant to fail.
 */
function removeLeftovers(path: string): void {
  const name = basename(path);
  const dir = dirname(path);
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !/^(?:tmp-.+|\d+)$/.test(entry.slice(name.length + 1))) continue;
    try {
      fs.unlinkSync(join(dir, entry));
    } catch {
      // A leftover that cannot be removed does no harm: the next write tries again.
    }
  }
}

/** Creates tramit's folder (private) and turns what can go wrong into a clear error. */
function makeFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw asFileProblem(error, dir, true);
  }
}
