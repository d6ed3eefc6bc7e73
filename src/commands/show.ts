import type { Context } from '../context.js';
import { guideDetail } from '../render/json.js';
import { loadGuide } from './shared.js';

export interface ShowOptions {
  json?: boolean;
  pager?: boolean;
}

export async function run(ctx: Context, reference: string, options: ShowOptions): Promise<void> {
  const { guide, fallbackFrom, translations, library } = loadGuide(ctx, reference);
  const languages = translations.map((g) => g.lang).sort();
  if (options.json) {
    ctx.out(JSON.stringify(guideDetail(guide, library, { languages, fallbackFrom }), null, 2));
    return;
  }
  const { renderGuidePlain } = await import('../render/plain.js');
  ctx.out(renderGuidePlain(guide, library));
}
