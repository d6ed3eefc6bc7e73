import { AmbiguousGuideError, GuideNotFoundError } from '../errors.js';
import { byText, closest, foldKey } from '../text/normalize.js';
import { countryCode } from '../library/countries.js';
import { parseGuideUrl } from './links.js';

export interface GuideRef {
  id: string;
  key: string;
  slug: string;
  lang: string;
  country: string;
}

export interface Resolution<G extends GuideRef> {
  key: string;
  /** Every translation of the guide. */
  translations: G[];
  /** The translation the reference named by its own slug or id, when exactly one did. */
  named: G | null;
}

/**
 * Finds a guide by id (`mexico/imss_enrollment`), slug, translation key or any translation's slug,
 * ignoring case and accents; a country may be given in any form (`mx/imss_enrollment`), and a
 * guide's web address works too. The reference is only ever compared, never used as a path.
 */
export function resolveGuide<G extends GuideRef>(reference: string, guides: readonly G[]): Resolution<G> {
  const wanted = candidatesOf(reference);
  const matches = guides.filter((g) =>
    wanted.some(
      (w) =>
        (w.slug === foldKey(g.slug) || w.slug === foldKey(g.key) || w.slug === foldKey(g.id)) &&
        (w.country === null || w.country === countryCode(g.country)),
    ),
  );
  const keys = [...new Set(matches.map((g) => g.key))];
  if (keys.length === 0) {
    const names = guides.flatMap((g) => [g.id, g.slug]);
    throw new GuideNotFoundError(
      reference,
      closest(reference, names, 3)
        .map((n) => guides.find((g) => g.id === n || g.slug === n)!.id)
        .filter((id, i, all) => all.indexOf(id) === i),
    );
  }
  if (keys.length > 1) {
    throw new AmbiguousGuideError(
      reference,
      keys.map((key) => matches.find((g) => g.key === key)!.id),
    );
  }
  const key = keys[0]!;
  const bySlug = matches.filter((g) =>
    wanted.some((w) => w.slug === foldKey(g.slug) || w.slug === foldKey(g.id)),
  );
  const langs = new Set(bySlug.map((g) => g.lang));
  return {
    key,
    translations: guides.filter((g) => g.key === key),
    named: langs.size === 1 ? bySlug[0]! : null,
  };
}

function candidatesOf(reference: string): Array<{ country: string | null; slug: string }> {
  const trimmed = reference.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    const target = parseGuideUrl(trimmed);
    return target ? [{ country: countryCode(target.country), slug: foldKey(target.slug) }] : [];
  }
  const out: Array<{ country: string | null; slug: string }> = [{ country: null, slug: foldKey(trimmed) }];
  const slash = trimmed.indexOf('/');
  if (slash > 0) {
    const code = countryCode(trimmed.slice(0, slash));
    if (code) out.push({ country: code, slug: foldKey(trimmed.slice(slash + 1)) });
  }
  return out;
}

export interface Pick<G extends GuideRef> {
  guide: G;
  /** The language asked for, when the guide was not shown in it. */
  fallbackFrom: string | null;
}

/**
 * The translation to show: the asked language; else the translation the user named by its slug;
 * else English; else the first there is. When no language was chosen at all (`lang` null), the
 * translation the user named wins: typing a Spanish slug means reading Spanish.
 */
export function pickTranslation<G extends GuideRef>(
  translations: readonly G[],
  lang: string | null,
  named: G | null = null,
): Pick<G> {
  if (lang === null) {
    return {
      guide:
        named ??
        translations.find((g) => g.lang === 'en') ??
        [...translations].sort((a, b) => byText(a.lang, b.lang))[0]!,
      fallbackFrom: null,
    };
  }
  // The named guide first: two files of one language may share a key, and the id names one of them.
  const exact = named?.lang === lang ? named : translations.find((g) => g.lang === lang);
  if (exact) return { guide: exact, fallbackFrom: null };
  const sorted = [...translations].sort((a, b) => byText(a.lang, b.lang));
  const guide = named ?? sorted.find((g) => g.lang === 'en') ?? sorted[0]!;
  return { guide, fallbackFrom: lang };
}
