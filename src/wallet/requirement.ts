import { fold } from '../text/normalize.js';
import { KIND_LANGS, OR_WORDS, kindById, type DocumentKind, type KindLang } from './kinds.js';
import { kindsIn, matchKindAt, tokenize, type Tokens } from './match.js';
import type { Requirement } from './requirement-key.js';
import { parseValidity } from './validity.js';

export type { Requirement } from './requirement-key.js';

/** Parenthesised glosses ("(tarjeta de residente)", "(talón or comprobante de pago)"). */
const GLOSS = /\([^()]*\)|\[[^[\]]*\]/g;

function orWords(lang: string | undefined): ReadonlySet<string> {
  const key = lang ? fold(lang).slice(0, 2) : '';
  const own = (KIND_LANGS as readonly string[]).includes(key) ? OR_WORDS[key as KindLang] : [];
  // English "or" is read in every language: names often mix in English ("DNI or NIE").
  return new Set([...own, ...OR_WORDS.en]);
}

/**
 * The alternatives of a name: "Passport or national ID card" → two, "DNI, NIE o TIE" → three.
 * Commas separate alternatives only in a name that has an "or" word, so that a list of examples
 * ("recibo de servicios, estado de cuenta") is not read as alternatives; glosses are left out.
 */
function alternatives(name: string, lang: string | undefined): string[][] {
  const main = name.replace(GLOSS, ' ');
  const words = orWords(lang);
  const pieces = main
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/([^\p{L}\p{N}]+)/u);
  const hasOr = pieces.some((p, i) => i % 2 === 0 && words.has(fold(p)));
  if (!hasOr) return [];
  const segments: string[][] = [[]];
  pieces.forEach((piece, i) => {
    const boundary = i % 2 === 0 ? words.has(fold(piece)) : /[,;/]/.test(piece);
    if (boundary) segments.push([]);
    else if (i % 2 === 0 && piece) segments.at(-1)!.push(piece);
  });
  return segments.filter((s) => s.length > 0);
}

function tokensOf(words: readonly string[]): Tokens {
  return tokenize(words.join(' '));
}

/**
 * The kind an alternative names on its own, or with words it shares with a neighbour: "Birth or
 * marriage certificate" is a birth certificate or a marriage certificate, "Acta de matrimonio o de
 * nacimiento" an acta de matrimonio or an acta de nacimiento. The phrase found must use some of the
 * alternative's own words.
 */
function kindOf(
  segments: readonly string[][],
  i: number,
  own: ReadonlyArray<DocumentKind | null>,
  lang: string | undefined,
): DocumentKind | null {
  if (own[i]) return own[i];
  const words = segments[i]!;
  const next = segments[i + 1];
  if (next && own[i + 1]) {
    for (let k = 1; k < next.length; k++) {
      const hit = matchKindAt(tokensOf([...words, ...next.slice(k)]), lang);
      if (hit && hit.start < words.length) return hit.kind;
    }
  }
  const previous = segments[i - 1];
  if (previous && own[i - 1]) {
    for (let k = previous.length - 1; k >= 1; k--) {
      const hit = matchKindAt(tokensOf([...previous.slice(0, k), ...words]), lang);
      if (hit && hit.end > k) return hit.kind;
    }
  }
  return null;
}

/**
 * The documents a kind stands for. A choice ("official photo ID") is the documents of it that the
 * name's glosses and the note name ("voter card (INE), passport or… resident card"), else those it
 * usually means; a kind is itself or any narrower kind (an RFC is a tax number).
 */
function expand(
  kind: DocumentKind,
  mentioned: () => readonly DocumentKind[],
  country: string | undefined,
): string[] {
  if (kind.anyOf) {
    const named = [
      ...new Set(
        mentioned()
          .filter((m) => kind.anyOf!.includes(m.id))
          .map((m) => m.id),
      ),
    ];
    return named.length > 0 ? named : [...(kind.usually ?? kind.anyOf)];
  }
  // A Mexican RFC is a tax number in a Mexican guide, not in a Spanish one.
  const local = (kind.narrower ?? []).filter((id) => {
    const countries = kindById(id)?.countries;
    return !countries || country === undefined || countries.includes(country);
  });
  return [kind.id, ...local];
}

/**
 * What the wallet must hold for a guide document: the kinds any one of which will do, whether
 * something of no known kind also will, and the age rule of its note.
 */
export function readRequirement(
  name: string,
  note: string,
  lang: string | undefined,
  country?: string,
): Requirement {
  const validity = parseValidity(note);
  const rule = validity ? { amount: validity.amount, unit: validity.unit, kind: validity.kind } : null;
  let mentionedCache: DocumentKind[] | null = null;
  const mentioned = () =>
    (mentionedCache ??= [
      ...(name.match(GLOSS) ?? []).flatMap((g) => kindsIn(g, lang)),
      ...kindsIn(note, lang),
    ].map((h) => h.kind));

  const whole = tokenize(name);
  const wholeHit = matchKindAt(whole, lang);
  const words = orWords(lang);
  const segments = whole.folded.some((t) => words.has(t)) ? alternatives(name, lang) : [];
  // One phrase over the "or" ("employment or service contract") is one document.
  const spansOr = wholeHit !== null && spansOrWord(whole, wholeHit.start, wholeHit.end, lang);
  if (segments.length < 2 || spansOr) {
    return wholeHit
      ? { kinds: expand(wholeHit.kind, mentioned, country), other: false, validity: rule }
      : { kinds: [], other: true, validity: rule };
  }
  const own = segments.map((s) => matchKindAt(tokensOf(s), lang)?.kind ?? null);
  const kinds: string[] = [];
  let other = false;
  segments.forEach((_, i) => {
    const kind = kindOf(segments, i, own, lang);
    if (!kind) other = true;
    else for (const id of expand(kind, mentioned, country)) if (!kinds.includes(id)) kinds.push(id);
  });
  return { kinds, other: other || kinds.length === 0, validity: rule };
}

function spansOrWord(tokens: Tokens, start: number, end: number, lang: string | undefined): boolean {
  const words = orWords(lang);
  return tokens.folded.slice(start + 1, end - 1).some((t) => words.has(t));
}

/** A kind by id, for callers holding requirement kinds. */
export function requirementKinds(r: Requirement): DocumentKind[] {
  return r.kinds.flatMap((id) => {
    const kind = kindById(id);
    return kind ? [kind] : [];
  });
}
