import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { sep } from 'node:path';
import { messageFor, messageText, localize, type Message } from '../i18n/index.js';

/** Guides are small; anything larger is not a guide and could stall the whole library. */
export const MAX_GUIDE_BYTES = 1024 * 1024;

/** A guide file and its stamp (see stamp.ts): what tells whether it changed since it was indexed. */
export interface FoundFile {
  /** Path relative to the root, parts joined by `/` whatever the system. */
  rel: string;
  size: number;
  ctimeMs: number;
  ino: number;
}

export interface FileWarning {
  path: string;
  message: string;
}

/**
 * Every guide file under a root, in sorted order: `.md` files, not `_index.md` (section pages), not
 * under hidden folders. Symbolic links are followed only while they stay inside the root, and a
 * folder is visited once, so a link loop ends. Runs on every call for thousands of files, so paths
 * are joined by hand (path.join normalises each one) and only links cost a realpath.
 */
export function findGuideFiles(root: string, warnings: FileWarning[]): FoundFile[] {
  const found: FoundFile[] = [];
  let rootReal: string;
  try {
    // The native call resolves in one system call; the JavaScript one checks every path component.
    rootReal = realpathSync.native(root);
  } catch (error) {
    warnings.push({ path: root, message: localize('files.folderUnreadable', { reason: describe(error) }) });
    return found;
  }
  const visited = new Set<string>();
  const walk = (dir: string, real: string, rel: string) => {
    if (visited.has(real)) {
      warnings.push({ path: dir, message: localize('files.loop') });
      return;
    }
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warnings.push({
        path: dir,
        message: localize('files.subfolderUnreadable', { reason: describe(error) }),
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const entry of entries) {
      const name = entry.name;
      if (name.startsWith('.')) continue;
      const path = prefix + name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = real + sep + name;
      let stats: Stats | null = null;
      if (entry.isSymbolicLink()) {
        try {
          target = realpathSync.native(path);
          stats = statSync(target);
          isDir = stats.isDirectory();
          isFile = stats.isFile();
        } catch {
          warnings.push({ path, message: localize('files.brokenLink') });
          continue;
        }
        if (target !== rootReal && !target.startsWith(rootReal + sep)) {
          warnings.push({ path, message: localize('files.outsideLink') });
          continue;
        }
      }
      if (isDir) walk(path, target, rel + name + '/');
      else if (/\.md$/i.test(name) && name.toLowerCase() !== '_index.md') {
        // A pipe, device or socket named like a guide would block or never end: never opened.
        if (!isFile) {
          warnings.push({
            path,
            message: localize('files.skipped', { reason: messageText(messageFor('files.notRegular')) }),
          });
          continue;
        }
        try {
          stats ??= statSync(path);
        } catch (error) {
          warnings.push({ path, message: localize('files.unreadable', { reason: describe(error) }) });
          continue;
        }
        found.push({ rel: rel + name, size: stats.size, ctimeMs: stats.ctimeMs, ino: stats.ino });
      }
    }
  };
  walk(root, rootReal, '');
  return found;
}

/** Why a file cannot be read as a guide, kept as data: said in the interface language or, for JSON, in English. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: Message };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Opening a pipe for reading waits for a writer, and a device may never end: such a file is refused
 * before it is opened, and opened without waiting in case it was swapped in since.
 */
const NO_WAIT = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads a guide file as UTF-8 text, refusing what is not a regular file, too large, binary or not UTF-8. */
export function readGuideText(path: string): ReadResult {
  let fd: number | undefined;
  try {
    if (!statSync(path).isFile()) return { ok: false, reason: messageFor('files.notRegular') };
    fd = openSync(path, NO_WAIT);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: messageFor('files.notRegular') };
    const size = stats.size;
    if (size > MAX_GUIDE_BYTES)
      return { ok: false, reason: messageFor('files.tooLarge', { size: Math.round(size / 1024) }) };
    const buffer = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const bytes = buffer.subarray(0, read);
    if (bytes.includes(0)) return { ok: false, reason: messageFor('files.binary') };
    try {
      return { ok: true, text: utf8.decode(bytes) };
    } catch {
      return { ok: false, reason: messageFor('files.notUtf8') };
    }
  } catch (error) {
    return { ok: false, reason: messageFor('files.unreadable', { reason: describeError(error) }) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** What went wrong with a file, in words of the interface language. */
export function describe(error: unknown): string {
  const reason = describeError(error);
  return typeof reason === 'string' ? reason : messageText(reason);
}

/** Same, as a message to be said later; an error tramit has no words for stays as the system gave it. */
export function describeError(error: unknown): Message | string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return messageFor('files.noSuchFile');
  if (code === 'EACCES' || code === 'EPERM') return messageFor('files.permissionDenied');
  if (code === 'ENOTDIR') return messageFor('files.notAFolder');
  if (code === 'ELOOP') return messageFor('files.tooManyLinks');
  return code ?? (error instanceof Error ? error.message : String(error));
}
