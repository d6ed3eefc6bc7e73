import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { ItemState } from '../progress/model.js';
import type { Guide } from '../guide/model.js';
import { applyChanges, parseItemRefs, type ItemRef } from '../progress/tracker.js';
import { foldKey } from '../text/normalize.js';
import { kindById } from '../wallet/kinds.js';
import { matchKind } from '../wallet/match.js';
import { entryKinds } from '../wallet/requirement-key.js';
import { asksWhich, requirementsOf, type HeldChoice } from '../wallet/wallet.js';
import { dateOption, firstLine, loadGuide, progressView, vanishedText } from './shared.js';
import { localize, localizeCount } from '../i18n/index.js';

export interface CheckOptions {
  note?: string;
  skip?: boolean;
  /** For documents: when the user obtained it, for the guides' "not older than…" rules. */
  date?: string;
  /** For a document that accepts several kinds: the one the user holds. */
  kind?: string;
}

/**
 * What `--kind` says the user holds for each ticked document that accepts several things; refused
 * (nothing saved) when a ticked one does not accept it, or none asks.
 */
function heldChoices(guide: Guide, items: readonly ItemRef[], kind: string | undefined, lang: string) {
  const documents = items.filter((i) => i.kind === 'document');
  const choices = new Map<number, HeldChoice>();
  if (kind === undefined) return choices;
  const asking = documents.filter((i) => asksWhich(requirementsOf(guide)[i.index]!));
  if (asking.length === 0) throw new UsageError(localize('check.kindNeedsDocument'));
  const named = kindById(kind) ?? kindById(foldKey(kind)) ?? matchKind(kind, lang);
  for (const item of asking) {
    const r = requirementsOf(guide)[item.index]!;
    if (!named || !r.kinds.includes(named.id))
      throw new UsageError(
        localize('check.kindNotAccepted', { ref: item.ref, id: guide.id, kind, kinds: r.kinds.join(', ') }),
      );
    choices.set(item.index, { kind: named.id });
  }
  return choices;
}

/**
 * `check` / `uncheck`: scriptable ticking of steps (`s3`) and documents (`d2`). A note alone changes no
 * state: `check s6 --note x` annotates s6 as it is (a skipped step stays skipped).
 */
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
  if (mixed)
    throw new UsageError(localize('check.mixedRange', { item: mixed.trim() }), [
      localize('check.mixedRangeHint'),
    ]);
  const documents = refs.flatMap((r) => r.split(',')).some((r) => /^d/i.test(r.trim()));
  const { guide, primeRequirements } = await loadGuide(ctx, reference, {
    requirements: documents || 'later',
  });
  const items = itemsOf(guide, refs);
  const noteOnly = options.note !== undefined && !options.skip && options.date === undefined;
  const newState: ItemState | undefined = noteOnly
    ? undefined
    : state === 'done' && options.skip
      ? 'skipped'
      : state;
  const obtained = dateOption(options.date, ctx.now());
  if (obtained && !items.some((i) => i.kind === 'document')) {
    throw new UsageError(localize('check.dateNeedsDocument'));
  }
  const held = newState === 'done' ? heldChoices(guide, items, options.kind, ctx.lang) : new Map();
  if (options.kind !== undefined && newState !== 'done')
    throw new UsageError(localize('check.kindNeedsDocument'));
  const now = ctx.now().toISOString();
  const vanished = await ctx.store().update((data) =>
    applyChanges(
      data,
      guide,
      items.map((i) => ({
        kind: i.kind,
        index: i.index,
        ...(newState ? { state: newState } : {}),
        ...(options.note !== undefined ? { note: options.note } : {}),
        ...(obtained && i.kind === 'document' ? { obtained } : {}),
        ...(held.has(i.index) && i.kind === 'document' ? { held: held.get(i.index)! } : {}),
      })),
      now,
    ),
  );
  for (const v of vanished) ctx.warn(vanishedText(v.kind, v.state, firstLine(v.text)));
  // Steps only: the wallet was not needed before the save; the summary shows what it holds.
  if (!documents && Object.keys(ctx.store().saved().wallet).length > 0) await primeRequirements();
  printChecked(ctx, guide, items, newState === 'done' ? held : null);
}

/** The items the references name; refused when one names nothing, or none is named. */
function itemsOf(guide: Guide, refs: string[]): ItemRef[] {
  const { items, unknown } = parseItemRefs(refs, guide);
  if (unknown.length === 0 && items.length > 0) return items;
  const message =
    unknown.length === 0
      ? localize('check.noItems', { id: guide.id })
      : localizeCount('check.unknownItems', unknown.length, {
          items: unknown.map((u) => `"${u}"`).join(', '),
          id: guide.id,
        });
  throw new UsageError(message, [
    localize('check.itemsHint', { steps: guide.steps.length, documents: guide.documents.length }),
    localize('check.seeHint', { id: guide.id }),
  ]);
}

/**
 * The items as saved, the guide's counts, and, for documents just ticked (`ticked`: which one the user
 * said they hold, by document), a hint where the user did not say which of several they hold.
 */
function printChecked(
  ctx: Context,
  guide: Guide,
  items: readonly ItemRef[],
  ticked: ReadonlyMap<number, HeldChoice> | null,
): void {
  // As this command saved it: another tramit's later change is its own to show.
  const view = progressView(ctx, guide, false, ctx.store().saved());
  for (const item of items) {
    const saved = (item.kind === 'step' ? view.steps : view.documents)[item.index]!.state;
    const mark = saved === 'done' ? '[x]' : saved === 'skipped' ? '[-]' : '[ ]';
    const text =
      item.kind === 'step' ? firstLine(guide.steps[item.index]!.text) : guide.documents[item.index]!.name;
    ctx.out(`${mark} ${item.ref}  ${text}`);
  }
  const { steps, documents: ready } = view.counts;
  ctx.out(
    localize('check.summary', {
      id: guide.id,
      stepsDone: steps.done,
      stepsTotal: steps.total,
      documentsDone: ready.done,
      documentsTotal: ready.total,
    }),
  );
  if (!ticked) return;
  // Ticked without saying which of several it is: the wallet keeps "one of these" until told.
  for (const item of items) {
    if (item.kind !== 'document' || ticked.has(item.index)) continue;
    const r = requirementsOf(guide)[item.index]!;
    const entry = view.documents[item.index]?.held;
    if (!asksWhich(r) || !entry || entryKinds(entry.kind).length < 2) continue;
    ctx.out(
      localize('check.kindHint', {
        ref: item.ref,
        id: guide.id,
        kinds: r.kinds.join(', '),
        first: r.kinds[0]!,
      }),
    );
  }
}
