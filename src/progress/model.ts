import { lazy } from '../lazy.js';
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

/** A guide of a saved plan, with the words to name it should it leave the library. */
export interface SavedPlanGuide {
  key: string;
  id: string;
  title: string;
}

/** An ordered plan kept by `tramit plan --save NAME`. */
export interface SavedPlan {
  /** In the order to do them. */
  guides: SavedPlanGuide[];
  createdAt: string;
}

export interface StoreData {
  version: number;
  /** By guide key. Null-prototype: a key like `constructor` is a key, not an inherited function. */
  guides: Record<string, GuideProgress>;
  /** By wallet id, null-prototype too. */
  wallet: Record<string, WalletEntry>;
  /** Saved plans by name, null-prototype too. Written only when there is one: older tramits keep it as an unknown key. */
  plans: Record<string, SavedPlan>;
  /** Top-level keys this tramit does not know (written by a newer one, or by hand): kept as they were. */
  extra: Record<string, unknown>;
  /** Entries that failed validation when read, with where they were (see SetAside): kept in the file. */
  setAside: unknown[];
}

/** An entry tramit could not read, kept in the file under "setAside" rather than dropped. */
export interface SetAside {
  /** Where it was: `guides.<key>.steps[2]`, `wallet.<id>`… */
  path: string;
  value: unknown;
  setAsideAt: string;
}

/** An object to key by user data (guide keys, wallet ids, languages): no inherited properties. */
export function keyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function emptyStore(): StoreData {
  return {
    version: STORE_VERSION,
    guides: keyed(),
    wallet: keyed(),
    plans: keyed(),
    extra: keyed(),
    setAside: [],
  };
}

export function fingerprint(text: string): string {
  // node:crypto loads on first use: listing compares stored fingerprints and never hashes.
  // One-shot hashing: thousands of these run when a large library is indexed.
  return lazy.crypto().hash('sha256', fold(text), 'hex').slice(0, 12);
}

/** An item's fingerprint in `lang`: an own key only (a language named `constructor` is a key too). */
export function printOf(item: SavedItem, lang: string): string | undefined {
  return Object.hasOwn(item.fp, lang) ? item.fp[lang] : undefined;
}

/** A fingerprint record with one language's print added or replaced. */
export function withPrint(fp: Record<string, string>, lang: string, print: string): Record<string, string> {
  const next = Object.assign(keyed<string>(), fp);
  next[lang] = print;
  return next;
}

const STATES = new Set<ItemState>(['done', 'skipped', 'todo']);
const EPOCH = new Date(0).toISOString();

export interface ReadStore {
  data: StoreData;
  /** Where the entries this read set aside were (they are also in `data.setAside`). */
  found: string[];
  /** The store's version when a newer tramit wrote it: it is then read-only here. */
  newer: number | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The properties of `value` not in `known`, to carry along untouched. Nearly every entry has none:
 * a store of 600 guides holds ~10,000 items, and making a record for each took a third of a read.
 */
function unknownOf(value: Record<string, unknown>, known: ReadonlySet<string>): Record<string, unknown> {
  let extra: Record<string, unknown> | null = null;
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    // Defined, not assigned: a `__proto__` key stays a key.
    Object.defineProperty((extra ??= {}), key, {
      value: value[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return extra ?? NONE;
}

const ITEM_KEYS = new Set(['n', 'fp', 'state', 'note', 'changedAt', 'obtained']);
const GUIDE_KEYS = new Set([
  'guideId',
  'lang',
  'title',
  'startedAt',
  'updatedAt',
  'steps',
  'documents',
  'texts',
  'vanished',
]);
const VANISHED_KEYS = new Set(['kind', 'n', 'state', 'note', 'text', 'reported']);
const WALLET_KEYS = new Set(['kind', 'name', 'obtained', 'addedAt', 'source']);
const PLAN_KEYS = new Set(['guides', 'createdAt']);
const PLAN_GUIDE_KEYS = new Set(['key', 'id', 'title']);

/**
 * Reads whatever is on disk into the current schema. Nothing is dropped: keys this version does not
 * know are carried along, and an entry that fails validation is set aside (`found`, and kept in
 * `setAside` with where it was) while the rest is read. Returns null when the data is not a store at
 * all (the caller moves such a file aside).
 */
export function migrate(raw: unknown, now: string = new Date().toISOString()): ReadStore | null {
  if (!isRecord(raw)) return null;
  const store = emptyStore();
  const found: SetAside[] = [];
  const aside = (path: string, value: unknown) => void found.push({ path, value, setAsideAt: now });
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'version') continue;
    if (key === 'guides' || key === 'wallet' || key === 'plans') {
      if (!isRecord(value)) {
        aside(key, value);
        continue;
      }
      for (const [id, entry] of Object.entries(value)) {
        if (key === 'guides') {
          const read = readGuide(`guides.${id}`, entry, aside);
          if (read) store.guides[id] = read;
        } else if (key === 'wallet') {
          const read = readWallet(`wallet.${id}`, entry, aside);
          if (read) store.wallet[id] = read;
        } else {
          const read = readPlan(entry);
          if (read) store.plans[id] = read;
          else aside(`plans.${id}`, entry);
        }
      }
    } else if (key === 'setAside') {
      if (Array.isArray(value)) store.setAside.push(...(value as unknown[]));
      else aside(key, value);
    } else {
      store.extra[key] = value;
    }
  }
  store.setAside.push(...found);
  const version = typeof raw.version === 'number' ? raw.version : 0;
  return { data: store, found: found.map((f) => f.path), newer: version > STORE_VERSION ? version : null };
}

type Aside = (path: string, value: unknown) => void;

function readGuide(path: string, value: unknown, aside: Aside): GuideProgress | null {
  if (!isRecord(value)) {
    aside(path, value);
    return null;
  }
  const guide: GuideProgress = {
    ...unknownOf(value, GUIDE_KEYS),
    guideId: '',
    lang: 'en',
    title: '',
    startedAt: EPOCH,
    updatedAt: EPOCH,
    steps: [],
    documents: [],
    texts: { steps: [], documents: [] },
    vanished: [],
  };
  for (const [key, v] of Object.entries(value)) {
    const at = `${path}.${key}`;
    switch (key) {
      case 'guideId':
      case 'lang':
      case 'title':
      case 'startedAt':
      case 'updatedAt':
        if (typeof v === 'string') guide[key] = v;
        else aside(at, v);
        break;
      case 'steps':
      case 'documents':
        if (Array.isArray(v)) guide[key] = readList(at, v, readItem, aside);
        else aside(at, v);
        break;
      case 'vanished':
        if (Array.isArray(v)) guide.vanished = readList(at, v, readVanished, aside);
        else aside(at, v);
        break;
      case 'texts':
        if (
          isRecord(v) &&
          ['steps', 'documents'].every(
            (k) => Array.isArray(v[k]) && (v[k] as unknown[]).every((x) => typeof x === 'string'),
          )
        )
          guide.texts = { ...v, steps: v.steps as string[], documents: v.documents as string[] };
        else aside(at, v);
        break;
    }
  }
  return guide;
}

function readList<T>(path: string, list: unknown[], read: (value: unknown) => T | null, aside: Aside): T[] {
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const item = read(list[i]);
    if (item === null) aside(`${path}[${i}]`, list[i]);
    else out.push(item);
  }
  return out;
}

/** Whether every property of a record is a string (no array of them made to find out). */
function allText(record: Record<string, unknown>): boolean {
  for (const key in record) if (typeof record[key] !== 'string') return false;
  return true;
}

/** A saved step or document, or null when any of its fields is not what tramit writes. */
function readItem(value: unknown): SavedItem | null {
  if (!isRecord(value)) return null;
  const { n, fp, state, note, changedAt, obtained } = value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return null;
  if (state !== undefined && !STATES.has(state as ItemState)) return null;
  if (fp !== undefined && !(isRecord(fp) && allText(fp))) return null;
  if (changedAt !== undefined && typeof changedAt !== 'string') return null;
  if (note !== undefined && typeof note !== 'string') return null;
  if (obtained !== undefined && !isDay(obtained)) return null;
  const extra = unknownOf(value, ITEM_KEYS);
  // The fingerprints as parsed: a copy without a prototype for each of ~10,000 items took a third
  // of reading a large store. Their languages are read with `printOf`, which sees own keys only.
  const prints = (fp ?? keyed<string>()) as Record<string, string>;
  // Nearly every item has no unknown key: a plain literal is much cheaper than a spread of none.
  const item: SavedItem =
    extra === NONE
      ? { n, fp: prints, state: (state as ItemState | undefined) ?? 'todo', changedAt: changedAt ?? EPOCH }
      : {
          ...extra,
          n,
          fp: prints,
          state: (state as ItemState | undefined) ?? 'todo',
          changedAt: changedAt ?? EPOCH,
        };
  if (note) item.note = note;
  if (obtained) item.obtained = obtained;
  return item;
}

function readVanished(value: unknown): VanishedItem | null {
  if (!isRecord(value)) return null;
  const { kind, n, state, note, text, reported } = value;
  if ((kind !== 'step' && kind !== 'document') || typeof n !== 'number') return null;
  if (state !== undefined && !STATES.has(state as ItemState)) return null;
  if (note !== undefined && typeof note !== 'string') return null;
  if (text !== undefined && typeof text !== 'string') return null;
  if (reported !== undefined && typeof reported !== 'boolean') return null;
  return {
    ...unknownOf(value, VANISHED_KEYS),
    kind,
    n,
    state: (state as ItemState | undefined) ?? 'todo',
    text: text ?? '',
    reported: reported ?? false,
    ...(note !== undefined ? { note } : {}),
  };
}

function readWallet(path: string, value: unknown, aside: Aside): WalletEntry | null {
  const entry = isRecord(value) ? value : null;
  const valid =
    entry !== null &&
    typeof entry.name === 'string' &&
    typeof entry.kind === 'string' &&
    (entry.obtained === undefined || entry.obtained === null || isDay(entry.obtained)) &&
    (entry.addedAt === undefined || typeof entry.addedAt === 'string') &&
    (entry.source === undefined || typeof entry.source === 'string');
  if (!valid) {
    aside(path, value);
    return null;
  }
  return {
    ...unknownOf(entry, WALLET_KEYS),
    kind: entry.kind as string,
    name: entry.name as string,
    obtained: (entry.obtained as string | null | undefined) ?? null,
    addedAt: (entry.addedAt as string | undefined) ?? EPOCH,
    ...(entry.source !== undefined ? { source: entry.source as string } : {}),
  };
}

/** A saved plan, or null when it is not one tramit wrote (its guides must each have a key). */
function readPlan(value: unknown): SavedPlan | null {
  if (!isRecord(value) || !Array.isArray(value.guides)) return null;
  const guides: SavedPlanGuide[] = [];
  for (const item of value.guides) {
    if (!isRecord(item) || typeof item.key !== 'string' || item.key === '') return null;
    guides.push({
      ...unknownOf(item, PLAN_GUIDE_KEYS),
      key: item.key,
      id: typeof item.id === 'string' ? item.id : item.key,
      title: typeof item.title === 'string' ? item.title : '',
    });
  }
  return {
    ...unknownOf(value, PLAN_KEYS),
    guides,
    createdAt: typeof value.createdAt === 'string' ? value.createdAt : EPOCH,
  };
}

/** The store as written: known keys first, then the unknown ones and what was set aside. */
export function serialize(data: StoreData): string {
  return JSON.stringify(
    {
      version: STORE_VERSION,
      guides: data.guides,
      wallet: data.wallet,
      ...(Object.keys(data.plans).length > 0 ? { plans: data.plans } : {}),
      ...data.extra,
      ...(data.setAside.length > 0 ? { setAside: data.setAside } : {}),
    },
    null,
    '\t',
  );
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
    const candidates = saved.filter((s) => !used.has(s) && printOf(s, lang) === fp);
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
    const atPosition = saved.find((s) => {
      const print = printOf(s, lang);
      return !used.has(s) && s.n === i + 1 && !(print !== undefined && current.has(print));
    });
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
    return [{ ...item, n: i + 1, fp: withPrint(item.fp, lang, prints[i]!) }];
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
