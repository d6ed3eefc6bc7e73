import {
  align,
  countStates,
  type Counts,
  type GuideProgress,
  type SavedItem,
  type StoreData,
} from './model.js';
import { decodeRequirement, satisfies } from '../wallet/requirement-key.js';

/**
 * Step and document counts from fingerprints alone: listing and status need no parsed guide. A
 * document the wallet holds something for counts as ready (`docKinds` are the documents'
 * requirements, see wallet/requirement-key.ts). Kept apart from the tracker so that listing does
 * not load the document-kind and validity tables.
 */
export function countProgress(
  summary: {
    fingerprints: { steps: readonly string[]; documents: readonly string[] };
    lang: string;
    docKinds: ReadonlyArray<string | null>;
  },
  progress: GuideProgress | undefined,
  wallet: StoreData['wallet'] = {},
): { steps: Counts; documents: Counts; vanished: number } {
  const steps = align(progress?.steps ?? [], summary.fingerprints.steps, summary.lang);
  const documents = align(progress?.documents ?? [], summary.fingerprints.documents, summary.lang);
  const lost = (orphans: SavedItem[]) => orphans.filter((o) => o.state !== 'todo' || o.note).length;
  const documentCounts = countStates(documents.items);
  const held = Object.keys(wallet);
  documentCounts.done = documents.items.filter((item, i) => {
    if (item?.state === 'done') return true;
    const key = summary.docKinds[i];
    if (!key || held.length === 0) return false;
    const r = decodeRequirement(key);
    // Documents of no known kind are not named in the index: only ticking them here counts.
    return held.some((id) => satisfies(id, r, ''));
  }).length;
  return {
    steps: countStates(steps.items),
    documents: documentCounts,
    vanished: lost(steps.orphans) + lost(documents.orphans),
  };
}
