import { GOALS } from '../vocab/goals.js';

// The goals themselves are data (src/vocab/goals.ts); callers find them here beside their logic.
export { GOALS };

/** What a person moving somewhere may want to do (see src/vocab/goals.ts). */
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
