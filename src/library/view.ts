import { join } from 'node:path';
import {
  BodyWriter,
  readCacheFile,
  sectionOf,
  writeCacheFile,
  type Ledger,
  type Section,
} from '../cache/cache-file.js';
import { shortHash } from '../text/hash.js';

/**
 * What a library makes of its folders' guides — which files are translations of one procedure,
 * under which key, in which country, and which clash — saved for the next call. Making it means
 * reading every guide's row; with it, `list <country>` reads the rows of that country's guides
 * only. It is a function of the roots and their indexes' generations (the library's `signature`):
 * any change of any guide gives a new generation, and a view of another signature is not used.
 */

/** A guide, by its root (position in the library's roots) and its position in that root's index. */
export type Ref = [root: number, position: number];

/** A procedure: its key and its translations, in the order the library made them. */
export interface ViewGroup {
  key: string;
  members: Ref[];
}

/** A clash the library warned about, told again (in the interface language of that call) on use. */
export type ViewWarning =
  | { kind: 'keyClash'; at: Ref; other: Ref; key: string; lang: string }
  | { kind: 'idClash'; at: Ref; other: Ref; id: string };

export interface CountryEntry {
  slug: string;
  code: string | null;
  /** Guide keys (one per procedure, whatever the number of translations). */
  keys: number;
  files: number;
  languages: string[];
}

interface ViewHeader {
  version: number;
  signature: string;
  countries: CountryEntry[];
  warnings: ViewWarning[];
  /** Each country's procedures, in the library's order of keys. */
  groups: Record<string, Section>;
  /** Which country each key's procedure is under, and the key each folded key stands for. */
  keys: Section;
}

const VIEW_VERSION = 1;

export function viewFile(cacheDir: string, roots: readonly string[]): string {
  return join(cacheDir, 'views', `${shortHash(roots.join('\n'))}.json`);
}

export interface View {
  countries: CountryEntry[];
  warnings: ViewWarning[];
  /** The procedures of a country (its slug), in order. */
  groups(country: string): ViewGroup[];
  /** The country a key's procedure is under, and the key a folded key stands for. */
  keys(): { country: Record<string, string>; pairs: Record<string, string> };
}

const isRef = (r: unknown) => Array.isArray(r) && r.length === 2 && r.every(Number.isInteger);

function wellFormed(header: ViewHeader, body: Buffer): boolean {
  const groupsOk = Object.values(header.groups ?? {}).every((section) => {
    const bytes = sectionOf(body, section);
    const groups = bytes ? (JSON.parse(bytes.toString('utf8')) as unknown) : null;
    return (
      Array.isArray(groups) &&
      groups.every(
        (g: ViewGroup) => typeof g?.key === 'string' && Array.isArray(g.members) && g.members.every(isRef),
      )
    );
  });
  const keys = sectionOf(body, header.keys);
  const parsed = keys ? (JSON.parse(keys.toString('utf8')) as ReturnType<View['keys']>) : null;
  return (
    groupsOk &&
    typeof parsed?.country === 'object' &&
    typeof parsed.pairs === 'object' &&
    Array.isArray(header.countries) &&
    Array.isArray(header.warnings) &&
    header.warnings.every((w) => isRef(w?.at) && isRef(w.other))
  );
}

/** The saved view of a library of this signature; null when missing, damaged, old or of another. */
export function readView(file: string, ledger: Ledger | null, signature: string): View | null {
  const read = readCacheFile(file, ledger, (data, body) => {
    const header = data as ViewHeader | null;
    // Another version's or library's view is not damaged: it is left out, without a word.
    if (header?.version !== VIEW_VERSION || header.signature !== signature) return true;
    return wellFormed(header, body);
  });
  const header = read?.header as ViewHeader | null | undefined;
  if (!read || header?.version !== VIEW_VERSION || header.signature !== signature) return null;
  const decoded = new Map<string, ViewGroup[]>();
  return {
    countries: header.countries,
    warnings: header.warnings,
    groups(country) {
      let groups = decoded.get(country);
      if (!groups) {
        const bytes = Object.hasOwn(header.groups, country)
          ? sectionOf(read.body, header.groups[country])
          : null;
        groups = bytes ? (JSON.parse(bytes.toString('utf8')) as ViewGroup[]) : [];
        decoded.set(country, groups);
      }
      return groups;
    },
    keys: () => JSON.parse(sectionOf(read.body, header.keys)!.toString('utf8')) as ReturnType<View['keys']>,
  };
}

export interface ViewContent {
  signature: string;
  countries: CountryEntry[];
  warnings: ViewWarning[];
  /** Every procedure in the library's order, with the country it is under. */
  groups: Array<ViewGroup & { country: string }>;
  pairs: Record<string, string>;
}

export function writeView(file: string, content: ViewContent, ledger: Ledger | null): void {
  const byCountry = new Map<string, ViewGroup[]>();
  const countryOf = new Map<string, string>();
  for (const { country: c, key, members } of content.groups) {
    const list = byCountry.get(c) ?? [];
    list.push({ key, members });
    byCountry.set(c, list);
    countryOf.set(key, c);
  }
  const body = new BodyWriter();
  // Keys and slugs are the guides' own words: made into objects as data, `__proto__` included.
  const groups = Object.fromEntries([...byCountry].map(([c, list]) => [c, body.add(JSON.stringify(list))]));
  const country = Object.fromEntries(countryOf);
  const header: ViewHeader = {
    version: VIEW_VERSION,
    signature: content.signature,
    countries: content.countries,
    warnings: content.warnings,
    groups,
    keys: body.add(JSON.stringify({ country, pairs: content.pairs })),
  };
  writeCacheFile(file, header, body.parts, ledger);
}
