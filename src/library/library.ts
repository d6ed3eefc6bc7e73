import { hasErrors, type Guide } from '../guide/model.js';
import { inferTopics } from '../guide/infer-topics.js';
import { parseGuide } from '../guide/parse.js';
import { CountryNotFoundError } from '../errors.js';
import { closest, foldKey } from '../text/normalize.js';
import { countryCode, countryName, countryNames, defaultCountrySlug } from './countries.js';
import { findGuideFiles, readGuideText, type FileWarning } from './files.js';
import { layoutOf } from './languages.js';

export type RootOrigin = 'bundled' | 'option' | 'env' | 'config';

export interface Root {
  dir: string;
  origin: RootOrigin;
}

export interface CountryEntry {
  slug: string;
  code: string | null;
  /** Guide keys (one per procedure, whatever the number of translations). */
  keys: number;
  files: number;
  languages: string[];
}

/**
 * Every guide the user can reach: parsed, grouped by translation key, countries normalised.
 * A guide whose file has errors is left out with a warning; one bad file never stops the rest.
 */
export class Library {
  readonly guides: Guide[] = [];
  readonly warnings: FileWarning[] = [];
  private readonly byKey = new Map<string, Guide[]>();
  /** Translations may share an id (`spain/nie` in English and Spanish), so an id names a list. */
  private readonly byId = new Map<string, Guide[]>();
  private readonly countrySlugByCode = new Map<string, string>();

  static load(roots: readonly Root[]): Library {
    const library = new Library();
    for (const root of roots) library.addRoot(root);
    library.finish();
    return library;
  }

  private pending: Guide[] = [];

  private addRoot(root: Root): void {
    for (const file of findGuideFiles(root.dir, this.warnings)) {
      const read = readGuideText(file.path);
      if (!read.ok) {
        this.warnings.push({ path: file.path, message: read.message });
        continue;
      }
      const layout = layoutOf(file.parts);
      // The first root to name a country's folder decides its slug (`czech-republic`, not `czechia`).
      if (layout.country) {
        const code = countryCode(layout.country);
        if (code && !this.countrySlugByCode.has(code))
          this.countrySlugByCode.set(code, layout.country.toLowerCase());
      }
      const guide = parseGuide(read.text, { path: file.path, ...layout });
      if (hasErrors(guide)) {
        const first = guide.problems.find((p) => p.severity === 'error')!;
        this.warnings.push({
          path: file.path,
          message: `${first.message}; skipped (see \`tramit validate ${file.path}\`)`,
        });
        continue;
      }
      this.pending.push(guide);
    }
  }

  private finish(): void {
    for (const guide of this.pending) {
      this.normaliseCountry(guide);
      // Community guides declare no topics; every guide still belongs somewhere.
      if (guide.topics.length === 0) guide.topics = inferTopics(guide);
      const group = this.byKey.get(guide.key) ?? [];
      // Earlier roots win: the same translation in a later root is shadowed, not doubled.
      if (group.some((g) => g.lang === guide.lang)) continue;
      const sameId = this.byId.get(foldKey(guide.id)) ?? [];
      const clash = sameId.find((g) => g.key !== guide.key);
      if (clash) {
        this.warnings.push({
          path: guide.path,
          message: `guide id ${guide.id} is already used by ${clash.path}; skipped`,
        });
        continue;
      }
      group.push(guide);
      this.byKey.set(guide.key, group);
      this.byId.set(foldKey(guide.id), [...sameId, guide]);
      this.guides.push(guide);
    }
    this.pending = [];
  }

  private normaliseCountry(guide: Guide): void {
    const code = countryCode(guide.country);
    if (!code) return;
    const slug = this.countrySlugByCode.get(code) ?? defaultCountrySlug(code);
    this.countrySlugByCode.set(code, slug);
    if (slug !== guide.country) {
      guide.country = slug;
      guide.id = `${slug}/${guide.slug}`;
    }
  }

  translations(key: string): Guide[] {
    return this.byKey.get(key) ?? [];
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  /** The guide with this id, in the given language when it has one there. */
  guideById(id: string, lang?: string): Guide | undefined {
    const found = this.byId.get(foldKey(id)) ?? [];
    return found.find((g) => g.lang === lang) ?? found[0];
  }

  codeOfCountry(slug: string): string | null {
    return countryCode(slug);
  }

  countries(): CountryEntry[] {
    const entries = new Map<string, CountryEntry>();
    for (const group of this.byKey.values()) {
      const slug = group[0]!.country;
      const entry = entries.get(slug) ?? { slug, code: countryCode(slug), keys: 0, files: 0, languages: [] };
      entry.keys += 1;
      entry.files += group.length;
      for (const g of group) if (!entry.languages.includes(g.lang)) entry.languages.push(g.lang);
      entries.set(slug, entry);
    }
    return [...entries.values()]
      .map((e) => ({ ...e, languages: e.languages.sort() }))
      .sort((a, b) => a.slug.localeCompare(b.slug));
  }

  /** The library's slug for a country given in any form; CountryNotFoundError with suggestions otherwise. */
  findCountry(input: string): string {
    const present = this.countries();
    const code = countryCode(input);
    const folded = foldKey(input);
    const hit = present.find((c) => (code !== null && c.code === code) || foldKey(c.slug) === folded);
    if (hit) return hit.slug;
    const candidates = present.flatMap((c) => [c.slug, ...(c.code ? countryNames(c.code) : [])]);
    const suggestions = closest(input, candidates, 5)
      .map(
        (name) =>
          present.find((c) => c.slug === name || (c.code && countryNames(c.code).includes(name)))!.slug,
      )
      .filter((slug, i, all) => all.indexOf(slug) === i)
      .slice(0, 3);
    throw new CountryNotFoundError(input, suggestions);
  }

  countryLabel(slug: string, lang: string): string {
    const code = countryCode(slug);
    return (code && countryName(code, lang)) || slug;
  }

  /** The id of the guide a related link points to, preferring the link's own language. */
  resolveLink(target: { lang: string; country: string; slug: string } | null): string | null {
    if (!target) return null;
    const code = countryCode(target.country);
    const countrySlug = (code && this.countrySlugByCode.get(code)) || target.country;
    return this.guideById(`${countrySlug}/${target.slug}`, target.lang)?.id ?? null;
  }
}
