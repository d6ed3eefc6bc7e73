import type { Produced } from '../guide/model.js';
import { pickTranslation } from '../guide/resolve.js';
import type { DetailedLibrary } from '../library/library.js';
import type { DetailedSummary } from '../library/summary.js';
import { decodeRequirement } from '../wallet/requirement-key.js';
import type { PlanGuide } from './build.js';

/*
 * The library's guides as the plan builder reads them, from the index alone: no guide file is
 * parsed to plan, however large the library.
 */

/**
 * What a procedure gives: what a translation declares (the one shown first), else every guess its
 * translations' titles make.
 */
function producesOf(shown: DetailedSummary, translations: readonly DetailedSummary[]): Produced[] {
  const declaring = [shown, ...translations].find((t) => t.produces.some((p) => !p.inferred));
  if (declaring) return declaring.produces.filter((p) => !p.inferred);
  const guessed: Produced[] = [];
  for (const t of [shown, ...translations])
    for (const p of t.produces) if (!guessed.some((g) => g.kind === p.kind)) guessed.push(p);
  return guessed;
}

/** One procedure, in the translation `lang` reads (or the usual fallback). */
export function planGuideOf(translations: readonly DetailedSummary[], lang: string | null): PlanGuide {
  const { guide } = pickTranslation(translations, lang);
  return {
    key: guide.key,
    id: guide.id,
    title: guide.title,
    country: guide.country,
    topics: guide.topics,
    produces: producesOf(guide, translations),
    needs: guide.docKinds.map((key, i) => ({
      requirement: decodeRequirement(key),
      conditional: guide.conditionalDocs.includes(i),
    })),
  };
}

/** Every procedure of the given countries (all when null). */
export function planGuides(
  library: DetailedLibrary,
  countries: ReadonlySet<string> | null,
  lang: string | null,
): PlanGuide[] {
  const guides: PlanGuide[] = [];
  for (const key of library.keys()) {
    const translations = library.translations(key);
    if (countries && !countries.has(translations[0]!.country)) continue;
    guides.push(planGuideOf(translations, lang));
  }
  return guides;
}
