import { fold } from '../text/normalize.js';
import {
  compilePhrases,
  forEachPhraseAt,
  lazyTable,
  type Phrase,
  type PhraseTable,
} from '../vocab/phrase.js';
import { KIND_LANGS, KINDS, type DocumentKind } from './kinds.js';

/*
 * Reading a document kind out of a name. The vocabulary (phrases per language, acronyms) is in
 * src/vocab/kinds.ts, in the phrase syntax of src/vocab/phrase.ts; this module only chooses among
 * the phrases that match.
 */

/** Phrases carry their kind's position in KINDS. */
type KindTable = PhraseTable<number>;

interface Tables {
  byLang: Map<string, KindTable>;
  /** Every language's phrases in one table: one lookup per word instead of fifteen. */
  all: KindTable;
  acronyms: KindTable;
}

/** Compiled once, on the first match: listing never needs it. */
const tables = lazyTable<Tables>(() => {
  const byLang = new Map<string, KindTable>();
  for (const lang of KIND_LANGS) {
    byLang.set(
      lang,
      compilePhrases(
        KINDS.flatMap((kind, order) => (kind.names[lang] ?? []).map((name) => [name, order] as const)),
      ),
    );
  }
  const all = compilePhrases(
    KINDS.flatMap((kind, order) =>
      KIND_LANGS.flatMap((lang) => (kind.names[lang] ?? []).map((n) => [n, order] as const)),
    ),
  );
  const acronyms = compilePhrases(
    KINDS.flatMap((kind, order) => (kind.acronyms ?? []).map((name) => [name, order] as const)),
    { cased: true },
  );
  return { byLang, all, acronyms };
});

/** A single short word: too likely a false friend to try outside its own language. */
function isShort(phrase: Phrase<number>): boolean {
  return phrase.words.length === 1 && phrase.chars < 5;
}

/** A kind found in a name: which, and the tokens it covers (`end` excluded). */
export interface KindHit {
  kind: DocumentKind;
  start: number;
  end: number;
}

interface Hit {
  pattern: Phrase<number>;
  start: number;
}

const kindOf = (hit: Hit): DocumentKind => KINDS[hit.pattern.value]!;

export interface Tokens {
  folded: string[];
  /** The same words with accents stripped but case kept, for acronyms. */
  cased: string[];
}

export function tokenize(name: string): Tokens {
  const cased = name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
  return { cased, folded: cased.map((t) => fold(t)) };
}

function better(a: Phrase<number>, b: Phrase<number> | undefined): boolean {
  if (!b) return true;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.chars !== b.chars) return a.chars > b.chars;
  return a.value < b.value;
}

/**
 * The phrase that starts earliest from `from` on (and at `until` at the latest), the longest of
 * those at that position.
 */
function search(
  tokens: Tokens,
  from: number,
  names: KindTable,
  accept: (p: Phrase<number>) => boolean,
  until = tokens.folded.length - 1,
): Hit | null {
  const { acronyms } = tables();
  let best: Phrase<number> | undefined;
  const consider = (phrase: Phrase<number>): void => {
    if (accept(phrase) && better(phrase, best)) best = phrase;
  };
  for (let start = from; start <= until; start++) {
    forEachPhraseAt(acronyms, tokens, start, consider);
    forEachPhraseAt(names, tokens, start, consider);
    if (best) return { pattern: best, start };
  }
  return null;
}

function langKey(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const key = fold(lang).slice(0, 2);
  return tables().byLang.has(key) ? key : undefined;
}

const end = (hit: Hit): number => hit.start + hit.pattern.words.length;

/**
 * The first kind named from token `from` on. With `lang`, that language's phrases (and the
 * acronyms) are tried first and the others only when none of them match, so a word that means
 * something else in another language (German "Pass", English "pass") does not decide on its own;
 * but a longer phrase of another language that contains the hit wins ("Steuer-ID" in a Spanish
 * guide is the German tax id, not an "ID").
 */
function firstHit(tokens: Tokens, from: number, lang: string | undefined): Hit | null {
  const own = langKey(lang);
  const { all, byLang } = tables();
  if (!own) return search(tokens, from, all, () => true);
  const hit = search(tokens, from, byLang.get(own)!, () => true);
  // Only a foreign phrase starting no later than the hit can contain it.
  const foreign = search(tokens, from, all, (p) => !isShort(p), hit?.start);
  if (!hit) return foreign;
  if (
    foreign &&
    foreign.start <= hit.start &&
    end(foreign) >= end(hit) &&
    end(foreign) - foreign.start > end(hit) - hit.start
  )
    return foreign;
  return hit;
}

/** A hit's kind, or a more specific one it names too ("Tax ID (Steuer-ID)"). */
function refine(tokens: Tokens, hit: Hit): DocumentKind {
  const narrower = kindOf(hit).narrower;
  if (narrower && narrower.length > 0) {
    const wanted = new Set<string>(narrower);
    // Local terms are often quoted in another language ("Tax ID (Steuer-ID)"), so look in all of them.
    const refined = search(tokens, 0, tables().all, (p) => wanted.has(KINDS[p.value]!.id));
    if (refined) return kindOf(refined);
  }
  return kindOf(hit);
}

/** The kind of document a checklist item names and where in its tokens, or null. */
export function matchKindAt(tokens: Tokens, lang?: string): KindHit | null {
  if (tokens.folded.length === 0) return null;
  const hit = firstHit(tokens, 0, lang);
  return hit ? { kind: refine(tokens, hit), start: hit.start, end: end(hit) } : null;
}

/**
 * The kind of document a checklist item names, or null. With `lang`, that language's phrases are
 * tried first (see `firstHit`).
 */
export function matchKind(name: string, lang?: string): DocumentKind | null {
  return matchKindAt(tokenize(name), lang)?.kind ?? null;
}

/** Every kind a text names, left to right, each phrase read once ("voter card (INE), passport or…"). */
export function kindsIn(text: string, lang?: string): KindHit[] {
  const tokens = tokenize(text);
  const hits: KindHit[] = [];
  for (let from = 0; from < tokens.folded.length;) {
    const hit = firstHit(tokens, from, lang);
    if (!hit) break;
    hits.push({ kind: kindOf(hit), start: hit.start, end: end(hit) });
    from = end(hit);
  }
  return hits;
}

/** Every phrase and acronym of every kind, for "did you mean" suggestions. */
export function kindNames(): Array<{ kind: DocumentKind; name: string }> {
  return KINDS.flatMap((kind) => [
    { kind, name: kind.id },
    { kind, name: kind.label.en },
    { kind, name: kind.label.es },
    ...(kind.acronyms ?? []).map((name) => ({ kind, name })),
    ...KIND_LANGS.flatMap((lang) => (kind.names[lang] ?? []).map((name) => ({ kind, name }))),
  ]);
}
