import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Guide } from '../guide/model.js';
import { readGuideText } from './files.js';
import { layoutOf } from './languages.js';

/**
 * Guides parsed when the package is built: the bundled ones, so that `show`, `checklist` and
 * `check` of a bundled guide load neither the front matter and YAML parsers nor the section and
 * document-kind tables. Each is filed under a hash of its path in the root and its text, which the
 * reader computes from the file it has just read: a file whose bytes are not the ones that were
 * built (an edit, another version) finds nothing and is parsed like any other. So this can never
 * show stale text, whatever the file's dates say.
 */

/** A path's place in its root, `/`-separated, or null when it is not in that root. */
export function relativeInRoot(root: string, path: string): string | null {
  const base = /[\\/]$/.test(root) ? root : `${root}${sep}`;
  return path.startsWith(base) ? path.slice(base.length).split(sep).join('/') : null;
}

/**
 * The file name a guide's parse is kept under: its path in the root (with `/`) and text decide it.
 * node:crypto is loaded here, not with the module: the library imports this module, and `list`
 * never needs a full guide.
 */
async function fileName(rel: string, text: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(rel).update('\0').update(text).digest('hex');
  return `${hash.slice(0, 32)}.json`;
}

/** How the library parses a guide file it has indexed (its place in the root gives language, country, slug). */
export async function parseIndexedGuide(text: string, path: string): Promise<Guide> {
  const { parseGuide } = await import('../guide/parse.js');
  return parseGuide(text, { path, ...layoutOf(path.split(/[\\/]/)), countryKnown: true });
}

/** The built parse of the guide at `rel` (relative to its root, `/`-separated) with this text, if any. */
export async function readParsedGuide(
  dir: string,
  rel: string,
  text: string,
  path: string,
): Promise<Guide | null> {
  const file = join(dir, await fileName(rel, text));
  let guide: Guide;
  try {
    guide = JSON.parse(readFileSync(file, 'utf8')) as Guide;
  } catch {
    // None for this text (or unreadable): the caller parses the file.
    return null;
  }
  // The only thing in a guide that depends on where the package is installed.
  guide.path = path;
  return guide;
}

/**
 * Writes the parse of every guide into `dir` (for the build, scripts/build-index.mjs). A guide
 * that would not come back the same from JSON is left out, with a message: it is parsed at run
 * time instead, as it was before.
 */
export async function writeParsedGuides(
  root: string,
  paths: readonly string[],
  dir: string,
): Promise<{ written: number; skipped: string[] }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let written = 0;
  const skipped: string[] = [];
  for (const path of paths) {
    const rel = relativeInRoot(root, path);
    // Read as the library reads it, so that the text hashed here is the text hashed at run time.
    const read = readGuideText(path);
    if (rel === null || !read.ok) {
      skipped.push(path);
      continue;
    }
    const { text } = read;
    const guide = await parseIndexedGuide(text, path);
    const json = JSON.stringify(guide);
    if (!isDeepStrictEqual(JSON.parse(json), guide)) {
      skipped.push(path);
      continue;
    }
    writeFileSync(join(dir, await fileName(rel, text)), json);
    written += 1;
  }
  return { written, skipped };
}
