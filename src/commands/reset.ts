import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { pickTranslation } from '../guide/resolve.js';
import { localize } from '../i18n/index.js';
import { keyed } from '../progress/model.js';
import { sanitize } from '../text/sanitize.js';
import { findGuide } from './shared.js';
import { interactive } from '../output.js';

export interface ResetOptions {
  all?: boolean;
  yes?: boolean;
}

export async function run(ctx: Context, reference: string | undefined, options: ResetOptions): Promise<void> {
  if (!reference && !options.all) throw new UsageError(localize('reset.nothingNamed'));
  if (reference && options.all) throw new UsageError(localize('reset.both'));
  const saved = ctx.store().read();
  let key: string | null = null;
  let label = localize('reset.labelAll');
  if (reference) {
    const library = await ctx.library();
    // A guide no longer in any library can still be reset by its key.
    if (saved.guides[reference]) key = reference;
    else key = (await findGuide(ctx, library, reference)).key;
    if (!saved.guides[key]) {
      ctx.out(localize('reset.nothingSaved', { reference }));
      return;
    }
    // The title in the user's guide language, as `status` shows it, whatever translation saved it;
    // the saved one only for a guide no library has any more.
    const translations = library.translations(key);
    const title =
      translations.length > 0
        ? pickTranslation(translations, ctx.lang).guide.title
        : sanitize(saved.guides[key]!.title);
    label = localize('reset.labelGuide', { title });
  }
  if (!options.yes) {
    if (!interactive()) throw new UsageError(localize('reset.needsYes', { label }));
    const { confirm } = await import('../i18n/confirm.js');
    if (!(await confirm({ message: localize('reset.confirm', { label }), default: false }))) {
      ctx.out(localize('reset.unchanged'));
      return;
    }
  }
  await ctx.store().update((data) => {
    if (key) delete data.guides[key];
    else data.guides = keyed();
  });
  ctx.out(key ? localize('reset.done', { label }) : localize('reset.doneAll'));
}
