import type { ValidityKind, ValidityUnit } from './validity.js';

/*
 * What a guide's document asks of the wallet, small enough to keep in the library index for every
 * document of every guide: listing and `status` count held documents and warn about old ones from
 * it, without parsing guides or loading the kind and validity tables (see requirement.ts).
 */

/** A validity rule read from a document's note ("dated within the last three months"). */
export interface ValidityRule {
  amount: number;
  unit: ValidityUnit;
  kind: ValidityKind;
}

export interface Requirement {
  /** The kinds any one of which satisfies the document, as the guide names them; empty: none known. */
  kinds: string[];
  /** The guide also accepts something of no known kind ("or proof of cohabitation"). */
  other: boolean;
  validity: ValidityRule | null;
}

export const NO_REQUIREMENT: Requirement = { kinds: [], other: true, validity: null };

const OTHER = '*';
const UNITS = new Set<string>(['days', 'weeks', 'months', 'years']);
const RULES = new Set<string>(['max_age', 'valid_for']);

/**
 * `passport`, `national_id|passport|residence_card`, `marriage_certificate|*` (or something else),
 * `proof_of_address@max_age:3:months`; null for a document of no known kind and no rule.
 */
export function encodeRequirement(r: Requirement): string | null {
  const kinds = r.kinds.length > 0 ? [...r.kinds, ...(r.other ? [OTHER] : [])].join('|') : '';
  const rule = r.validity ? `@${r.validity.kind}:${r.validity.amount}:${r.validity.unit}` : '';
  return kinds || rule ? kinds + rule : null;
}

/** Reads `encodeRequirement`'s text; anything it cannot read is a document of no known kind. */
export function decodeRequirement(key: string | null | undefined): Requirement {
  if (!key) return NO_REQUIREMENT;
  const [kindPart = '', rulePart] = key.split('@');
  const parts = kindPart.split('|').filter(Boolean);
  const kinds = parts.filter((p) => p !== OTHER);
  let validity: ValidityRule | null = null;
  if (rulePart) {
    const [kind, amount, unit] = rulePart.split(':');
    if (kind && RULES.has(kind) && unit && UNITS.has(unit) && Number(amount) > 0)
      validity = { kind: kind as ValidityKind, amount: Number(amount), unit: unit as ValidityUnit };
  }
  return { kinds, other: kinds.length === 0 || parts.includes(OTHER), validity };
}

const ANY_PREFIX = 'any:';

/**
 * The wallet id for "one of these, not said which": what ticking a document that accepts several
 * kinds records when the user does not say which one they hold.
 */
export function anyOfId(members: readonly string[]): string {
  return ANY_PREFIX + members.join('+');
}

/** The kinds a wallet entry may be: its own kind, or each member of an `any:` entry. */
export function entryKinds(id: string): string[] {
  return id.startsWith(ANY_PREFIX) ? id.slice(ANY_PREFIX.length).split('+') : [id];
}

/**
 * Whether holding wallet entry `id` satisfies a document: whatever the entry is, the document
 * accepts it. So a passport satisfies "passport or national ID card", and "one of voter card,
 * passport or resident card" satisfies "official photo ID" but never "your previous voter card".
 * `customId` is the document's own id when it is of no known kind (or also accepts another thing).
 */
export function satisfies(id: string, r: Requirement, customId: string): boolean {
  return entryKinds(id).every((k) => k === customId || r.kinds.includes(k));
}

/** The wallet ids that satisfy a document, in the wallet's order. */
export function heldIds(
  wallet: Readonly<Record<string, unknown>>,
  r: Requirement,
  customId: string,
): string[] {
  return Object.keys(wallet).filter((id) => satisfies(id, r, customId));
}
