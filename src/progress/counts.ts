import {
  align,
  countStates,
  type Counts,
  type GuideProgress,
  type SavedItem,
  type StoreData,
} from './model.js';

/**
 * Step and document counts from fingerprints alone: listing and status need no parsed guide. A
 * document whose kind the wallet holds counts as ready. Kept apart from the tracker so that
 * listing does not load the document-kind and validity tables.
 */
export function countProgress(
  summary: {
    prints: { steps: readonly string[]; documents: readonly string[] };
    lang: string;
    docKinds: ReadonlyArray<string | null>;
  },
  progress: GuideProgress | undefined,
  wallet: StoreData['wallet'] = {},
): { steps: Counts; documents: Counts; vanished: number } {
  const steps = align(progress?.steps ?? [], summary.prints.steps, summary.lang);
  const documents = align(progress?.documents ?? [], summary.prints.documents, summary.lang);
  const lost = (orphans: SavedItem[]) => orphans.filter((o) => o.state !== 'todo' || o.note).length;
  const documentCounts = countStates(documents.items);
  documentCounts.done = documents.items.filter((item, i) => {
    const kind = summary.docKinds[i];
    return item?.state === 'done' || (kind ? kind in wallet : false);
  }).length;
  return {
    steps: countStates(steps.items),
    documents: documentCounts,
    vanished: lost(steps.orphans) + lost(documents.orphans),
  };
}
