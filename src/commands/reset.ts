import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { resolveGuide } from '../guide/resolve.js';

export interface ResetOptions {
  all?: boolean;
  yes?: boolean;
}

export async function run(ctx: Context, reference: string | undefined, options: ResetOptions): Promise<void> {
  if (!reference && !options.all) throw new UsageError('name a guide to reset, or use --all');
  if (reference && options.all) throw new UsageError('give either a guide or --all, not both');
  const saved = ctx.store().read();
  let key: string | null = null;
  let label = 'all saved progress';
  if (reference) {
    // A guide no longer in any library can still be reset by its key.
    if (saved.guides[reference]) key = reference;
    else key = resolveGuide(reference, (await ctx.library()).guides).key;
    if (!saved.guides[key]) {
      ctx.out(`Nothing to reset: no progress saved for ${reference}.`);
      return;
    }
    label = `your progress on "${saved.guides[key]!.title}"`;
  }
  if (!options.yes) {
    if (!process.stdin.isTTY || !process.stdout.isTTY)
      throw new UsageError(`resetting forgets ${label}; add --yes to confirm`);
    const { confirm } = await import('@inquirer/prompts');
    if (!(await confirm({ message: `Forget ${label}?`, default: false }))) {
      ctx.out('Nothing was changed.');
      return;
    }
  }
  await ctx.store().update((data) => {
    if (key) delete data.guides[key];
    else data.guides = {};
  });
  ctx.out(key ? `Forgot ${label}.` : 'Forgot all saved progress.');
}
