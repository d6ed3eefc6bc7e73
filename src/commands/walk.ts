import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { plainStyle, walkthrough, type Style } from '../walk/flow.js';
import { loadGuide } from './shared.js';
import { localize } from '../i18n/index.js';
import { interactive, terminalSize } from '../output.js';

export interface WalkOptions {
  restart?: boolean;
  /** A saved plan: walk its next unfinished guide. */
  plan?: string;
}

/** `walk` (alias `start`): the interactive walkthrough of one guide, resuming where the user left off. */
export async function run(ctx: Context, named: string | undefined, options: WalkOptions): Promise<void> {
  let reference = named;
  if (options.plan !== undefined) {
    if (reference !== undefined) throw new UsageError(localize('plan.walkBoth'));
    const { nextOfPlan } = await import('./plan.js');
    const next = await nextOfPlan(ctx, options.plan);
    if (next === null) return;
    reference = next;
  }
  if (reference === undefined) throw new UsageError(localize('walk.needsGuide'));
  const { guide } = await loadGuide(ctx, reference, { requirements: true });
  if (!interactive()) {
    throw new UsageError(localize('walk.needsTerminal'), [
      localize('walk.needsTerminalHint', { id: guide.id }),
      localize('walk.scriptHint', { id: guide.id }),
    ]);
  }
  // Yes/no in the interface language (`s/N` in Spanish); the other prompts are @inquirer/prompts' own.
  const [{ select, checkbox, input }, { confirm }, style] = await Promise.all([
    import('@inquirer/prompts'),
    import('../i18n/confirm.js'),
    chooseStyle(ctx),
  ]);
  await walkthrough({
    guide,
    prompts: { select, checkbox, input, confirm },
    store: ctx.store(),
    out: ctx.out,
    warn: ctx.warn,
    now: ctx.now,
    // Long lines are hard to read even on a wide terminal.
    width: Math.min(terminalSize().columns, 100) - 1,
    style,
    restart: Boolean(options.restart),
  });
}

async function chooseStyle(ctx: Context): Promise<Style> {
  if (!ctx.isTTY || ctx.options.color === false || ctx.env.NO_COLOR) return plainStyle;
  const { default: chalk } = await import('chalk');
  if (chalk.level === 0) return plainStyle;
  return {
    bold: chalk.bold,
    dim: chalk.dim,
    accent: chalk.cyan,
    good: chalk.green,
    warn: chalk.yellow,
  };
}
