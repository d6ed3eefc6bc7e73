import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { ItemState } from '../progress/model.js';
import { applyChanges, parseItemRefs } from '../progress/tracker.js';
import { dateOption, firstLine, loadGuide, progressView, vanishedText } from './shared.js';
import { t, tc } from '../i18n/index.js';

export interface CheckOptions {
  note?: string;
  skip?: boolean;
  /** For documents: when the user obtained it, for the guides' "not older than…" rules. */
  date?: string;
}

/** `check` / `uncheck`: scriptable ticking of steps (`s3`) and documents (`d2`). */
export async function run(
  ctx: Context,
  reference: string,
  refs: string[],
  options: CheckOptions,
  state: ItemState,
): Promise<void> {
  // A range runs over one kind: `s1-d3` is a mistake, not s1 to s3 (the tracker reads the second
  // letter loosely, so it is refused here, before anything is read or saved).
  const mixed = refs.flatMap((r) => r.split(',')).find((r) => /^\s*([sd])\d+-(?!\1)[sd]\d+\s*$/i.test(r));
  if (mixed) throw new UsageError(t('check.mixedRange', { item: mixed.trim() }), [t('check.mixedRangeHint')]);
  const { guide } = await loadGuide(ctx, reference);
  const { items, unknown } = parseItemRefs(refs, guide);
  if (unknown.length > 0 || items.length === 0) {
    const message =
      unknown.length === 0
        ? t('check.noItems', { id: guide.id })
        : tc('check.unknownItems', unknown.length, {
            items: unknown.map((u) => `"${u}"`).join(', '),
            id: guide.id,
          });
    throw new UsageError(message, [
      t('check.itemsHint', { steps: guide.steps.length, documents: guide.documents.length }),
      t('check.seeHint', { id: guide.id }),
    ]);
  }
  const newState: ItemState = state === 'done' && options.skip ? 'skipped' : state;
  const obtained = dateOption(options.date, ctx.now());
  if (obtained && !items.some((i) => i.kind === 'document')) {
    throw new UsageError(t('check.dateNeedsDocument'));
  }
  const now = ctx.now().toISOString();
  const vanished = await ctx.store().update((data) =>
    applyChanges(
      data,
      guide,
      items.map((i) => ({
        kind: i.kind,
        index: i.index,
        state: newState,
        ...(options.note !== undefined ? { note: options.note } : {}),
        ...(obtained && i.kind === 'document' ? { obtained } : {}),
      })),
      now,
    ),
  );
  for (const v of vanished) ctx.warn(vanishedText(v.kind, v.state, firstLine(v.text)));
  const view = progressView(ctx, guide);
  const mark = newState === 'done' ? '[x]' : newState === 'skipped' ? '[-]' : '[ ]';
  for (const item of items) {
    const text =
      item.kind === 'step' ? firstLine(guide.steps[item.index]!.text) : guide.documents[item.index]!.name;
    ctx.out(`${mark} ${item.ref}  ${text}`);
  }
  const { steps, documents } = view.counts;
  ctx.out(
    t('check.summary', {
      id: guide.id,
      stepsDone: steps.done,
      stepsTotal: steps.total,
      documentsDone: documents.done,
      documentsTotal: documents.total,
    }),
  );
}
