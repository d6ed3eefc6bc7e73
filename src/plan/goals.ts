/*
 * What a person moving somewhere may want to do, as data: the document kinds they end up needing
 * (one guide that gives each is picked in the chosen country) and the topics whose guides are part
 * of it. `tramit plan` asks for goals in a terminal and takes them with `--goal`.
 */

import { GOALS } from '../vocab/goals.js';

export { GOALS };

export interface Goal {
  id: string;
  /** Also accepted on the command line (`--goal freelance`). */
  aliases: readonly string[];
  label: { en: string; es: string };
  /** Kinds the goal needs, in the order the plan takes them; a broad kind stands for its local ones (tax number → RFC). */
  kinds: readonly string[];
  /** Topics (guide/topics.ts) whose guides of the country all belong to the goal. */
  topics: readonly string[];
}

function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

/** A goal by id, alias or label in English or Spanish, any case or accents; null when none. */
export function findGoal(input: string): Goal | null {
  const wanted = foldWord(input);
  return (
    GOALS.find(
      (g) =>
        g.id === wanted ||
        g.aliases.some((a) => foldWord(a) === wanted) ||
        foldWord(g.label.en) === wanted ||
        foldWord(g.label.es) === wanted,
    ) ?? null
  );
}

export function goalLabel(goal: Goal, lang: string): string {
  return lang === 'es' ? goal.label.es : goal.label.en;
}
