import { fold } from '../text/normalize.js';
import { KIND_LANGS, KINDS, type DocumentKind } from './kinds.js';

/*
 * Reading a document kind out of a name. The vocabulary (phrases per language, acronyms) is in
 * kinds.ts; this module only indexes and searches it.
 */

interface Pattern {
  kind: DocumentKind;
  order: number;
  words: readonly string[];
  chars: number;
  /** A single short word: too likely a false friend to try outside its own language. */
  short: boolean;
}

const PLURALS = ['s', 'es', 'n', 'en'] as const;
const MIN_STEM = 4;

function wordMatches(token: string, word: string): boolean {
  if (token === word) return true;
  return word.length >= MIN_STEM && PLURALS.some((suffix) => token === word + suffix);
}

/** The forms a token could be a plural of, so phrases can be looked up by their first word. */
function stems(token: string): string[] {
  const out = [token];
  for (const suffix of PLURALS) {
    if (token.endsWith(suffix) && token.length - suffix.length >= MIN_STEM)
      out.push(token.slice(0, -suffix.length));
  }
  return out;
}

type Index = Map<string, Pattern[]>;

function addTo(index: Index, key: string, pattern: Pattern): void {
  const list = index.get(key);
  if (list) list.push(pattern);
  else index.set(key, [pattern]);
}

const PHRASES_BY_LANG = new Map<string, Index>();
/** Every language's phrases in one index: one lookup per word instead of fifteen. */
const ALL_PHRASES: Index = new Map();
const ACRONYMS: Index = new Map();
let allPhrases: Index[] = [];
let indexed = false;

/** Indexes every phrase by its first word, once, on the first match: listing never needs it. */
function ensureIndex(): void {
  if (indexed) return;
  indexed = true;

  KINDS.forEach((kind, order) => {
    for (const lang of KIND_LANGS) {
      for (const phrase of kind.names[lang] ?? []) {
        const words = phrase.split(' ');
        const pattern: Pattern = {
          kind,
          order,
          words,
          chars: phrase.length,
          short: words.length === 1 && phrase.length < 5,
        };
        let index = PHRASES_BY_LANG.get(lang);
        if (!index) PHRASES_BY_LANG.set(lang, (index = new Map()));
        addTo(index, words[0]!, pattern);
        addTo(ALL_PHRASES, words[0]!, pattern);
      }
    }
    for (const acronym of kind.acronyms ?? []) {
      addTo(ACRONYMS, acronym, { kind, order, words: [acronym], chars: acronym.length, short: false });
    }
  });
  allPhrases = [ALL_PHRASES];
}

/** A kind found in a name: which, and the tokens it covers (`end` excluded). */
export interface KindHit {
  kind: DocumentKind;
  start: number;
  end: number;
}

interface Hit {
  pattern: Pattern;
  start: number;
}

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

function better(a: Pattern, b: Pattern | undefined): boolean {
  if (!b) return true;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  if (a.chars !== b.chars) return a.chars > b.chars;
  return a.order < b.order;
}

/**
 * The phrase that starts earliest from `from` on (and at `until` at the latest), the longest of
 * those at that position.
 */
function search(
  tokens: Tokens,
  from: number,
  indexes: readonly Index[],
  accept: (p: Pattern) => boolean,
  until = tokens.folded.length - 1,
): Hit | null {
  const { folded, cased } = tokens;
  for (let start = from; start <= until; start++) {
    let best: Pattern | undefined;
    const candidates: Pattern[] = [...(ACRONYMS.get(cased[start]!) ?? [])];
    for (const index of indexes) {
      for (const stem of stems(folded[start]!)) candidates.push(...(index.get(stem) ?? []));
    }
    for (const pattern of candidates) {
      if (!accept(pattern) || !better(pattern, best)) continue;
      if (pattern.words.length > folded.length - start) continue;
      // The first word (or the acronym) already matched through the index lookup.
      if (pattern.words.every((word, k) => k === 0 || wordMatches(folded[start + k]!, word))) best = pattern;
    }
    if (best) return { pattern: best, start };
  }
  return null;
}

function langKey(lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const key = fold(lang).slice(0, 2);
  return PHRASES_BY_LANG.has(key) ? key : undefined;
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
  if (!own) return search(tokens, from, allPhrases, () => true);
  const hit = search(tokens, from, [PHRASES_BY_LANG.get(own)!], () => true);
  // Only a foreign phrase starting no later than the hit can contain it.
  const foreign = search(tokens, from, allPhrases, (p) => !p.short, hit?.start);
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
  const narrower = hit.pattern.kind.narrower;
  if (narrower && narrower.length > 0) {
    const wanted = new Set<string>(narrower);
    // Local terms are often quoted in another language ("Tax ID (Steuer-ID)"), so look in all of them.
    const refined = search(tokens, 0, allPhrases, (p) => wanted.has(p.kind.id));
    if (refined) return refined.pattern.kind;
  }
  return hit.pattern.kind;
}

/** The kind of document a checklist item names and where in its tokens, or null. */
export function matchKindAt(tokens: Tokens, lang?: string): KindHit | null {
  ensureIndex();
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
  ensureIndex();
  const tokens = tokenize(text);
  const hits: KindHit[] = [];
  for (let from = 0; from < tokens.folded.length;) {
    const hit = firstHit(tokens, from, lang);
    if (!hit) break;
    hits.push({ kind: hit.pattern.kind, start: hit.start, end: end(hit) });
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
