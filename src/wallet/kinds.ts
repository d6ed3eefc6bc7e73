import { GUIDE_LANGUAGES } from '../library/languages.js';
import { KIND_TABLE } from '../vocab/kinds.js';

export { OR_WORDS } from '../vocab/kinds.js';

/** The languages the name patterns cover: the community format's 15. */
export const KIND_LANGS = GUIDE_LANGUAGES;
export type KindLang = (typeof KIND_LANGS)[number];

export type KindId = (typeof KIND_TABLE)[number]['id'];

export interface DocumentKind {
  readonly id: KindId;
  readonly label: { readonly en: string; readonly es: string };
  /** Guide country slugs where the kind exists; absent for kinds found everywhere. */
  readonly countries?: readonly string[];
  /** Matched case-sensitively as whole words in a name of any language. */
  readonly acronyms?: readonly string[];
  /**
   * More specific kinds that win when a name mentions both ("Tax ID (Steuer-ID)"), and that satisfy
   * a document asking for this kind (an RFC is a tax number).
   */
  readonly narrower?: readonly KindId[];
  /**
   * For a kind that is a choice, not a document ("official photo ID"): the documents that can be
   * it, when the guide names them ("voter card, passport or resident card")…
   */
  readonly anyOf?: readonly KindId[];
  /** …and those it means when the guide does not say. */
  readonly usually?: readonly KindId[];
  /** Offices look at when it was issued (a proof of address from the last three months). */
  readonly dated?: boolean;
  /** Folded name phrases per language. */
  readonly names: { readonly [L in KindLang]?: readonly string[] };
}

export const KINDS: readonly DocumentKind[] = KIND_TABLE;

const BY_ID = new Map<string, DocumentKind>(KINDS.map((k) => [k.id, k]));

export function kindById(id: string): DocumentKind | null {
  return BY_ID.get(id) ?? null;
}

/** The Spanish label for Spanish, the English one for every other language. */
export function kindLabel(kind: DocumentKind, lang?: string): string {
  return lang?.toLowerCase().startsWith('es') ? kind.label.es : kind.label.en;
}
