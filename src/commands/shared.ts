import type { Context } from '../context.js';
import { AmbiguousGuideError, UsageError } from '../errors.js';
import type { Guide } from '../guide/model.js';
import { pickTranslation, resolveGuide } from '../guide/resolve.js';
import type { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import { plainInline } from '../text/wrap.js';
import { isCalendarDate, isoDate } from '../text/dates.js';
import { viewProgress, type GuideView } from '../progress/tracker.js';
import { interfaceLanguage, t } from '../i18n/index.js';
import type { ItemState } from '../progress/model.js';
import { primeRequirements } from '../wallet/wallet.js';

export interface LoadedGuide {
  guide: Guide;
  /** The language asked for when the guide is shown in another. */
  fallbackFrom: string | null;
  translations: GuideSummary[];
  library: Library;
}

/**
 * Resolves a guide reference and picks the translation to show, saying so when it falls back.
 * `requirements`: the command ticks documents, so it needs what each one asks of the wallet even
 * when the wallet is still empty.
 */
export async function loadGuide(
  ctx: Context,
  reference: string,
  options: { requirements?: boolean } = {},
): Promise<LoadedGuide> {
  const library = await ctx.library();
  // The reading language ranks matches even when only the default chose it: `spain/nie` is the
  // user's own language's guide when two languages have one of that id.
  const readingLang = ctx.lang === 'all' ? null : ctx.lang;
  let resolution;
  try {
    resolution = resolveGuide(reference, library.guides, readingLang);
  } catch (error) {
    // Several guides match: at a terminal the user picks one (CLI.md); a script still gets exit 2.
    if (!(error instanceof AmbiguousGuideError) || !process.stdin.isTTY || !process.stdout.isTTY) throw error;
    const { select } = await import('@inquirer/prompts');
    const id = await select({
      message: t('resolve.pick', { reference }),
      choices: error.matches.map((match) => ({
        name: `${match} — ${library.guideById(match, ctx.lang)?.title ?? ''}`,
        value: match,
      })),
    });
    resolution = resolveGuide(id, library.guides, readingLang);
  }
  const { guide, fallbackFrom } = pickTranslation(
    resolution.translations,
    ctx.langChosen ? ctx.lang : null,
    resolution.named,
  );
  if (fallbackFrom && fallbackFrom !== 'all')
    ctx.warn(t('common.fallback', { id: guide.id, lang: fallbackFrom, shown: guide.lang }));
  const full = await library.full(guide);
  // The index already read every document's kinds and age rule: reading them again from the guide
  // would compile the age rules, the slowest part of showing a guide with a full wallet.
  if (options.requirements || Object.keys(ctx.store().read().wallet).length > 0) {
    primeRequirements(full, (await library.detailed(guide)).docKinds);
  }
  return { guide: full, fallbackFrom, translations: resolution.translations, library };
}

export { isoDate } from '../text/dates.js';

/** "a step you had marked done is no longer in the guide: …" */
export function vanishedText(kind: 'step' | 'document', state: ItemState, text: string): string {
  return t('common.vanished', { kind: t(`common.kind.${kind}`), state: t(`common.state.${state}`), text });
}

/** A one-line plain version of an item's markdown, for lists and prompts. */
export function firstLine(markdown: string): string {
  return plainInline((markdown.split('\n')[0] ?? '').trim());
}

/**
 * A guide's saved progress, with the wallet's documents and their age checked against today; the
 * warnings in the interface language, or in English for JSON (`json`).
 */
export function progressView(ctx: Context, guide: Guide, json = false): GuideView {
  const data = ctx.store().read();
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
    throw new UsageError(t('common.notADate', { value }), [t('common.notADateHint')]);
  if (Number(match[1]) < FIRST_YEAR) throw new UsageError(t('common.tooOld', { value }));
  if (value.trim() > isoDate(today))
    throw new UsageError(t('common.inFuture', { value }), [t('common.inFutureHint')]);
  return value.trim();
}
