import { UsageError } from '../errors.js';
import { pickTranslation } from '../guide/resolve.js';
import { localize } from '../i18n/index.js';
import type { DetailedLibrary } from '../library/library.js';
import type { DetailedSummary } from '../library/summary.js';
import { countProgress } from '../progress/counts.js';
import type { SavedPlan, StoreData } from '../progress/model.js';
import { sanitize } from '../text/sanitize.js';
import { heldFor } from '../wallet/wallet.js';

/*
 * Saved plans (`plan --save NAME`) and how far the user is through them: what `status`, `plan --list`
 * and `walk --plan` show. A plan keeps its guides' keys in order; their progress is the guides' own.
 */

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;

/** A plan name as typed, trimmed; a usage error when it is not one tramit keeps. */
export function planName(input: string): string {
  const name = input.trim();
  if (!NAME.test(name)) throw new UsageError(localize('plan.badName', { name: sanitize(input) }));
  return name;
}

/** The saved plan called `name` (its exact name, else the one name that differs only by case). */
export function findSavedPlan(data: StoreData, input: string): { name: string; plan: SavedPlan } {
  const names = Object.keys(data.plans);
  const exact = data.plans[input];
  if (exact) return { name: input, plan: exact };
  const folded = names.filter((n) => n.toLowerCase() === input.trim().toLowerCase());
  if (folded.length === 1) return { name: folded[0]!, plan: data.plans[folded[0]!]! };
  throw new UsageError(
    localize('plan.unknown', { name: sanitize(input) }),
    names.length > 0
      ? [localize('plan.unknownHint', { names: names.map(sanitize).join(', ') })]
      : [localize('plan.noneSavedHint')],
  );
}

export interface PlanGuideProgress {
  key: string;
  id: string;
  title: string;
  /** Null when the guide is no longer in any library. */
  summary: DetailedSummary | null;
  finished: boolean;
}

export interface PlanProgress {
  name: string;
  guides: PlanGuideProgress[];
  finished: number;
  /** The first guide not finished that the library still has, in the plan's order. */
  next: PlanGuideProgress | null;
}

/**
 * Whether the user is through a guide: every step done or skipped, or the wallet holds, still valid,
 * every document it gives (they got it some other way).
 */
function isFinished(summary: DetailedSummary, data: StoreData, today: string): boolean {
  const progress = data.guides[summary.key];
  if (progress) {
    const { steps } = countProgress(summary, progress, data.wallet);
    if (steps.total > 0 && steps.done + steps.skipped === steps.total) return true;
  }
  const kinds = summary.produces.map((p) => p.kind);
  return (
    kinds.length > 0 &&
    kinds.every((kind) => {
      const held = heldFor({ kinds: [kind], other: false, validity: null }, '', data.wallet, today);
      return held !== null && held.expiry?.status !== 'expired';
    })
  );
}

/** A saved plan's guides with how far the user is. */
export function planProgress(
  name: string,
  plan: SavedPlan,
  data: StoreData,
  library: DetailedLibrary,
  lang: string,
  today: string,
): PlanProgress {
  const guides = plan.guides.map((saved): PlanGuideProgress => {
    const translations = library.translations(saved.key);
    if (translations.length === 0)
      // Only the store knows this guide now: its words are printed as saved, made safe first.
      return {
        key: saved.key,
        id: sanitize(saved.id),
        title: sanitize(saved.title),
        summary: null,
        finished: false,
      };
    const { guide } = pickTranslation(translations, lang);
    return {
      key: guide.key,
      id: guide.id,
      title: guide.title,
      summary: guide,
      finished: isFinished(guide, data, today),
    };
  });
  return {
    name,
    guides,
    finished: guides.filter((g) => g.finished).length,
    next: guides.find((g) => !g.finished && g.summary !== null) ?? null,
  };
}

/** Every saved plan's progress, by name. */
export function allPlanProgress(
  data: StoreData,
  library: DetailedLibrary,
  lang: string,
  today: string,
): PlanProgress[] {
  return Object.keys(data.plans)
    .sort()
    .map((name) => planProgress(name, data.plans[name]!, data, library, lang, today));
}
