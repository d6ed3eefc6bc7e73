import { CountryNotFoundError, TramitError } from '../errors.js';
import type { Guide } from '../guide/model.js';
import { sep } from 'node:path';
import { byText, closest, fold, foldKey } from '../text/normalize.js';
import { Ledger } from '../cache/cache-file.js';
import type { CountryInfo } from './countries.js';
import { readGuideText, type FileWarning } from './files.js';
import { parseIndexedGuide, readParsedGuide, relativeInRoot } from './parsed-guides.js';
import {
  indexRoot,
  rootCacheFile,
  type IndexedRoot,
  type IndexedSummary,
  type PrebuiltIndex,
} from './root-index.js';
import type { DetailedSummary, GuideDetails, GuideSummary, SearchText } from './summary.js';
import {
  readView,
  viewFile,
  writeView,
  type CountryEntry,
  type Ref,
  type View,
  type ViewWarning,
} from './view.js';
import { messageText, localize } from '../i18n/index.js';

export type { CountryEntry } from './view.js';

/** A library whose every guide has its details read (`Library.withDetails`): the type says so. */
export interface DetailedLibrary extends Library {
  readonly guides: DetailedSummary[];
  translations(key: string): DetailedSummary[];
  procedures(country: string): DetailedSummary[][];
  guideById(id: string, lang?: string): DetailedSummary | undefined;
}

export type RootOrigin = 'bundled' | 'option' | 'env' | 'config';

export interface Root {
  dir: string;
  origin: RootOrigin;
  /** An index shipped with the package for this root (the bundled guides). */
  prebuilt?: PrebuiltIndex | null;
  /** A folder of this root's guides parsed when the package was built (see parsed-guides.ts). */
  parsed?: string | null;
}

export interface LoadOptions {
  /** Where root indexes are cached; null or absent: parse every file. */
  cacheDir?: string | null;
  /**
   * Told each warning when it is known: bad files while loading, a clash of ids only once the
   * guides are first used.
   */
  onWarning?: (warning: FileWarning) => void;
  /** Told while a root's files are read and parsed (a first index, or many changed files). */
  onProgress?: (read: number, total: number) => void;
}

/**
 * Every guide the user can reach, as summaries grouped by translation key, countries normalised.
 * A file that is not a usable guide is left out with a warning; one bad file never stops the rest.
 * The full guide is parsed on demand (`full`).
 *
 * Making the groups means reading every guide's row. What they came to is saved as the library's
 * view (view.ts), so that a later call with the same guides answers `countries`, `procedures` and
 * `translations` from it, reading only the rows of the guides it shows; anything else makes them.
 */
export class Library {
  /** Identifies this set of roots and their contents, for caches built on top (search). */
  signature = '';
  /** The guide folders, in order. */
  roots: string[] = [];
  private readonly allGuides: GuideSummary[] = [];
  private readonly allWarnings: FileWarning[] = [];
  private indexed: IndexedRoot[] = [];
  private readonly rootOf = new Map<IndexedRoot, number>();
  /** Not used yet; answered from the saved view; or made from every row. */
  private state: 'new' | 'viewed' | 'made' = 'new';
  private view: View | null | undefined;
  private viewKeys: ReturnType<View['keys']> | null = null;
  private viewTarget: string | null = null;
  private ledger: Ledger | null = null;
  /** The clashes found while making, for the view. */
  private readonly clashes: ViewWarning[] = [];
  private onWarning: ((warning: FileWarning) => void) | undefined;
  private readonly byKey = new Map<string, GuideSummary[]>();
  /** The key each folded key stands for (see `GuideSummary.pairKey`). */
  private readonly keyOfPair = new Map<string, string>();
  /** Translations may share an id (`spain/nie` in English and Spanish), so an id names a list. */
  private readonly byId = new Map<string, GuideSummary[]>();
  /** The same, keyed by folded id (case and accents ignored); built the first time a lookup needs it. */
  private byFoldedId: Map<string, GuideSummary[]> | null = null;
  private readonly countrySlugByCode = new Map<string, string>();
  private readonly countryInfo = new Map<string, CountryInfo>();
  private readonly parsed = new Map<GuideSummary, Guide>();
  /** Roots with guides parsed at build time, and where those are. */
  private readonly builtParses: Array<{ root: string; dir: string }> = [];

  static async load(roots: readonly Root[], options: LoadOptions = {}): Promise<Library> {
    const library = new Library();
    library.onWarning = options.onWarning;
    const generations: string[] = [];
    const ledger = options.cacheDir ? Ledger.of(options.cacheDir) : null;
    for (const root of roots) {
      const indexed = await indexRoot(root.dir, {
        cacheFile: options.cacheDir ? rootCacheFile(options.cacheDir, root.dir) : null,
        ledger,
        prebuilt: root.prebuilt ?? null,
        trustShipped: root.origin === 'bundled',
        onProgress: options.onProgress,
      });
      if (root.parsed) library.builtParses.push({ root: root.dir, dir: root.parsed });
      for (const warning of indexed.warnings) library.warn(warning);
      generations.push(`${root.dir}\n${indexed.generation}`);
      for (const [code, info] of Object.entries(indexed.countries))
        if (!library.countryInfo.has(code)) library.countryInfo.set(code, info);
      library.rootOf.set(indexed, library.indexed.length);
      library.indexed.push(indexed);
    }
    // The first root to name a country's folder decides its slug (`czech-republic`, not `czechia`);
    // a country no folder names keeps the name its first guide gives it.
    for (const pass of ['folder', 'first'] as const)
      for (const indexed of library.indexed)
        for (const [code, slug] of Object.entries(indexed.slugs[pass]))
          if (!library.countrySlugByCode.has(code)) library.countrySlugByCode.set(code, slug);
    library.signature = generations.join('\n');
    library.roots = roots.map((r) => r.dir);
    library.ledger = ledger;
    library.viewTarget = options.cacheDir ? viewFile(options.cacheDir, library.roots) : null;
    return library;
  }

  /** Every guide, one per translation, with countries normalised. */
  get guides(): GuideSummary[] {
    this.make();
    return this.allGuides;
  }

  /** Files that are not usable guides, and guides shadowed by a clash of ids. */
  get warnings(): FileWarning[] {
    this.make();
    return this.allWarnings;
  }

  private warn(warning: FileWarning): void {
    this.allWarnings.push(warning);
    this.onWarning?.(warning);
  }

  /** The saved view, when it is this library's; read once. */
  private savedView(): View | null {
    if (this.view === undefined)
      this.view = this.viewTarget ? readView(this.viewTarget, this.ledger, this.signature) : null;
    return this.view;
  }

  /** The view to answer from, on first use telling the clashes it holds; null once made. */
  private viewed(): View | null {
    if (this.state === 'made') return null;
    if (this.state === 'viewed') return this.view!;
    const view = this.savedView();
    if (!view) {
      this.make();
      return null;
    }
    this.state = 'viewed';
    for (const w of view.warnings) {
      const path = this.pathOf(w.other);
      const message =
        w.kind === 'keyClash'
          ? localize('library.keyClash', { key: w.key, lang: w.lang, path })
          : localize('library.idClash', { id: w.id, path });
      this.warn({ path: this.pathOf(w.at), message });
    }
    return view;
  }

  private pathOf([root, position]: Ref): string {
    return this.indexed[root]!.pathAt(position);
  }

  private refOf(guide: GuideSummary): Ref {
    const summary = guide as IndexedSummary;
    return [this.rootOf.get(summary.root)!, summary.position];
  }

  /** A guide of the view, with what the library gives it: its country's slug, its procedure's key. */
  private fromView([root, position]: Ref, key: string): GuideSummary {
    const guide = this.indexed[root]!.summaryAt(position)!;
    this.rename(guide);
    guide.key = key;
    return guide;
  }

  private rename(guide: GuideSummary): void {
    if (!guide.countryCode) return;
    const slug = this.countrySlugByCode.get(guide.countryCode) ?? guide.country;
    this.countrySlugByCode.set(guide.countryCode, slug);
    if (slug !== guide.country) {
      guide.country = slug;
      guide.id = `${slug}/${guide.slug}`;
    }
  }

  /** Makes the guides of every root from their index rows, once, and saves the view of them. */
  private make(): void {
    if (this.state === 'made') return;
    const viewed = this.state === 'viewed';
    this.state = 'made';
    this.indexed.forEach((indexed, i) => {
      const summaries = indexed.summaries();
      // Guides handed out from the view are made again from their rows, as they would have been.
      if (viewed) for (const summary of summaries) summary.reset();
      this.add(summaries, this.roots[i]!, !viewed);
    });
    if (!viewed && this.viewTarget && !this.savedView()) this.saveView();
  }

  private saveView(): void {
    writeView(
      this.viewTarget!,
      {
        signature: this.signature,
        countries: this.countries(),
        warnings: this.clashes,
        groups: [...this.byKey].map(([key, group]) => ({
          key,
          country: group[0]!.country,
          members: group.map((g) => this.refOf(g)),
        })),
        pairs: Object.fromEntries(this.keyOfPair),
      },
      this.ledger,
    );
  }

  /** `tell`: warn about clashes (not when the view told them already). */
  private add(pending: GuideSummary[], root: string, tell: boolean): void {
    const inRoot = root.endsWith(sep) ? root : root + sep;
    for (const guide of pending) {
      this.rename(guide);
      this.pair(guide);
      const group = this.byKey.get(guide.key);
      const sameLanguage = group?.find((g) => g.lang === guide.lang);
      // Earlier roots win: the same translation in a later root is shadowed, not doubled. In one
      // folder, two files with one key and language are two guides written wrong: both stay
      // reachable by id, and validate says which files clash.
      if (sameLanguage && (sameLanguage.id === guide.id || !sameLanguage.path.startsWith(inRoot))) continue;
      if (sameLanguage) {
        const w = { key: guide.key, lang: guide.lang };
        this.clashes.push({ kind: 'keyClash', at: this.refOf(guide), other: this.refOf(sameLanguage), ...w });
        if (tell)
          this.warn({
            path: guide.path,
            message: localize('library.keyClash', { ...w, path: sameLanguage.path }),
          });
      }
      // Exact ids here: folding thousands of ids costs more than a listing needs.
      const sameId = this.byId.get(guide.id);
      const clash = sameId?.find((g) => g.key !== guide.key);
      if (clash) {
        this.clashes.push({ kind: 'idClash', at: this.refOf(guide), other: this.refOf(clash), id: guide.id });
        if (tell)
          this.warn({
            path: guide.path,
            message: localize('library.idClash', { id: guide.id, path: clash.path }),
          });
        continue;
      }
      if (group) group.push(guide);
      else this.byKey.set(guide.key, [guide]);
      if (sameId) sameId.push(guide);
      else this.byId.set(guide.id, [guide]);
      this.allGuides.push(guide);
    }
  }

  /**
   * Gives a guide the key of the translations whose keys differ from its own only by case, accents
   * or separators. The English translation's key is the one they share, as the community format
   * makes keys from English slugs; before English is seen, the first key seen.
   */
  private pair(guide: GuideSummary): void {
    const known = this.keyOfPair.get(guide.pairKey);
    if (known === undefined) {
      this.keyOfPair.set(guide.pairKey, guide.key);
      return;
    }
    if (known === guide.key) return;
    const group = this.byKey.get(known) ?? [];
    if (guide.lang === 'en' && !group.some((g) => g.lang === 'en')) {
      for (const g of group) g.key = guide.key;
      this.byKey.delete(known);
      if (group.length > 0) this.byKey.set(guide.key, group);
      this.keyOfPair.set(guide.pairKey, guide.key);
    } else {
      guide.key = known;
    }
  }

  /**
   * The whole guide, parsed from its file (or the build's parse of this very text, for bundled
   * guides); the summary's id, country and topics stay authoritative.
   */
  async full(summary: GuideSummary): Promise<Guide> {
    const cached = this.parsed.get(summary);
    if (cached) return cached;
    const read = readGuideText(summary.path);
    if (!read.ok) throw new TramitError(`${summary.path}: ${messageText(read.reason)}`, 1);
    const guide =
      (await this.builtParse(summary.path, read.text)) ?? (await parseIndexedGuide(read.text, summary.path));
    Object.assign(guide, {
      id: summary.id,
      key: summary.key,
      country: summary.country,
      topics: summary.topics,
      lang: summary.lang,
    });
    this.parsed.set(summary, guide);
    return guide;
  }

  /** The parse the build made of this exact text, for a guide of a root that has them. */
  private async builtParse(path: string, text: string): Promise<Guide | null> {
    for (const { root, dir } of this.builtParses) {
      const rel = relativeInRoot(root, path);
      if (rel !== null) return readParsedGuide(dir, rel, text, path);
    }
    return null;
  }

  /**
   * These guides with their details (description, step and document fingerprints, document kinds),
   * read from the index for the folders they are in: what counting progress, the wallet and JSON
   * summaries need, and most calls never read.
   */
  async details<T extends GuideSummary>(guides: readonly T[]): Promise<Array<T & GuideDetails>> {
    const byRoot = new Map<IndexedRoot, IndexedSummary[]>();
    for (const guide of guides) {
      const summary = guide as unknown as IndexedSummary;
      const list = byRoot.get(summary.root);
      if (list) list.push(summary);
      else byRoot.set(summary.root, [summary]);
    }
    for (const [root, summaries] of byRoot) await root.details(summaries);
    return guides as Array<T & GuideDetails>;
  }

  /** The library with every guide's details read (see `details`): what plans and status read. */
  async withDetails(): Promise<DetailedLibrary> {
    await this.details(this.guides);
    return this as unknown as DetailedLibrary;
  }

  /** One guide with its details (see `details`). */
  async detailed<T extends GuideSummary>(guide: T): Promise<T & GuideDetails> {
    return (await this.details([guide]))[0]!;
  }

  /** The text search indexes for a guide (see `prepareSearch`). */
  searchText(summary: GuideSummary): SearchText | undefined {
    const indexed = summary as IndexedSummary;
    return indexed.root.searchText(indexed);
  }

  /** Readies every guide's search text: one whose stored text is gone is read again from its file. */
  async prepareSearch(): Promise<void> {
    for (const root of this.indexed) await root.prepareSearch();
  }

  /** Every translation of a procedure, by its key as any translation writes it. */
  translations(key: string): GuideSummary[] {
    const view = this.viewed();
    if (view) {
      const keys = (this.viewKeys ??= view.keys());
      const own = (o: Record<string, string>, k: string) => (Object.hasOwn(o, k) ? o[k] : undefined);
      const known = own(keys.country, key) !== undefined ? key : own(keys.pairs, foldKey(key));
      const country = known === undefined ? undefined : own(keys.country, known);
      const group = country === undefined ? undefined : view.groups(country).find((g) => g.key === known);
      return group ? group.members.map((ref) => this.fromView(ref, group.key)) : [];
    }
    const group = this.byKey.get(key);
    if (group) return group;
    const paired = this.keyOfPair.get(foldKey(key));
    return (paired !== undefined && this.byKey.get(paired)) || [];
  }

  keys(): string[] {
    this.make();
    return [...this.byKey.keys()];
  }

  /** The guide with this id, in the given language when it has one there. */
  guideById(id: string, lang?: string): GuideSummary | undefined {
    this.make();
    if (!this.byFoldedId) {
      this.byFoldedId = new Map();
      for (const [key, list] of this.byId) {
        const folded = foldKey(key);
        this.byFoldedId.set(folded, [...(this.byFoldedId.get(folded) ?? []), ...list]);
      }
    }
    const found = this.byFoldedId.get(foldKey(id)) ?? [];
    return found.find((g) => g.lang === lang) ?? found[0];
  }

  /** Each procedure of a country (by its slug), as its translations, in the library's order. */
  procedures(country: string): GuideSummary[][] {
    const view = this.viewed();
    if (view) return view.groups(country).map((g) => g.members.map((ref) => this.fromView(ref, g.key)));
    return [...this.byKey.values()].filter((group) => group[0]!.country === country);
  }

  countries(): CountryEntry[] {
    const view = this.viewed();
    if (view) return view.countries;
    const entries = new Map<string, CountryEntry>();
    for (const group of this.byKey.values()) {
      const first = group[0]!;
      const entry = entries.get(first.country) ?? {
        slug: first.country,
        code: first.countryCode,
        keys: 0,
        files: 0,
        languages: [],
      };
      entry.keys += 1;
      entry.files += group.length;
      for (const g of group) if (!entry.languages.includes(g.lang)) entry.languages.push(g.lang);
      entries.set(first.country, entry);
    }
    return [...entries.values()]
      .map((e) => ({ ...e, languages: e.languages.sort() }))
      .sort((a, b) => byText(a.slug, b.slug));
  }

  /**
   * The library's slug for a country given in any form: slug, code, or a name in any of the 15
   * languages. Names come from the index; the full country dataset is loaded only to tell a real
   * country without guides from a typo.
   */
  async findCountry(input: string): Promise<string> {
    const present = this.countries();
    const wanted = fold(input);
    const hit = present.find(
      (c) =>
        fold(c.slug) === wanted ||
        (c.code !== null && (this.countryInfo.get(c.code)?.names.includes(wanted) ?? false)),
    );
    if (hit) return hit.slug;
    const { countryCode } = await import('./countries.js');
    const code = countryCode(input);
    const byCode = code ? present.find((c) => c.code === code) : undefined;
    if (byCode) return byCode.slug;
    const candidates = present.flatMap((c) => [
      c.slug,
      ...(c.code ? (this.countryInfo.get(c.code)?.names ?? []) : []),
    ]);
    const suggestions = closest(input, candidates, 6)
      .map(
        (name) =>
          present.find(
            (c) =>
              c.slug === name ||
              (c.code !== null && (this.countryInfo.get(c.code)?.names.includes(name) ?? false)),
          )!.slug,
      )
      .filter((slug, i, all) => all.indexOf(slug) === i)
      .slice(0, 3);
    throw new CountryNotFoundError(input, suggestions);
  }

  /**
   * Each country with guides and the names it goes by (folded, in the 15 languages, and its code):
   * what search reads a country named in a query with. From the index: the guides are not made.
   */
  countryNames(): Array<{ slug: string; code: string; names: readonly string[] }> {
    return [...this.countrySlugByCode].flatMap(([code, slug]) => {
      const info = this.countryInfo.get(code);
      return info ? [{ slug, code, names: info.names }] : [];
    });
  }

  /** A country's name in a language, from the index; its slug when unknown. */
  countryLabel(slug: string, lang: string): string {
    const code = [...this.countrySlugByCode.entries()].find(([, s]) => s === slug)?.[0];
    const labels = code ? this.countryInfo.get(code)?.labels : undefined;
    return labels?.[lang] ?? labels?.en ?? slug;
  }

  /** The id of the guide a related link points to, preferring the link's own language. */
  resolveLink(target: { lang: string; country: string; slug: string } | null): string | null {
    if (!target) return null;
    const wanted = fold(target.country);
    const code = [...this.countryInfo.entries()].find(
      ([c, info]) => c.toLowerCase() === wanted || info.names.includes(wanted),
    )?.[0];
    const countrySlug = (code && this.countrySlugByCode.get(code)) || target.country;
    return this.guideById(`${countrySlug}/${target.slug}`, target.lang)?.id ?? null;
  }
}
