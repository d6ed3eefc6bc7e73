import { AmbiguousGuideError, GuideNotFoundError } from '../errors.js';
import { byText, closest, foldKey } from '../text/normalize.js';
import { countryCode } from '../library/countries.js';
import { isStopWord } from '../search/stopwords.js';
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
 * How well a guide matches a reference, best (lowest) first, as CLI.md orders them: the exact id
 * (in the requested language first), the exact slug, the exact key, the slug of a translation in
 * another language; then the same forms folded (case, accents and separators ignored); last, whole
 * words of a slug ("imss" of `inscripcion_al_imss`), in the requested language first. A reference
 * that is exactly one guide's id can never be lost among guides it only resembles.
 */
const RANK = {
  id: 0,
  idOtherLanguage: 1,
  slug: 2,
  key: 3,
  translationSlug: 4,
  foldedId: 5,
  foldedIdOtherLanguage: 6,
  foldedSlug: 7,
  foldedKey: 8,
  foldedTranslationSlug: 9,
  slugWords: 10,
  translationSlugWords: 11,
} as const;
type Rank = (typeof RANK)[keyof typeof RANK];

/** Ranks at which the reference names a translation itself, not the procedure it belongs to. */
const BY_KEY = new Set<Rank>([RANK.key, RANK.foldedKey]);

interface Match<G> {
  guide: G;
  rank: Rank;
}

/**
 * Finds a guide by id (`mexico/imss_enrollment`), slug, translation key or any translation's slug,
 * ignoring case and accents when nothing matches exactly; a country may be given in any form
 * (`mx/imss_enrollment`), and a guide's web address works too. Only the guides that match at the
 * best rank count: several procedures there make the reference ambiguous, never a worse match.
 * `lang` is the language the user reads in (null: none preferred). The reference is only ever
 * compared, never used as a path.
 */
export function resolveGuide<G extends GuideRef>(
  reference: string,
  guides: readonly G[],
  lang: string | null = null,
): Resolution<G> {
  const matches = bestMatches(reference, guides, lang);
  if (matches.length === 0) {
    const names = guides.flatMap((g) => [g.id, g.slug]);
    // One suggestion per procedure: two translations of one guide are one answer, not a choice.
    const suggested = closest(reference, names, 6).map((n) =>
      guides.find((g) => g.id === n || g.slug === n)!,
    );
    throw new GuideNotFoundError(
      reference,
      suggested
        .filter((g, i) => suggested.findIndex((other) => other.key === g.key) === i)
        .slice(0, 3)
        .map((g) => g.id),
    );
  }
  // Every best match a translation of one procedure ("imss" names both IMSS guides): that
  // procedure, shown in the reading language by `pickTranslation`.
  const keys = [...new Set(matches.map((m) => m.guide.key))];
  if (keys.length > 1) {
    throw new AmbiguousGuideError(
      reference,
      keys.map((key) => matches.find((m) => m.guide.key === key)!.guide.id),
    );
  }
  const key = keys[0]!;
  const named = matches.filter((m) => !BY_KEY.has(m.rank));
  const langs = new Set(named.map((m) => m.guide.lang));
  return {
    key,
    translations: guides.filter((g) => g.key === key),
    named: langs.size === 1 ? named[0]!.guide : null,
  };
}

/** The guides matching at the best rank there is; empty when none matches at all. */
function bestMatches<G extends GuideRef>(reference: string, guides: readonly G[], lang: string | null) {
  const trimmed = reference.trim().normalize('NFC');
  const url = /^https?:\/\//i.test(trimmed);
  const target = url ? parseGuideUrl(trimmed) : null;
  if (url && !target) return [];
  // A web address names its own language.
  const wantedLang = target ? target.lang : lang;
  const preferred = (g: G) => wantedLang === null || g.lang === wantedLang;
  const keep = (found: Array<Match<G>>) => {
    const best = Math.min(...found.map((m) => m.rank));
    return found.filter((m) => m.rank === best);
  };

  // Exact forms first: no folding at all when the user typed an id, slug or key as it is.
  if (!url) {
    const slash = trimmed.indexOf('/');
    const qualified = slash > 0 ? { country: trimmed.slice(0, slash), slug: trimmed.slice(slash + 1) } : null;
    let code: string | null | undefined;
    const found: Array<Match<G>> = [];
    for (const g of guides) {
      let rank: Rank | null = null;
      if (g.id === trimmed) rank = preferred(g) ? RANK.id : RANK.idOtherLanguage;
      else if (
        g.slug === trimmed ||
        (qualified &&
          g.slug === qualified.slug &&
          (code ??= countryCode(qualified.country)) !== null &&
          code === countryCode(g.country))
      )
        rank = preferred(g) ? RANK.slug : RANK.translationSlug;
      else if (g.key === trimmed) rank = RANK.key;
      if (rank !== null) found.push({ guide: g, rank });
    }
    if (found.length > 0) return keep(found);
  }

  const wanted = target
    ? [{ country: countryCode(target.country), slug: foldKey(target.slug) }]
    : candidatesOf(trimmed);
  // Words of a slug: never from a web address (it names a whole slug), nor stop words alone ("de").
  const runs = wanted.map((w) => {
    const words = w.slug.split('_');
    return !target && words.some((word) => word && !isStopWord(word)) ? words : null;
  });
  const found: Array<Match<G>> = [];
  for (const g of guides) {
    let rank: Rank | null = null;
    for (const [i, w] of wanted.entries()) {
      const inCountry = w.country === null || w.country === countryCode(g.country);
      let r: Rank | null = null;
      if (w.country === null && w.slug === foldKey(g.id))
        r = preferred(g) ? RANK.foldedId : RANK.foldedIdOtherLanguage;
      else if (inCountry && w.slug === foldKey(g.slug))
        r = preferred(g) ? RANK.foldedSlug : RANK.foldedTranslationSlug;
      else if (inCountry && w.slug === foldKey(g.key)) r = RANK.foldedKey;
      else if (inCountry && runs[i] && holdsRun(foldKey(g.slug).split('_'), runs[i]))
        r = preferred(g) ? RANK.slugWords : RANK.translationSlugWords;
      if (r !== null && (rank === null || r < rank)) rank = r;
    }
    if (rank !== null) found.push({ guide: g, rank });
  }
  return found.length > 0 ? keep(found) : [];
}

/** Whether `run` appears in `words` as consecutive whole words. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++)
    if (run.every((w, i) => words[start + i] === w)) return true;
  return false;
}

function candidatesOf(reference: string): Array<{ country: string | null; slug: string }> {
  const out: Array<{ country: string | null; slug: string }> = [{ country: null, slug: foldKey(reference) }];
  const slash = reference.indexOf('/');
  if (slash > 0) {
    const code = countryCode(reference.slice(0, slash));
    if (code) out.push({ country: code, slug: foldKey(reference.slice(slash + 1)) });
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
