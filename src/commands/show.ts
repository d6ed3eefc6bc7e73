import type { Context } from '../context.js';
import { pickTranslation, resolveGuide } from '../guide/resolve.js';
import { guideDetail } from '../render/json.js';

export interface ShowOptions {
  json?: boolean;
  pager?: boolean;
}

export async function run(ctx: Context, reference: string, options: ShowOptions): Promise<void> {
  const library = ctx.library();
  const resolution = resolveGuide(reference, library.guides);
  const { guide, fallbackFrom } = pickTranslation(resolution.translations, ctx.lang, resolution.named);
  const languages = resolution.translations.map((g) => g.lang).sort();
  if (fallbackFrom) ctx.warn(`"${guide.id}" is not available in ${fallbackFrom}; showing ${guide.lang}`);
  if (options.json) {
    ctx.out(JSON.stringify(guideDetail(guide, library, { languages, fallbackFrom }), null, 2));
    return;
  }
  const { renderGuidePlain } = await import('../render/plain.js');
  ctx.out(renderGuidePlain(guide, library));
}
