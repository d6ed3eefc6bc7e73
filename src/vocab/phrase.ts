import { fold } from '../text/normalize.js';

/*
 * The one phrase syntax of tramit's vocabulary tables (src/vocab/: section headings, front-matter
 * keys, topic keywords, document kinds, what a title says it gives), and the matcher that reads it.
 *
 *   A phrase is words separated by spaces. Tables may write it with accents and capitals: it is
 *   folded like the text it is compared with (`fold`: lower case, no accents, punctuation as
 *   spaces). It matches where its words are consecutive words of the text, each word by its form:
 *
 *     word    that word, or its simple plural (+s, +es, +n, +en) when it has four letters or more:
 *             "certificado" matches "certificados"; irregular plurals are listed as phrases
 *     word*   any word that starts with it, a stem: "pasaport*" matches "pasaportes", and
 *             "osobn* iskaznic*" matches "osobne iskaznice" in languages that inflect every word
 *     WORD    a word with no lower-case letter is an acronym: that word only ("SAT" is not "Saturday")
 *
 *   A table compiled with `cased` compares its words as written with the text's own spelling
 *   (accents stripped, case kept): acronyms that are ordinary words in lower case ("nie", "tie").
 *
 * Tables say which phrase wins when several match (the longest, the first listed…): that choice
 * belongs to each reader (sections.ts, infer-topics.ts, match.ts), the grammar is only here.
 */

type Form = 'plural' | 'stem' | 'exact';

interface Word {
  text: string;
  form: Form;
}

export interface Phrase<V> {
  value: V;
  words: readonly Word[];
  /** Length of the folded phrase, spaces included: the more specific of two overlapping phrases. */
  chars: number;
  /** Position in the table, for ties. */
  order: number;
}

export interface PhraseTable<V> {
  /** Phrases by their first word, when it is a whole word (plural or exact form). */
  byWord: Map<string, Phrase<V>[]>;
  /** Phrases by the first two letters of their first word (see `head`), when it is a stem. */
  byPrefix: Map<number, Phrase<V>[]>;
  /** The heads of first words that take a plural: only tokens with one of them are de-pluralized. */
  pluralHeads: Set<number>;
  cased: boolean;
  /** Some stem has a single letter: tokens are also looked up by their first letter. */
  shortStems: boolean;
  size: number;
}

/** The words of a text as the matcher reads them. */
export interface Tokens {
  folded: readonly string[];
  /** The same words with accents stripped but case kept, for `cased` tables. */
  cased?: readonly string[];
}

export interface PhraseHit<V> {
  phrase: Phrase<V>;
  start: number;
  /** The token after the phrase's last word. */
  end: number;
}

const PLURALS = ['s', 'es', 'n', 'en'] as const;
const MIN_PLURAL_STEM = 4;

function parseWord(raw: string, cased: boolean): Word | null {
  if (cased) return raw === '' ? null : { text: raw, form: 'exact' };
  const stem = raw.endsWith('*');
  const body = stem ? raw.slice(0, -1) : raw;
  const text = fold(body);
  if (text === '') return null;
  if (stem) return { text, form: 'stem' };
  return { text, form: /\p{Ll}/u.test(body) ? 'plural' : 'exact' };
}

/** A phrase's words; a table's folding can split one written word in two ("qu'est" → "qu est"). */
function parsePhrase(raw: string, cased: boolean): Word[] {
  const words: Word[] = [];
  for (const part of raw.trim().split(/\s+/)) {
    const word = parseWord(part, cased);
    if (!word) continue;
    const pieces = word.text.split(' ');
    pieces.forEach((text, i) => words.push({ text, form: i < pieces.length - 1 ? 'exact' : word.form }));
  }
  return words;
}

/** A word's first two letters as a number: lookups that allocate no string. */
function head(word: string): number {
  return word.length > 1 ? word.charCodeAt(0) * 65536 + word.charCodeAt(1) : word.charCodeAt(0);
}

function push<K, V>(map: Map<K, Phrase<V>[]>, key: K, phrase: Phrase<V>): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/**
 * Compiles a table of (phrase, value) pairs once; a phrase listed twice for one value (a word
 * shared by two languages) counts once.
 */
export function compilePhrases<V>(
  entries: Iterable<readonly [string, V]>,
  options: { cased?: boolean } = {},
): PhraseTable<V> {
  const cased = options.cased ?? false;
  const table: PhraseTable<V> = {
    byWord: new Map(),
    byPrefix: new Map(),
    pluralHeads: new Set(),
    cased,
    shortStems: false,
    size: 0,
  };
  const seen = new Set<string>();
  for (const [raw, value] of entries) {
    const words = parsePhrase(raw, cased);
    const first = words[0];
    if (!first) continue;
    const id = `${words.map((w) => `${w.text}/${w.form}`).join(' ')}|${String(value)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const chars = words.reduce((n, w) => n + w.text.length, words.length - 1);
    const phrase: Phrase<V> = { value, words, chars, order: table.size++ };
    if (first.form === 'stem') {
      push(table.byPrefix, head(first.text), phrase);
      if (first.text.length < 2) table.shortStems = true;
    } else {
      push(table.byWord, first.text, phrase);
      if (first.form === 'plural' && first.text.length >= MIN_PLURAL_STEM)
        table.pluralHeads.add(head(first.text));
    }
  }
  return table;
}

/** Compiles on first use: most commands never match a phrase, and start-up stays short. */
export function lazyTable<T>(build: () => T): () => T {
  let table: T | undefined;
  return () => (table ??= build());
}

function wordMatches(token: string, word: Word): boolean {
  const text = word.text;
  if (word.form === 'stem') return token.startsWith(text);
  if (token === text) return true;
  if (word.form === 'exact' || text.length < MIN_PLURAL_STEM) return false;
  // +s, +n, +es, +en, read by character codes: this runs for every candidate of every word.
  const extra = token.length - text.length;
  if ((extra !== 1 && extra !== 2) || !token.startsWith(text)) return false;
  const last = token.charCodeAt(token.length - 1);
  const endsWell = last === 115 /* s */ || last === 110; /* n */
  return extra === 1 ? endsWell : endsWell && token.charCodeAt(text.length) === 101; /* e */
}

function visitList<V>(
  list: readonly Phrase<V>[] | undefined,
  words: readonly string[],
  at: number,
  visit: (phrase: Phrase<V>) => void,
): void {
  if (!list) return;
  const room = words.length - at;
  for (const phrase of list) {
    if (phrase.words.length > room) continue;
    let k = 0;
    while (k < phrase.words.length && wordMatches(words[at + k]!, phrase.words[k]!)) k++;
    if (k === phrase.words.length) visit(phrase);
  }
}

/** Calls `visit` with every phrase of the table that matches the tokens from position `at`. */
export function forEachPhraseAt<V>(
  table: PhraseTable<V>,
  tokens: Tokens,
  at: number,
  visit: (phrase: Phrase<V>) => void,
): void {
  const words = table.cased ? (tokens.cased ?? tokens.folded) : tokens.folded;
  const token = words[at];
  if (token === undefined) return;
  visitList(table.byWord.get(token), words, at, visit);
  if (table.cased) return;
  const first = head(token);
  // The forms a token could be the plural of, so that phrases are found by their first word.
  if (token.length > MIN_PLURAL_STEM && table.pluralHeads.has(first)) {
    for (const suffix of PLURALS) {
      if (token.endsWith(suffix) && token.length - suffix.length >= MIN_PLURAL_STEM)
        visitList(table.byWord.get(token.slice(0, -suffix.length)), words, at, visit);
    }
  }
  if (table.byPrefix.size > 0) {
    visitList(table.byPrefix.get(first), words, at, visit);
    if (table.shortStems && token.length > 1)
      visitList(table.byPrefix.get(token.charCodeAt(0)), words, at, visit);
  }
}

/** Every phrase of the table that matches the tokens from position `at`. */
export function phrasesAt<V>(table: PhraseTable<V>, tokens: Tokens, at: number): Phrase<V>[] {
  const found: Phrase<V>[] = [];
  forEachPhraseAt(table, tokens, at, (phrase) => found.push(phrase));
  return found;
}

/** Every match of the table's phrases in the tokens, left to right. */
export function phraseHits<V>(table: PhraseTable<V>, tokens: Tokens): PhraseHit<V>[] {
  const hits: PhraseHit<V>[] = [];
  for (let at = 0; at < tokens.folded.length; at++) {
    forEachPhraseAt(table, tokens, at, (phrase) =>
      hits.push({ phrase, start: at, end: at + phrase.words.length }),
    );
  }
  return hits;
}

/** The phrase that is the whole text, word for word (a front-matter key), or null. */
export function wholeMatch<V>(table: PhraseTable<V>, tokens: Tokens): Phrase<V> | null {
  const length = tokens.folded.length;
  return phrasesAt(table, tokens, 0).find((p) => p.words.length === length) ?? null;
}

/** A text's folded words, as phrases are compared with them. */
export function foldedTokens(text: string): Tokens {
  const folded = fold(text);
  return { folded: folded === '' ? [] : folded.split(' ') };
}
