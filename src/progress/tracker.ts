import type { Guide } from '../guide/model.js';
import {
  align,
  countStates,
  fingerprint,
  keyed,
  rebuild,
  withPrint,
  type Counts,
  type GuideProgress,
  type ItemKind,
  type ItemState,
  type SavedItem,
  type StoreData,
  type VanishedItem,
  type WalletEntry,
} from './model.js';
import { holdings, syncWallet, type HeldChoice, type WalletUpdate } from '../wallet/wallet.js';
import { interfaceLanguage, type InterfaceLanguage } from '../i18n/index.js';
import { sanitize } from '../text/sanitize.js';

export { countProgress } from './counts.js';

export interface ItemView {
  kind: ItemKind;
  n: number;
  /** `s3` / `d2`: how the user names it on the command line. */
  ref: string;
  text: string;
  state: ItemState;
  note: string | null;
  changedAt: string | null;
  obtained: string | null;
  /** Documents only: the wallet holds one of this kind (ticked here or in another guide). */
  held: WalletEntry | null;
  /** Documents only: done here, or held in the wallet. */
  ready: boolean;
  /** Documents only: why the held document may not be accepted (too old, expiring, undated). */
  warning: string | null;
}

export interface GuideView {
  steps: ItemView[];
  documents: ItemView[];
  counts: { steps: Counts; documents: Counts };
  /** Saved items that match nothing in the guide any more. */
  orphans: Array<{ kind: ItemKind; item: SavedItem; text: string }>;
  progress: GuideProgress | undefined;
}

/** The text an item is recognised by: a step's markdown, a document's name. */
export function itemTexts(guide: Guide): { steps: string[]; documents: string[] } {
  return { steps: guide.steps.map((s) => s.text), documents: guide.documents.map((d) => d.name) };
}

/**
 * Items with their saved state. With the wallet, a document held for another guide counts as ready
 * here too, and a held document too old for this guide's rule carries a warning.
 */
export function viewProgress(
  guide: Guide,
  progress: GuideProgress | undefined,
  wallet: StoreData['wallet'] = {},
  today: string = new Date().toISOString().slice(0, 10),
  /** The language of the warnings: the interface language, or English for JSON. */
  lang: InterfaceLanguage = interfaceLanguage(),
): GuideView {
  const texts = itemTexts(guide);
  const holding = holdings(guide, wallet, today, lang);
  const make = (kind: ItemKind) => {
    const list = kind === 'step' ? texts.steps : texts.documents;
    const saved = (kind === 'step' ? progress?.steps : progress?.documents) ?? [];
    const alignment = align(saved, list.map(fingerprint), guide.lang);
    const views: ItemView[] = list.map((text, i) => {
      const item = alignment.items[i];
      const state = item?.state ?? 'todo';
      const held = kind === 'document' ? (holding[i]?.held ?? null) : null;
      return {
        kind,
        n: i + 1,
        ref: `${kind === 'step' ? 's' : 'd'}${i + 1}`,
        text,
        state,
        // A note is whatever the user typed or pasted, escape sequences included: views are printed.
        note: item?.note ? sanitize(item.note) : null,
        changedAt: item?.changedAt ?? null,
        obtained: held?.obtained ?? item?.obtained ?? null,
        held,
        ready: state === 'done' || held !== null,
        warning: kind === 'document' ? (holding[i]?.message ?? null) : null,
      };
    });
    const oldTexts = (kind === 'step' ? progress?.texts?.steps : progress?.texts?.documents) ?? [];
    const orphans = alignment.orphans
      .filter((o) => o.state !== 'todo' || o.note)
      .map((item) => ({ kind, item, text: sanitize(oldTexts[item.n - 1] ?? `item ${item.n}`) }));
    const counts = countStates(alignment.items);
    if (kind === 'document') counts.done = views.filter((v) => v.ready).length;
    return { views, counts, orphans };
  };
  const steps = make('step');
  const documents = make('document');
  return {
    steps: steps.views,
    documents: documents.views,
    counts: { steps: steps.counts, documents: documents.counts },
    orphans: [...steps.orphans, ...documents.orphans],
    progress,
  };
}

export interface ItemChange {
  kind: ItemKind;
  /** 0-based index in the guide's current list. */
  index: number;
  state?: ItemState;
  /** A new note; an empty string removes it. */
  note?: string;
  obtained?: string | null;
  /** For a document that accepts several things: which one the user holds. */
  held?: HeldChoice;
}

/**
 * Brings a guide's saved progress in line with the guide as it is now, applying changes. Items that
 * vanished from the guide are moved to `vanished` (once) and returned so the caller can say so.
 */
export function applyChanges(
  data: StoreData,
  guide: Guide,
  changes: readonly ItemChange[],
  now: string,
): VanishedItem[] {
  const texts = itemTexts(guide);
  const existing = data.guides[guide.key];
  const progress: GuideProgress = existing ?? {
    guideId: guide.id,
    lang: guide.lang,
    title: guide.title,
    startedAt: now,
    updatedAt: now,
    steps: [],
    documents: [],
    texts: { steps: [], documents: [] },
    vanished: [],
  };
  const vanished: VanishedItem[] = [];
  const wallet: WalletUpdate[] = [];
  let touched = false;
  for (const kind of ['step', 'document'] as const) {
    const list = kind === 'step' ? texts.steps : texts.documents;
    const saved = kind === 'step' ? progress.steps : progress.documents;
    const oldTexts = (kind === 'step' ? progress.texts?.steps : progress.texts?.documents) ?? [];
    const prints = list.map(fingerprint);
    const alignment = align(saved, prints, guide.lang);
    vanished.push(...vanishedOf(kind, alignment.orphans, oldTexts));
    for (const change of changes.filter((c) => c.kind === kind)) {
      const current: SavedItem = alignment.items[change.index] ?? {
        n: change.index + 1,
        fp: keyed(),
        state: 'todo',
        changedAt: now,
      };
      const next = changedItem(current, change);
      // A state given as it already is (a prompt saves every item it showed) is no change: no new
      // time, no new entry, and the wallet is left as it is.
      const stateChanged = next.state !== current.state;
      // Which document the user holds (a later answer about an "any of" document) is news for the wallet.
      const heldGiven = kind === 'document' && change.held !== undefined;
      if (!stateChanged && !heldGiven && next.note === current.note && next.obtained === current.obtained)
        continue;
      next.changedAt = now;
      next.fp = withPrint(next.fp, guide.lang, prints[change.index]!);
      alignment.items[change.index] = next;
      touched = true;
      if (kind === 'document' && (stateChanged || heldGiven || next.obtained !== current.obtained))
        wallet.push({
          doc: guide.documents[change.index]!,
          index: change.index,
          state: next.state,
          obtained: change.obtained,
          held: change.held,
        });
    }
    const rebuilt = rebuild(alignment, prints, guide.lang);
    if (kind === 'step') progress.steps = rebuilt;
    else progress.documents = rebuilt;
  }
  if (!existing && !touched) return vanished;
  syncWallet(data, guide, wallet, now);
  progress.vanished = [...progress.vanished, ...vanished];
  progress.texts = texts;
  progress.guideId = guide.id;
  progress.lang = guide.lang;
  progress.title = guide.title;
  if (touched) progress.updatedAt = now;
  data.guides[guide.key] = progress;
  return vanished;
}

/** The saved items the guide no longer has, to report once: those the user had done something with. */
function vanishedOf(
  kind: ItemChange['kind'],
  orphans: readonly SavedItem[],
  oldTexts: readonly string[],
): VanishedItem[] {
  return orphans
    .filter((orphan) => orphan.state !== 'todo' || orphan.note)
    .map((orphan) => ({
      kind,
      n: orphan.n,
      state: orphan.state,
      text: oldTexts[orphan.n - 1] ?? `item ${orphan.n}`,
      reported: true,
      ...(orphan.note ? { note: orphan.note } : {}),
    }));
}

/** A saved item with a change's state, note and date: an empty note or date removes it. */
function changedItem(current: SavedItem, change: ItemChange): SavedItem {
  const next: SavedItem = { ...current };
  if (change.state) next.state = change.state;
  if (change.note !== undefined) {
    if (change.note) next.note = change.note;
    else delete next.note;
  }
  if (change.obtained !== undefined) {
    if (change.obtained) next.obtained = change.obtained;
    else delete next.obtained;
  }
  return next;
}

/** The first step that is neither done nor skipped: where a walkthrough resumes. */
export function resumeIndex(view: GuideView): number {
  const index = view.steps.findIndex((s) => s.state === 'todo');
  return index < 0 ? view.steps.length : index;
}

export interface ItemRef {
  kind: ItemKind;
  index: number;
  ref: string;
}

/**
 * Reads item references: `s3`, `d2`, ranges `s1-s3`, comma lists. Unknown or out-of-range ones come
 * back separately so the caller can refuse the whole command and save nothing.
 */
export function parseItemRefs(
  refs: readonly string[],
  guide: Guide,
): { items: ItemRef[]; unknown: string[] } {
  const items: ItemRef[] = [];
  const unknown: string[] = [];
  for (const raw of refs.flatMap((r) => r.split(',')).filter(Boolean)) {
    const match = /^([sd])(\d+)(?:-(?:[sd])?(\d+))?$/i.exec(raw.trim());
    if (!match) {
      unknown.push(raw);
      continue;
    }
    const kind = match[1]!.toLowerCase() === 's' ? 'step' : 'document';
    const count = kind === 'step' ? guide.steps.length : guide.documents.length;
    const from = Number(match[2]);
    const to = match[3] ? Number(match[3]) : from;
    if (from < 1 || to > count || to < from) {
      unknown.push(raw);
      continue;
    }
    for (let n = from; n <= to; n++) {
      if (!items.some((i) => i.kind === kind && i.index === n - 1))
        items.push({ kind, index: n - 1, ref: `${match[1]!.toLowerCase()}${n}` });
    }
  }
  return { items, unknown };
}
