import type { Context } from '../context.js';
import type { Guide } from '../guide/model.js';
import { pickTranslation, resolveGuide } from '../guide/resolve.js';
import type { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import { plainInline } from '../text/wrap.js';

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
  const resolution = resolveGuide(reference, library.guides);
  const { guide, fallbackFrom } = pickTranslation(
    resolution.translations,
    ctx.langChosen ? ctx.lang : null,
    resolution.named,
  );
  if (fallbackFrom && fallbackFrom !== 'all')
    ctx.warn(`"${guide.id}" is not available in ${fallbackFrom}; showing ${guide.lang}`);
  return { guide: await library.full(guide), fallbackFrom, translations: resolution.translations, library };
}

/** Today's date in the user's time zone, `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A one-line plain version of an item's markdown, for lists and prompts. */
export function firstLine(markdown: string): string {
  return plainInline((markdown.split('\n')[0] ?? '').trim());
}
