import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, sep } from 'node:path';
import { isUnchangedAt, recordedCtime } from '../cache/stamp.js';
import { messageFor, messageText, localize } from '../i18n/index.js';
import { describe, type FileWarning } from './files.js';
import { walkOrder, type FolderRecord } from './index-file.js';

/**
 * The first stage of indexing a guide folder: every guide file under it, with its stamp (see
 * stamp.ts). Guide files are `.md` files, not `_index.md` (section pages), not under hidden folders.
 * Symbolic links are followed only while they stay inside the root, and a folder is visited once,
 * so a link loop ends. Warnings come in walk order: a folder's entries sorted by name, depth first.
 *
 * Every guide file is stat-ed on every call: editing a file in place changes its own stamp and
 * nothing else, so no shortcut can skip that and still see every edit. What is skipped is reading a
 * folder's entries again. A folder's entries change only by creating, removing or renaming one of
 * them, and each of those moves the folder's own ctime (and mtime) to the present; so while a
 * folder's stamp is what it was when its entries were read (and that was at least RACY_MS after its
 * last change), its entries are still the recorded ones. A symbolic link is the exception — what it
 * points to can change with no folder of ours moving — so a folder with links, or reached through
 * one, is read again every time, as is a folder that gave any trouble.
 */

export interface Scan {
  /** The folders walked, in walk order, as they will be recorded; their files in that order. */
  folders: FolderRecord[];
  /**
   * Every file's stamp now — size, ctime, inode — folder by folder (see index-file.ts); NaN for a
   * file that is not to be read (it could not be stat-ed, or is no regular file: told already).
   */
  stamps: Float64Array;
}

function workingFolder(): string | null {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}

const isGuideName = (name: string) => /\.md$/i.test(name) && name.toLowerCase() !== '_index.md';

/** Walks `root`, reading again only the folders whose stamp moved since `known` was recorded. */
export function scanRoot(root: string, known: readonly FolderRecord[], warnings: FileWarning[]): Scan {
  const scanner = new Scanner(root, known, warnings);
  scanner.run();
  const walked = scanner.stamps.subarray(0, scanner.count * 3);
  const folders = scanner.folders;
  // Files are stamped in walk order, which is folder by folder unless a folder holds files that sort
  // after one of its sub-folders.
  if (folders.every((f) => f.folders.every(([, after]) => after === f.files.length)))
    return { folders, stamps: walked };
  const stamps = new Float64Array(walked.length);
  walkOrder(folders)!.forEach((p, w) => stamps.set(walked.subarray(w * 3, w * 3 + 3), p * 3));
  return { folders, stamps };
}

class Scanner {
  readonly folders: FolderRecord[] = [];
  /**
   * The files' stamps in walk order, 3 numbers each: one typed array, which the garbage collector
   * never copies (a large library has tens of thousands).
   */
  stamps: Float64Array;
  count = 0;
  private readonly known: Map<string, FolderRecord>;
  private readonly visited = new Set<string>();
  private readonly now = Date.now();
  private rootReal = '';
  /**
   * The working folder to come back to; null when it cannot be told (it was removed) or the root is
   * relative (its paths are the working folder's): every file is then stat-ed by its whole path.
   */
  private readonly home: string | null;
  /** The folder the process is in for stat-ing files by name (see `enter`); null: still `home`. */
  private here: string | null = null;
  /** The last folder that could not be entered: its other files are not tried again. */
  private refused: string | null = null;

  constructor(
    private readonly root: string,
    known: readonly FolderRecord[],
    private readonly warnings: FileWarning[],
  ) {
    this.known = new Map(known.map((f) => [f.path, f]));
    this.home = isAbsolute(root) ? workingFolder() : null;
    this.stamps = new Float64Array(
      3 *
        Math.max(
          64,
          known.reduce((n, f) => n + f.files.length, 0),
        ),
    );
  }

  private stamp(size: number, ctime: number, ino: number): void {
    if (this.count * 3 === this.stamps.length) {
      const grown = new Float64Array(this.stamps.length * 2);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    const at = this.count++ * 3;
    this.stamps[at] = size;
    this.stamps[at + 1] = ctime;
    this.stamps[at + 2] = ino;
  }

  run(): void {
    try {
      // The native call resolves in one system call; the JavaScript one checks every path component.
      this.rootReal = realpathSync.native(this.root);
    } catch (error) {
      this.warn(this.root, localize('files.folderUnreadable', { reason: describe(error) }));
      return;
    }
    try {
      this.folder(this.root, this.rootReal, '', false);
    } finally {
      // Nothing else runs while the walk goes on (it never waits), so no one saw the other folder.
      if (this.here !== null) process.chdir(this.home!);
    }
  }

  /**
   * Makes `folder` the working folder, so that its files are stat-ed by their names: the kernel
   * then looks up one name, not every folder of a long path again. On 25,000 guides that took
   * stat-ing from 164 to 105 ms. False when it cannot be (the file is then stat-ed by its path).
   */
  private enter(folder: string): boolean {
    if (this.here === folder) return true;
    if (this.home === null || this.refused === folder) return false;
    try {
      process.chdir(folder);
    } catch {
      this.refused = folder;
      return false;
    }
    this.here = folder;
    return true;
  }

  private warn(path: string, message: string): void {
    this.warnings.push({ path, message });
  }

  /** Walks one folder, recording it before its sub-folders; `viaLink`: reached through a link. */
  private folder(path: string, real: string, rel: string, viaLink: boolean): boolean {
    if (this.visited.has(real)) {
      this.warn(path, localize('files.loop'));
      return false;
    }
    this.visited.add(real);
    const record: FolderRecord = { path: rel, stamp: [0, 0, 0], linked: viaLink, files: [], folders: [] };
    this.folders.push(record);
    // Paths are joined by hand: path.join normalises each one, and a large library has thousands.
    const prefix = path.endsWith(sep) ? path : path + sep;
    let stats: Stats | undefined;
    try {
      stats = statSync(path);
    } catch {
      // Read below, where the reason is told.
    }
    const known = this.known.get(rel);
    const unchanged =
      stats !== undefined &&
      known !== undefined &&
      !known.linked &&
      !viaLink &&
      isUnchangedAt(known.stamp, 0, [stats.size, stats.ctimeMs, stats.ino], 0);
    const steady = unchanged
      ? this.replay(prefix, real, rel, known, record)
      : this.read(path, prefix, real, rel, viaLink, record);
    // Read within the last clock ticks, or with any trouble: read again next time.
    if (steady && stats) record.stamp = [stats.size, recordedCtime(stats, this.now), stats.ino];
    return true;
  }

  /** Walks a folder whose entries are the recorded ones; false when one gave trouble. */
  private replay(
    prefix: string,
    real: string,
    rel: string,
    known: FolderRecord,
    record: FolderRecord,
  ): boolean {
    // The same names: the record's lists are shared, not copied.
    record.files = known.files;
    record.folders = known.folders;
    let steady = true;
    let j = 0;
    for (let i = 0; i <= known.files.length; i++) {
      while (j < known.folders.length && known.folders[j]![1] === i) {
        const name = known.folders[j++]![0];
        this.folder(prefix + name, real + sep + name, `${rel}${name}/`, false);
      }
      if (i < known.files.length) steady = this.file(prefix, known.files[i]!) && steady;
    }
    return steady;
  }

  /** Reads a folder's entries; false when something in it must be looked at again next time. */
  private read(
    path: string,
    prefix: string,
    real: string,
    rel: string,
    viaLink: boolean,
    record: FolderRecord,
  ): boolean {
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (error) {
      this.warn(path, localize('files.subfolderUnreadable', { reason: describe(error) }));
      return false;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let steady = true;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      if (entry.isSymbolicLink()) {
        record.linked = true;
        this.link(prefix + name, name, rel, record);
      } else if (entry.isDirectory()) {
        const after = record.files.length;
        if (this.folder(prefix + name, real + sep + name, `${rel}${name}/`, viaLink))
          record.folders.push([name, after]);
      } else if (isGuideName(name)) {
        // A pipe, device or socket named like a guide would block or never end: never opened.
        if (!entry.isFile()) {
          this.warn(
            prefix + name,
            localize('files.skipped', { reason: messageText(messageFor('files.notRegular')) }),
          );
          steady = false;
          continue;
        }
        record.files.push(name);
        steady = this.file(prefix, name) && steady;
      }
    }
    return steady;
  }

  /** An entry that is a symbolic link: followed only while it stays inside the root. */
  private link(path: string, name: string, rel: string, record: FolderRecord): void {
    let target: string;
    let stats: Stats;
    try {
      target = realpathSync.native(path);
      stats = statSync(target);
    } catch {
      this.warn(path, localize('files.brokenLink'));
      return;
    }
    if (target !== this.rootReal && !target.startsWith(this.rootReal + sep)) {
      this.warn(path, localize('files.outsideLink'));
      return;
    }
    if (stats.isDirectory()) {
      const after = record.files.length;
      if (this.folder(path, target, `${rel}${name}/`, true)) record.folders.push([name, after]);
    } else if (isGuideName(name)) {
      if (!stats.isFile()) {
        this.warn(path, localize('files.skipped', { reason: messageText(messageFor('files.notRegular')) }));
        return;
      }
      record.files.push(name);
      this.file(path.slice(0, path.length - name.length), name);
    }
  }

  /**
   * Stamps one guide file (`prefix`: its folder's path and a separator); false (and NaN stamps) when
   * it is not one to read.
   */
  private file(prefix: string, name: string): boolean {
    const path = prefix + name;
    let stats: Stats;
    try {
      stats = statSync(this.enter(prefix) ? name : path);
    } catch (error) {
      this.warn(path, localize('files.unreadable', { reason: describe(error) }));
      this.stamp(NaN, NaN, NaN);
      return false;
    }
    if (!stats.isFile()) {
      this.warn(path, localize('files.skipped', { reason: messageText(messageFor('files.notRegular')) }));
      this.stamp(NaN, NaN, NaN);
      return false;
    }
    this.stamp(stats.size, stats.ctimeMs, stats.ino);
    return true;
  }
}
