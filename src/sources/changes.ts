import { align, fingerprint, type ItemKind, type SavedItem } from '../progress/model.js';
import { byText } from '../text/normalize.js';

/** One step or document that an update added, removed or reworded, with the user's progress on it. */
export interface ItemEdit {
  kind: ItemKind;
  change: 'added' | 'removed' | 'reworded';
  /** Its position: in the new guide, or in the old one for a removed item. */
  n: number;
  text: string;
  /** A reworded item's text before. */
  was?: string;
  /** What the user had made of it: the state a reworded item keeps, the one a removed item had. */
  state: 'done' | 'skipped' | null;
}

/**
 * What changed between two versions of a guide's steps (or documents), matched the way saved
 * progress is (progress/model.ts, `align`): an item whose text is unchanged anywhere in the list is
 * the same item; an item standing where an item stood whose text is gone is that item reworded (and
 * keeps its state); the rest were added or removed. `kept` counts the unchanged items that carry
 * progress (done or skipped).
 */
export function diffItems(
  kind: ItemKind,
  before: readonly string[],
  after: readonly string[],
  saved: readonly SavedItem[],
  lang: string,
): { changes: ItemEdit[]; kept: number } {
  const beforePrints = before.map(fingerprint);
  const afterPrints = after.map(fingerprint);
  const matched: Array<number | null> = after.map(() => null);
  const used = new Set<number>();
  afterPrints.forEach((fp, i) => {
    let best: number | null = null;
    beforePrints.forEach((old, j) => {
      if (old !== fp || used.has(j)) return;
      if (best === null || Math.abs(j - i) < Math.abs(best - i)) best = j;
    });
    if (best !== null) {
      matched[i] = best;
      used.add(best);
    }
  });
  const stateOf = (item: SavedItem | null | undefined) => (item && item.state !== 'todo' ? item.state : null);
  const now = align(saved, afterPrints, lang).items;
  const then = align(saved, beforePrints, lang).items;
  const changes: ItemEdit[] = [];
  let kept = 0;
  after.forEach((text, i) => {
    if (matched[i] !== null) {
      if (stateOf(now[i])) kept++;
      return;
    }
    if (i < before.length && !used.has(i)) {
      used.add(i);
      changes.push({ kind, change: 'reworded', n: i + 1, text, was: before[i]!, state: stateOf(now[i]) });
    } else changes.push({ kind, change: 'added', n: i + 1, text, state: stateOf(now[i]) });
  });
  before.forEach((text, j) => {
    if (!used.has(j)) changes.push({ kind, change: 'removed', n: j + 1, text, state: stateOf(then[j]) });
  });
  return { changes, kept };
}

/** A procedure as the update report names it: one translation per key. */
export interface GuideEntry {
  key: string;
  id: string;
  country: string;
  title: string;
  lang: string;
}

/** The procedures (by key) an update added and removed, by country, then title. */
export function guidesChanged<G extends GuideEntry>(
  before: readonly G[],
  after: readonly G[],
): { added: G[]; removed: G[] } {
  const order = (a: G, b: G) => byText(a.country, b.country) || byText(a.title, b.title);
  const beforeKeys = new Set(before.map((g) => g.key));
  const afterKeys = new Set(after.map((g) => g.key));
  return {
    added: after.filter((g) => !beforeKeys.has(g.key)).sort(order),
    removed: before.filter((g) => !afterKeys.has(g.key)).sort(order),
  };
}
