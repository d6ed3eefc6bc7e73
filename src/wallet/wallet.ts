import type { DocumentItem, Guide } from '../guide/model.js';
import type { StoreData, WalletEntry } from '../progress/model.js';
import { foldKey } from '../text/normalize.js';
import { sanitize } from '../text/sanitize.js';
import { kindById, kindLabel, matchKind } from './kinds.js';
import { addValidity, parseValidity, validityLabel, type Validity } from './validity.js';
import { interfaceLanguage, tl, type InterfaceLanguage } from '../i18n/index.js';

/** Days before a document stops being acceptable when tramit starts warning. */
export const EXPIRY_WARNING_DAYS = 14;

/**
 * The wallet id of a guide's document: its kind when it has one (shared by every guide), else a
 * kind of its own within that guide.
 */
export function walletIdOf(doc: Pick<DocumentItem, 'name'>, guide: Pick<Guide, 'key' | 'lang'>): string {
  return matchKind(doc.name, guide.lang)?.id ?? `custom:${guide.key}:${foldKey(doc.name)}`;
}

/** A held document's name for people: its kind's name, else the name the user gave it (made safe to print). */
export function walletLabel(id: string, entry: WalletEntry | undefined, lang: string): string {
  const kind = kindById(id);
  return kind ? kindLabel(kind, lang) : sanitize(entry?.name ?? id.split(':').pop()!.replace(/_/g, ' '));
}

export type ExpiryStatus = 'expired' | 'soon' | 'ok' | 'undated';

export interface Expiry {
  status: ExpiryStatus;
  /** The last day the document is accepted (YYYY-MM-DD), when known. */
  until: string | null;
  validity: Validity;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a held document still satisfies a guide's rule ("dated within the last three months"). */
export function expiryOf(entry: WalletEntry, note: string, today: string): Expiry | null {
  const validity = parseValidity(note);
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
  if (expiry.status === 'undated') return tl(lang, 'expiry.undated', { name, span, key: walletKey(entry) });
  if (expiry.status === 'ok') return null;
  const values = { name, span, date: entry.obtained ?? '', until: expiry.until ?? '' };
  const validFor = expiry.validity.kind === 'valid_for';
  if (expiry.status === 'expired')
    return tl(lang, validFor ? 'expiry.expiredValidFor' : 'expiry.expiredMaxAge', values);
  const days = daysBetween(today, expiry.until!);
  const when =
    days === 0
      ? tl(lang, 'expiry.today')
      : tl(lang, days === 1 ? 'expiry.onDate.one' : 'expiry.onDate.other', {
          count: days,
          until: expiry.until!,
        });
  return tl(lang, validFor ? 'expiry.soonValidFor' : 'expiry.soonMaxAge', { ...values, when });
}

function walletKey(entry: WalletEntry): string {
  return entry.kind.startsWith('custom:') ? `"${entry.name}"` : entry.kind;
}

export interface DocumentHolding {
  walletId: string;
  held: WalletEntry | null;
  expiry: Expiry | null;
  message: string | null;
}

/**
 * For each document of a guide: whether the wallet holds it, and whether it is still acceptable (said
 * in `lang`: the interface language, or English for JSON).
 */
export function holdings(
  guide: Guide,
  wallet: StoreData['wallet'],
  today: string,
  lang: InterfaceLanguage = interfaceLanguage(),
): DocumentHolding[] {
  return guide.documents.map((doc) => {
    const walletId = walletIdOf(doc, guide);
    const held = wallet[walletId] ?? null;
    const expiry = held ? expiryOf(held, doc.note, today) : null;
    const message =
      held && expiry ? expiryMessage(walletLabel(walletId, held, lang), held, expiry, today, lang) : null;
    return { walletId, held, expiry, message };
  });
}

export interface WalletUpdate {
  doc: DocumentItem;
  state: 'done' | 'skipped' | 'todo';
  obtained?: string | null | undefined;
}

/**
 * Keeps the wallet in step with ticking: a document marked done enters the wallet (with its date
 * when given); one unticked leaves it again, but only if it entered by being ticked in this guide.
 */
export function syncWallet(
  data: StoreData,
  guide: Guide,
  updates: readonly WalletUpdate[],
  now: string,
): void {
  for (const { doc, state, obtained } of updates) {
    const id = walletIdOf(doc, guide);
    const entry = data.wallet[id];
    if (state === 'done') {
      data.wallet[id] = entry
        ? { ...entry, kind: id, obtained: obtained ?? entry.obtained }
        : { kind: id, name: doc.name, obtained: obtained ?? null, addedAt: now, source: guide.key };
    } else if (state === 'todo' && entry?.source === guide.key) {
      delete data.wallet[id];
    }
  }
}
