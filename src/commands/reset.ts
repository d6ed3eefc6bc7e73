import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { resolveGuide } from '../guide/resolve.js';
import { t } from '../i18n/index.js';

export interface ResetOptions {
  all?: boolean;
  yes?: boolean;
}

export async function run(ctx: Context, reference: string | undefined, options: ResetOptions): Promise<void> {
  if (!reference && !options.all) throw new UsageError(t('reset.nothingNamed'));
  if (reference && options.all) throw new UsageError(t('reset.both'));
  const saved = ctx.store().read();
  let key: string | null = null;
  let label = t('reset.labelAll');
  if (reference) {
    // A guide no longer in any library can still be reset by its key.
    if (saved.guides[reference]) key = reference;
    else
      key = resolveGuide(reference, (await ctx.library()).guides, ctx.lang === 'all' ? null : ctx.lang).key;
    if (!saved.guides[key]) {
      ctx.out(t('reset.nothingSaved', { reference }));
      return;
    }
    label = t('reset.labelGuide', { title: saved.guides[key]!.title });
  }
  if (!options.yes) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) throw new UsageError(t('reset.needsYes', { label }));
    const { confirm } = await import('@inquirer/prompts');
    if (!(await confirm({ message: t('reset.confirm', { label }), default: false }))) {
      ctx.out(t('reset.unchanged'));
      return;
    }
  }
  await ctx.store().update((data) => {
    if (key) delete data.guides[key];
    else data.guides = {};
  });
  ctx.out(key ? t('reset.done', { label }) : t('reset.doneAll'));
}
