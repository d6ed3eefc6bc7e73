import { STOP_WORD_LISTS } from '../vocab/stopwords.js';
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries(STOP_WORD_LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

const LISTS_OF_ALL = Object.values(STOP_WORDS);

/** Whether a folded word is a stop word in `lang`, or when no language is given, in any of them. */
export function isStopWord(term: string, lang?: string): boolean {
  if (lang !== undefined) return STOP_WORDS[lang]?.has(term) ?? false;
  return LISTS_OF_ALL.some((words) => words.has(term));
}
