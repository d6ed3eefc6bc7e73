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
  /** Phrases by the first two letters of their first word, when it is a stem. */
  byPrefix: Map<string, Phrase<V>[]>;
  cased: boolean;
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

function push<V>(map: Map<string, Phrase<V>[]>, key: string, phrase: Phrase<V>): void {
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
  const table: PhraseTable<V> = { byWord: new Map(), byPrefix: new Map(), cased, size: 0 };
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
    if (first.form === 'stem') push(table.byPrefix, first.text.slice(0, 2), phrase);
    else push(table.byWord, first.text, phrase);
  }
  return table;
}

/** Compiles on first use: most commands never match a phrase, and start-up stays short. */
export function lazyTable<T>(build: () => T): () => T {
  let table: T | undefined;
  return () => (table ??= build());
}

function wordMatches(token: string, word: Word): boolean {
  if (word.form === 'stem') return token.startsWith(word.text);
  if (token === word.text) return true;
  return (
    word.form === 'plural' &&
    word.text.length >= MIN_PLURAL_STEM &&
    PLURALS.some(
      (suffix) => token.length === word.text.length + suffix.length && token === word.text + suffix,
    )
  );
}

/** The phrases whose first word could be this token, before their other words are checked. */
function candidates<V>(table: PhraseTable<V>, token: string): Phrase<V>[] {
  const out: Phrase<V>[] = [];
  const add = (list: Phrase<V>[] | undefined): void => {
    if (list) for (const p of list) out.push(p);
  };
  add(table.byWord.get(token));
  if (!table.cased) {
    for (const suffix of PLURALS) {
      if (token.endsWith(suffix) && token.length - suffix.length >= MIN_PLURAL_STEM)
        add(table.byWord.get(token.slice(0, -suffix.length)));
    }
    if (table.byPrefix.size > 0) {
      add(table.byPrefix.get(token.slice(0, 2)));
      if (token.length > 1) add(table.byPrefix.get(token.slice(0, 1)));
    }
  }
  return out;
}

/** Every phrase of the table that matches the tokens from position `at`. */
export function phrasesAt<V>(table: PhraseTable<V>, tokens: Tokens, at: number): Phrase<V>[] {
  const words = table.cased ? (tokens.cased ?? tokens.folded) : tokens.folded;
  const token = words[at];
  if (token === undefined) return [];
  return candidates(table, token).filter(
    (phrase) =>
      phrase.words.length <= words.length - at &&
      phrase.words.every((word, k) => wordMatches(words[at + k]!, word)),
  );
}

/** Every match of the table's phrases in the tokens, left to right. */
export function phraseHits<V>(table: PhraseTable<V>, tokens: Tokens): PhraseHit<V>[] {
  const hits: PhraseHit<V>[] = [];
  for (let at = 0; at < tokens.folded.length; at++) {
    for (const phrase of phrasesAt(table, tokens, at))
      hits.push({ phrase, start: at, end: at + phrase.words.length });
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
