import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import { fold } from '../text/normalize.js';

export const STORE_VERSION = 1;

export type ItemState = 'done' | 'skipped' | 'todo';
export type ItemKind = 'step' | 'document';

export interface SavedItem {
  /** 1-based position when last saved. */
  n: number;
  /** Fingerprint of the item's text per language: translations share progress by position. */
  fp: Record<string, string>;
  state: ItemState;
  note?: string;
  changedAt: string;
  /** For documents: the date the user says they obtained it (YYYY-MM-DD). */
  obtained?: string;
}

export interface VanishedItem {
  kind: ItemKind;
  n: number;
  state: ItemState;
  note?: string;
  /** The item's text when it was last seen, so the user knows what it was. */
  text: string;
  reported: boolean;
}

export interface GuideProgress {
  guideId: string;
  lang: string;
  title: string;
  startedAt: string;
  updatedAt: string;
  steps: SavedItem[];
  documents: SavedItem[];
  /** Item texts when last saved (by position), to describe vanished ones. */
  texts?: { steps: string[]; documents: string[] };
  vanished: VanishedItem[];
}

export interface WalletEntry {
  /** Document kind id, or `custom:<folded name>` for a document that matched no kind. */
  kind: string;
  name: string;
  obtained: string | null;
  addedAt: string;
  /** The guide whose ticked document put it here; unticking it there takes it out again. */
  source?: string;
}

export interface StoreData {
  version: number;
  guides: Record<string, GuideProgress>;
  wallet: Record<string, WalletEntry>;
}

export function emptyStore(): StoreData {
  return { version: STORE_VERSION, guides: {}, wallet: {} };
}

let crypto: typeof Crypto | null = null;

export function fingerprint(text: string): string {
  // node:crypto loads on first use: listing compares stored fingerprints and never hashes.
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  // One-shot hashing: thousands of these run when a large library is indexed.
  return crypto.hash('sha256', fold(text), 'hex').slice(0, 12);
}

const STATES = new Set<ItemState>(['done', 'skipped', 'todo']);

/**
 * Reads whatever is on disk into the current schema. Unknown shapes are dropped item by item rather
 * than failing the whole store: a half-understood store is better than an empty one. Returns null
 * when the data is not a store at all (the caller moves such a file aside).
 */
export function migrate(raw: unknown): StoreData | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const input = raw as Record<string, unknown>;
  const version = typeof input.version === 'number' ? input.version : 0;
  if (version > STORE_VERSION) return null;
  const store = emptyStore();
  const guides =
    input.guides && typeof input.guides === 'object' ? (input.guides as Record<string, unknown>) : {};
  for (const [key, value] of Object.entries(guides)) {
    const g = readGuide(value);
    if (g) store.guides[key] = g;
  }
  const wallet =
    input.wallet && typeof input.wallet === 'object' ? (input.wallet as Record<string, unknown>) : {};
  for (const [id, value] of Object.entries(wallet)) {
    if (!value || typeof value !== 'object') continue;
    const w = value as Record<string, unknown>;
    if (typeof w.name !== 'string' || typeof w.kind !== 'string') continue;
    store.wallet[id] = {
      kind: w.kind,
      name: w.name,
      obtained: typeof w.obtained === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(w.obtained) ? w.obtained : null,
      addedAt: typeof w.addedAt === 'string' ? w.addedAt : new Date(0).toISOString(),
      ...(typeof w.source === 'string' ? { source: w.source } : {}),
    };
  }
  return store;
}

function readGuide(value: unknown): GuideProgress | null {
  if (!value || typeof value !== 'object') return null;
  const g = value as Record<string, unknown>;
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const texts = g.texts && typeof g.texts === 'object' ? (g.texts as Record<string, unknown>) : null;
  const stringArray = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  return {
    guideId: str(g.guideId, ''),
    lang: str(g.lang, 'en'),
    title: str(g.title, ''),
    startedAt: str(g.startedAt, new Date(0).toISOString()),
    updatedAt: str(g.updatedAt, new Date(0).toISOString()),
    steps: readItems(g.steps),
    documents: readItems(g.documents),
    texts: texts
      ? { steps: stringArray(texts.steps), documents: stringArray(texts.documents) }
      : { steps: [], documents: [] },
    vanished: Array.isArray(g.vanished)
      ? g.vanished.flatMap((v) => {
          if (!v || typeof v !== 'object') return [];
          const x = v as Record<string, unknown>;
          if ((x.kind !== 'step' && x.kind !== 'document') || typeof x.n !== 'number') return [];
          return [
            {
              kind: x.kind,
              n: x.n,
              state: STATES.has(x.state as ItemState) ? (x.state as ItemState) : 'todo',
              text: str(x.text, ''),
              reported: x.reported === true,
              ...(typeof x.note === 'string' ? { note: x.note } : {}),
            },
          ];
        })
      : [],
  };
}

function readItems(value: unknown): SavedItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    if (!v || typeof v !== 'object') return [];
    const x = v as Record<string, unknown>;
    if (typeof x.n !== 'number' || !Number.isInteger(x.n) || x.n < 1) return [];
    const fp: Record<string, string> = {};
    if (x.fp && typeof x.fp === 'object') {
      for (const [lang, hash] of Object.entries(x.fp as Record<string, unknown>))
        if (typeof hash === 'string') fp[lang] = hash;
    }
    return [
      {
        n: x.n,
        fp,
        state: STATES.has(x.state as ItemState) ? (x.state as ItemState) : 'todo',
        changedAt: typeof x.changedAt === 'string' ? x.changedAt : new Date(0).toISOString(),
        ...(typeof x.note === 'string' && x.note ? { note: x.note } : {}),
        ...(typeof x.obtained === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x.obtained)
          ? { obtained: x.obtained }
          : {}),
      },
    ];
  });
}

export interface Alignment {
  /** One entry per current item, in order; null where the item has no saved state. */
  items: Array<SavedItem | null>;
  /** Saved entries that match no current item. */
  orphans: SavedItem[];
}

/**
 * Lines saved item states up with a guide's current items, given the items' fingerprints. An item
 * keeps its state when its text is unchanged (same fingerprint, nearest position first), or when it
 * stands where a saved item stood whose text is now nowhere in the guide (an edited item, or a
 * translation of it).
 */
export function align(saved: readonly SavedItem[], prints: readonly string[], lang: string): Alignment {
  const items: Array<SavedItem | null> = prints.map(() => null);
  const used = new Set<SavedItem>();
  prints.forEach((fp, i) => {
    const candidates = saved.filter((s) => !used.has(s) && s.fp[lang] === fp);
    candidates.sort((a, b) => Math.abs(a.n - 1 - i) - Math.abs(b.n - 1 - i));
    const hit = candidates[0];
    if (hit) {
      items[i] = hit;
      used.add(hit);
    }
  });
  const current = new Set(prints);
  items.forEach((item, i) => {
    if (item) return;
    const atPosition = saved.find(
      (s) => !used.has(s) && s.n === i + 1 && !(s.fp[lang] !== undefined && current.has(s.fp[lang]!)),
    );
    if (atPosition) {
      items[i] = atPosition;
      used.add(atPosition);
    }
  });
  return { items, orphans: saved.filter((s) => !used.has(s)) };
}

/** The saved list rewritten against the current items: positions and this language's fingerprints. */
export function rebuild(alignment: Alignment, prints: readonly string[], lang: string): SavedItem[] {
  return alignment.items.flatMap((item, i) => {
    if (!item) return [];
    return [{ ...item, n: i + 1, fp: { ...item.fp, [lang]: prints[i]! } }];
  });
}

export interface Counts {
  done: number;
  skipped: number;
  total: number;
}

export function countStates(items: readonly (SavedItem | null)[]): Counts {
  return {
    done: items.filter((i) => i?.state === 'done').length,
    skipped: items.filter((i) => i?.state === 'skipped').length,
    total: items.length,
  };
}
