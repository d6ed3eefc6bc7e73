import type { Context } from '../context.js';
import { AmbiguousGuideError, UsageError } from '../errors.js';
import type { Guide } from '../guide/model.js';
import { pickTranslation, resolveGuide } from '../guide/resolve.js';
import type { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import { plainInline } from '../text/wrap.js';
import { isoDate } from '../text/dates.js';
import { viewProgress, type GuideView } from '../progress/tracker.js';
import { interfaceLanguage, t } from '../i18n/index.js';
import type { ItemState } from '../progress/model.js';

export interface LoadedGuide {
  guide: Guide;
  /** The language asked for when the guide is shown in another. */
  fallbackFrom: string | null;
  translations: GuideSummary[];
  library: Library;
}

/** Resolves a guide reference and picks the translation to show, saying so when it falls back. */
export async function loadGuide(ctx: Context, reference: string): Promise<LoadedGuide> {
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
  return { guide: await library.full(guide), fallbackFrom, translations: resolution.translations, library };
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

/** A `--date` value: a real calendar date, `YYYY-MM-DD`, not in the future. */
export function dateOption(value: string | undefined, today: Date): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (
    !match ||
    !date ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3])
  ) {
    throw new UsageError(t('common.notADate', { value }), [t('common.notADateHint')]);
  }
  if (value.trim() > isoDate(today))
    throw new UsageError(t('common.inFuture', { value }), [t('common.inFutureHint')]);
  return value.trim();
}
