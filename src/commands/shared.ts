import type { Context } from '../context.js';
import { cacheDir } from '../context.js';
import { AmbiguousGuideError, GuideNotFoundError, UsageError } from '../errors.js';
import type { Guide } from '../guide/model.js';
import { pickTranslation, resolveGuide, type Resolution } from '../guide/resolve.js';
import type { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import { plainInline } from '../text/wrap.js';
import { isCalendarDate, isoDate } from '../text/dates.js';
import { viewProgress, type GuideView } from '../progress/tracker.js';
import { interfaceLanguage, localize } from '../i18n/index.js';
import type { ItemState, StoreData } from '../progress/model.js';
import { primeRequirements } from '../wallet/wallet.js';
import { interactive } from '../output.js';

export interface LoadedGuide {
  guide: Guide;
  /** The language asked for when the guide is shown in another. */
  fallbackFrom: string | null;
  translations: GuideSummary[];
  library: Library;
  /** Reads what each document asks of the wallet from the index (see `loadGuide`); once is enough. */
  primeRequirements: () => Promise<void>;
  /**
   * The saved progress, if `loadGuide` read it (to tell whether the wallet holds documents): the
   * command's view (`progressView`) takes it instead of parsing the file a second time.
   */
  saved: StoreData | undefined;
}

/**
 * Resolves a guide reference and picks the translation to show, saying so when it falls back
 * (`fallbackShown`: the output says it in place, as `show` does).
 * `requirements`: the command ticks documents, so it needs what each one asks of the wallet even
 * when the wallet is still empty; `'later'`: the command reads the store itself, and primes them
 * (`primeRequirements`) only if the wallet it read holds documents. Otherwise the store is read
 * here to tell, and given back (`saved`) for the command's view.
 */
export async function loadGuide(
  ctx: Context,
  reference: string,
  options: { requirements?: boolean | 'later'; fallbackShown?: boolean } = {},
): Promise<LoadedGuide> {
  const library = await ctx.library();
  const resolution = await findGuide(ctx, library, reference);
  const { guide, fallbackFrom } = pickTranslation(
    resolution.translations,
    ctx.langChosen ? ctx.lang : null,
    resolution.named,
  );
  if (fallbackFrom && fallbackFrom !== 'all')
    (options.fallbackShown ? ctx.warnShown : ctx.warn)(
      localize('common.fallback', { id: guide.id, lang: fallbackFrom, shown: guide.lang }),
    );
  const full = await library.full(guide);
  // The index already read every document's kinds and age rule: reading them again from the guide
  // would compile the age rules, the slowest part of showing a guide with a full wallet.
  const prime = async () => primeRequirements(full, (await library.detailed(guide)).docKinds);
  const saved = options.requirements ? undefined : ctx.store().read();
  if (options.requirements === true || (saved && Object.keys(saved.wallet).length > 0)) await prime();
  return {
    guide: full,
    fallbackFrom,
    translations: resolution.translations,
    library,
    primeRequirements: prime,
    saved,
  };
}

/**
 * The guide a reference names (see `resolveGuide`). Several words that name no guide are read as a
 * search: the one procedure whose name has them all is taken, saying so; else the search's first
 * results are suggested. Several guides matching: at a terminal the user picks one (CLI.md); a
 * script still gets exit 2.
 */
export async function findGuide(
  ctx: Context,
  library: Library,
  reference: string,
): Promise<Resolution<GuideSummary>> {
  // The reading language ranks matches even when only the default chose it: `spain/nie` is the
  // user's own language's guide when two languages have one of that id.
  const readingLang = ctx.lang === 'all' ? null : ctx.lang;
  try {
    return resolveGuide(reference, library.guides, readingLang);
  } catch (error) {
    if (error instanceof GuideNotFoundError && /\s/.test(reference.trim()))
      return guideByWords(ctx, library, reference.trim(), readingLang);
    if (!(error instanceof AmbiguousGuideError) || !interactive()) throw error;
    const { select } = await import('@inquirer/prompts');
    const id = await select({
      message: localize('resolve.pick', { reference }),
      choices: error.matches.map((match) => ({
        name: `${match} — ${library.guideById(match, ctx.lang)?.title ?? ''}`,
        value: match,
      })),
    });
    return resolveGuide(id, library.guides, readingLang);
  }
}

/**
 * Words that are no guide's name, read as a search. Only a procedure the words name (all of them
 * in its title or slug, no other procedure's) is taken: the first of a ranking is a guess, and
 * `walk`, `check` or `reset` on a guessed guide would write to the wrong one.
 */
async function guideByWords(
  ctx: Context,
  library: Library,
  words: string,
  readingLang: string | null,
): Promise<Resolution<GuideSummary>> {
  const { proceduresNamedBy, searchIndex, searchGuides } = await import('../search/search.js');
  const index = await searchIndex(library, cacheDir(ctx.env));
  const countries = library.countryNames();
  const named = proceduresNamedBy(index, words, { countries });
  if (named.length !== 1) {
    // The procedures the words name come first: they are what a name was looking for.
    const inReadingLang = named.map(
      (d) =>
        library.guides.find((g) => g.key === d.key && g.lang === readingLang) ?? {
          id: d.guideId,
          key: d.key,
        },
    );
    const hits = searchGuides(index, words, {}, { prefer: readingLang ?? undefined, countries, limit: 3 });
    const suggestions = [...inReadingLang, ...hits].filter(
      (s, i, all) => all.findIndex((other) => other.key === s.key) === i,
    );
    throw new GuideNotFoundError(
      words,
      suggestions.slice(0, 3).map((s) => s.id),
    );
  }
  const found = named[0]!;
  const translations = library.guides.filter((g) => g.key === found.key);
  const first = translations.find((g) => g.id === found.guideId && g.lang === found.lang) ?? null;
  const shown = pickTranslation(translations, ctx.langChosen ? ctx.lang : null, first).guide;
  ctx.warn(localize('resolve.openedFor', { id: shown.id, words }));
  return { key: found.key, translations, named: first };
}

export { isoDate } from '../text/dates.js';

/** "a step you had marked done is no longer in the guide: …" */
export function vanishedText(kind: 'step' | 'document', state: ItemState, text: string): string {
  return localize('common.vanished', {
    kind: localize(`common.kind.${kind}`),
    state: localize(`common.state.${state}`),
    text,
  });
}

/** A one-line plain version of an item's markdown, for lists and prompts. */
export function firstLine(markdown: string): string {
  return plainInline((markdown.split('\n')[0] ?? '').trim());
}

/**
 * A guide's saved progress, with the wallet's documents and their age checked against today; the
 * warnings in the interface language, or in English for JSON (`json`).
 */
export function progressView(
  ctx: Context,
  guide: Guide,
  json = false,
  data: StoreData = ctx.store().read(),
): GuideView {
  const lang = json ? 'en' : interfaceLanguage();
  return viewProgress(guide, data.guides[guide.key], data.wallet, isoDate(ctx.now()), lang);
}

/** The earliest year a document you hold can date from. */
const FIRST_YEAR = 1900;

/** A `--date` value: a real calendar date, `YYYY-MM-DD`, from 1900 on and not in the future. */
export function dateOption(value: string | undefined, today: Date): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])))
    throw new UsageError(localize('common.notADate', { value }), [localize('common.notADateHint')]);
  if (Number(match[1]) < FIRST_YEAR) throw new UsageError(localize('common.tooOld', { value }));
  if (value.trim() > isoDate(today))
    throw new UsageError(localize('common.inFuture', { value }), [localize('common.inFutureHint')]);
  return value.trim();
}
