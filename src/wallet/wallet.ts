import type { DocumentItem, Guide } from '../guide/model.js';
import type { StoreData, WalletEntry } from '../progress/model.js';
import { foldKey } from '../text/normalize.js';
import { sanitize } from '../text/sanitize.js';
import { kindById, kindLabel } from './kinds.js';
import { readRequirement } from './requirement.js';
import {
  anyOfId,
  decodeRequirement,
  entryKinds,
  satisfies,
  type Requirement,
  type ValidityRule,
} from './requirement-key.js';
import { addValidity, validityLabel } from './validity.js';
import { interfaceLanguage, localizeIn, type InterfaceLanguage } from '../i18n/index.js';

/** Days before a document stops being acceptable when tramit starts warning. */
export const EXPIRY_WARNING_DAYS = 14;

/** The wallet id of a guide document of no known kind: a kind of its own within that guide. */
export function customIdOf(doc: Pick<DocumentItem, 'name'>, guide: Pick<Guide, 'key'>): string {
  return `custom:${guide.key}:${foldKey(doc.name)}`;
}

const requirements = new WeakMap<Guide, Requirement[]>();

/**
 * Gives a guide the requirements its library index already holds (`GuideSummary.docKinds`), so
 * that showing it with a full wallet reads no name and no note again.
 */
export function primeRequirements(guide: Guide, keys: ReadonlyArray<string | null>): void {
  if (keys.length === guide.documents.length) requirements.set(guide, keys.map(decodeRequirement));
}

/** What each of a guide's documents asks of the wallet (see requirement.ts). */
export function requirementsOf(guide: Guide): Requirement[] {
  let list = requirements.get(guide);
  if (!list) {
    list = guide.documents.map((d) => readRequirement(d.name, d.note, guide.lang, guide.country));
    requirements.set(guide, list);
  }
  return list;
}

function labelIn(id: string, lang: string): string {
  const kind = kindById(id);
  return kind ? kindLabel(kind, lang) : id;
}

/** "National ID card, Passport or Residence card, visa or permit", in `lang`. */
function oneOf(ids: readonly string[], lang: string): string {
  const labels = ids.filter((id) => !id.startsWith('custom:')).map((id) => labelIn(id, lang));
  const language = lang.toLowerCase().startsWith('es') ? 'es' : 'en';
  if (labels.length < 2) return labels[0] ?? '';
  return localizeIn(language, 'wallet.oneOfList', {
    list: labels.slice(0, -1).join(', '),
    last: labels.at(-1)!,
  });
}

/** How a wallet entry is named in `lang`: its kind's label, the user's own name (made safe to print), or its choices. */
export function walletLabel(id: string, entry: WalletEntry | undefined, lang: string): string {
  const kind = kindById(id);
  if (kind) return kindLabel(kind, lang);
  const members = entryKinds(id);
  // "One of these documents: …", unless one of them has no kind: then only the guide's words say it.
  if (members.length > 1 && !members.some((m) => m.startsWith('custom:'))) {
    const language = lang.toLowerCase().startsWith('es') ? 'es' : 'en';
    return localizeIn(language, 'wallet.oneOf', { choices: oneOf(members, lang) });
  }
  // The name the user gave it is printed, so it is made safe like guide text.
  return sanitize(entry?.name ?? id.split(':').pop()!.replace(/_/g, ' '));
}

export type ExpiryStatus = 'expired' | 'soon' | 'ok' | 'undated';

export interface Expiry {
  status: ExpiryStatus;
  /** The last day the document is accepted (YYYY-MM-DD), when known. */
  until: string | null;
  validity: ValidityRule;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a held document still satisfies a guide's rule ("dated within the last three months"). */
export function expiryOf(entry: WalletEntry, validity: ValidityRule | null, today: string): Expiry | null {
  if (!validity) return null;
  if (!entry.obtained) return { status: 'undated', until: null, validity };
  const until = addValidity(entry.obtained, validity);
  const left = daysBetween(today, until);
  return { status: left < 0 ? 'expired' : left <= EXPIRY_WARNING_DAYS ? 'soon' : 'ok', until, validity };
}

/**
 * One line a person reads: "proof of address: obtained 2026-08-01, older than the 3 months this guide
 * accepts since 2026-11-01". `label` is the document's name in `lang`, the language of the line.
 */
export function expiryMessage(
  label: string,
  entry: WalletEntry,
  expiry: Expiry,
  today: string,
  lang: InterfaceLanguage = interfaceLanguage(),
): string | null {
  const span = validityLabel(expiry.validity, lang);
  const name = label.charAt(0).toLowerCase() + label.slice(1);
  if (expiry.status === 'undated')
    return localizeIn(lang, 'expiry.undated', { name, span, key: walletKey(entry) });
  if (expiry.status === 'ok') return null;
  const values = { name, span, date: entry.obtained ?? '', until: expiry.until ?? '' };
  const validFor = expiry.validity.kind === 'valid_for';
  if (expiry.status === 'expired')
    return localizeIn(lang, validFor ? 'expiry.expiredValidFor' : 'expiry.expiredMaxAge', values);
  const days = daysBetween(today, expiry.until!);
  const when =
    days === 0
      ? localizeIn(lang, 'expiry.today')
      : localizeIn(lang, days === 1 ? 'expiry.onDate.one' : 'expiry.onDate.other', {
          count: days,
          until: expiry.until!,
        });
  return localizeIn(lang, validFor ? 'expiry.soonValidFor' : 'expiry.soonMaxAge', { ...values, when });
}

function walletKey(entry: WalletEntry): string {
  return entry.kind.startsWith('custom:') || entry.kind.startsWith('any:') ? `"${entry.name}"` : entry.kind;
}

const STATUS_RANK: Record<ExpiryStatus | 'none', number> = {
  none: 0,
  ok: 0,
  soon: 1,
  undated: 2,
  expired: 3,
};

export interface Held {
  id: string;
  entry: WalletEntry;
  expiry: Expiry | null;
}

/**
 * The wallet entry that satisfies a document (see `satisfies`): when several do, one still
 * accepted, and a document the user named before one they did not say which it was.
 */
export function heldFor(
  r: Requirement,
  customId: string,
  wallet: StoreData['wallet'],
  today: string,
): Held | null {
  let best: Held | null = null;
  let bestScore = Infinity;
  for (const [id, entry] of Object.entries(wallet)) {
    if (!satisfies(id, r, customId)) continue;
    const expiry = expiryOf(entry, r.validity, today);
    const score = STATUS_RANK[expiry?.status ?? 'none'] * 2 + (entryKinds(id).length > 1 ? 1 : 0);
    if (score < bestScore) {
      best = { id, entry, expiry };
      bestScore = score;
    }
  }
  return best;
}

export interface DocumentHolding {
  walletId: string | null;
  held: WalletEntry | null;
  expiry: Expiry | null;
  message: string | null;
}

/**
 * For each document of a guide: whether the wallet holds something it accepts, and whether that is
 * still acceptable (said in `lang`: the interface language, or English for JSON).
 */
export function holdings(
  guide: Guide,
  wallet: StoreData['wallet'],
  today: string,
  lang: InterfaceLanguage = interfaceLanguage(),
): DocumentHolding[] {
  if (Object.keys(wallet).length === 0)
    return guide.documents.map(() => ({ walletId: null, held: null, expiry: null, message: null }));
  const list = requirementsOf(guide);
  return guide.documents.map((doc, i) => {
    const found = heldFor(list[i]!, customIdOf(doc, guide), wallet, today);
    if (!found) return { walletId: null, held: null, expiry: null, message: null };
    const { id, entry, expiry } = found;
    // A document of the guide's own is named as this guide (this translation) names it.
    const own = entryKinds(id).some((k) => k.startsWith('custom:'));
    const label = own ? doc.name : walletLabel(id, entry, lang);
    const message = expiry ? expiryMessage(label, entry, expiry, today, lang) : null;
    return { walletId: id, held: entry, expiry, message };
  });
}

/**
 * The age warnings of a guide's documents from its index entry alone (`docKinds`), for `status`:
 * no guide file is read. Documents of no known kind are left out, as the index does not name them.
 */
export function summaryWarnings(
  docKinds: ReadonlyArray<string | null>,
  wallet: StoreData['wallet'],
  today: string,
  lang: InterfaceLanguage,
): string[] {
  if (Object.keys(wallet).length === 0) return [];
  return docKinds.flatMap((key) => {
    const r = decodeRequirement(key);
    if (!r.validity || r.kinds.length === 0) return [];
    const found = heldFor(r, '', wallet, today);
    if (!found?.expiry) return [];
    const message = expiryMessage(
      walletLabel(found.id, found.entry, lang),
      found.entry,
      found.expiry,
      today,
      lang,
    );
    return message ? [message] : [];
  });
}

/** What the user says they hold for a document that accepts several things. */
export type HeldChoice =
  /** One of the document's kinds. */
  | { kind: string }
  /** The thing of no known kind the guide also accepts. */
  | { other: true }
  /** Not said. */
  | { unknown: true };

/** Whether ticking a document should ask which of several things the user holds. */
export function asksWhich(r: Requirement): boolean {
  return r.kinds.length > 1 || (r.kinds.length === 1 && r.other);
}

/**
 * Whether the date a document was obtained matters: a guide has an age rule for it, or it is of a
 * kind offices date (a proof of address). An email address or a signed letter has no such date.
 */
export function needsDate(r: Requirement, heldId: string | null): boolean {
  if (r.validity) return true;
  return heldId !== null && entryKinds(heldId).some((id) => kindById(id)?.dated === true);
}

export interface WalletUpdate {
  doc: DocumentItem;
  index: number;
  state: 'done' | 'skipped' | 'todo';
  obtained?: string | null | undefined;
  held?: HeldChoice | undefined;
}

/** The wallet id ticking a document records, given what the user says they hold. */
export function tickedId(r: Requirement, customId: string, choice: HeldChoice | undefined): string {
  if (r.kinds.length === 0) return customId;
  if (choice && 'kind' in choice && r.kinds.includes(choice.kind)) return choice.kind;
  if (choice && 'other' in choice && r.other) return customId;
  if (!asksWhich(r)) return r.kinds[0]!;
  return anyOfId(r.other ? [...r.kinds, customId] : r.kinds);
}

/**
 * Keeps the wallet in step with ticking: a document marked done enters the wallet as what the user
 * holds (with its date when given), unless the wallet already holds something it accepts and the
 * user did not say otherwise; one unticked leaves it again, but only what entered by being ticked
 * in this guide.
 */
export function syncWallet(
  data: StoreData,
  guide: Guide,
  updates: readonly WalletUpdate[],
  now: string,
): void {
  for (const { doc, index, state, obtained, held } of updates) {
    const r = requirementsOf(guide)[index]!;
    const customId = customIdOf(doc, guide);
    if (state === 'done') {
      // Told which one now: the "one of these" this guide recorded before gives way to it.
      let carried: string | null = null;
      if (held && !('unknown' in held)) {
        for (const id of Object.keys(data.wallet)) {
          const open = data.wallet[id]!;
          if (!id.startsWith('any:') || open.source !== guide.key || !satisfies(id, r, customId)) continue;
          carried ??= open.obtained;
          delete data.wallet[id];
        }
      }
      const already = Object.keys(data.wallet).find((id) => satisfies(id, r, customId));
      const id = held === undefined && already !== undefined ? already : tickedId(r, customId, held);
      const entry = data.wallet[id];
      const kind = kindById(id);
      // Spread first: fields this tramit does not know round-trip untouched.
      data.wallet[id] = {
        ...entry,
        kind: id,
        // A document chosen among several is named as itself, not as the guide's wider wording.
        name: entry?.name ?? (kind && asksWhich(r) ? kindLabel(kind, guide.lang) : doc.name),
        obtained: obtained ?? entry?.obtained ?? carried,
        addedAt: entry?.addedAt ?? now,
        ...(entry ? {} : { source: guide.key }),
      };
    } else if (state === 'todo') {
      for (const id of Object.keys(data.wallet)) {
        if (data.wallet[id]!.source === guide.key && satisfies(id, r, customId)) delete data.wallet[id];
      }
    }
  }
}
