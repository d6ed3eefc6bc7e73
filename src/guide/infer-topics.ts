import { TOPIC_KEYWORDS } from '../vocab/topic-keywords.js';
import { compilePhrases, foldedTokens, forEachPhraseAt, lazyTable } from '../vocab/phrase.js';
import { TOPICS } from './topics.js';
import type { TopicId } from './topics.js';

export { TOPIC_KEYWORDS } from '../vocab/topic-keywords.js';

/*
 * Topic inference for community guides, which carry no `topics:` of their own: the keywords of
 * src/vocab/topic-keywords.ts, found in the title, slug and description.
 */

/** Title words say what a guide is about; slugs mostly repeat them; descriptions wander. */
const TITLE_WEIGHT = 3;
const SLUG_WEIGHT = 2;
const DESCRIPTION_WEIGHT = 1;
const MAX_TOPICS = 3;
/** A secondary topic must score at least this share of the best one to be worth showing. */
const MIN_SHARE_OF_BEST = 0.5;

interface Hit {
  first: number;
  last: number;
  length: number;
  topic: TopicId;
}

const keywords = lazyTable(() =>
  compilePhrases(
    Object.entries(TOPIC_KEYWORDS).flatMap(([topic, byLanguage]) =>
      Object.values(byLanguage)
        .flat()
        .map((entry) => [entry, topic as TopicId] as const),
    ),
  ),
);

/** Topic hits in one field, after overlapping hits are settled in favour of the longest entry. */
function hitsIn(text: string): Hit[] {
  const tokens = foldedTokens(text);
  const found: Hit[] = [];
  for (let at = 0; at < tokens.folded.length; at++) {
    forEachPhraseAt(keywords(), tokens, at, (phrase) =>
      found.push({
        first: at,
        last: at + phrase.words.length - 1,
        length: phrase.chars,
        topic: phrase.value,
      }),
    );
  }
  found.sort((a, b) => b.length - a.length || a.first - b.first);
  const kept: Hit[] = [];
  for (const hit of found) {
    if (kept.every((k) => hit.last < k.first || hit.first > k.last)) kept.push(hit);
  }
  return kept;
}

const TAXONOMY_ORDER = new Map<TopicId, number>(TOPICS.map((t, i) => [t.id, i]));

/**
 * The likely topics of a guide from its title, description and slug, best first: at most three,
 * each scoring at least half of the best. Never empty: a guide with no recognisable word gets
 * `legal`, the catch-all, because every guide must sit under some topic to be browsable.
 */
export function inferTopics(input: { title: string; description?: string; slug?: string }): TopicId[] {
  const score = new Map<TopicId, number>();
  const titleScore = new Map<TopicId, number>();
  const add = (text: string | undefined, weight: number, into: Map<TopicId, number>[]): void => {
    if (!text) return;
    for (const hit of hitsIn(text)) {
      for (const map of into) map.set(hit.topic, (map.get(hit.topic) ?? 0) + weight);
    }
  };
  add(input.title, TITLE_WEIGHT, [score, titleScore]);
  add(input.slug, SLUG_WEIGHT, [score]);
  add(input.description, DESCRIPTION_WEIGHT, [score]);

  const best = Math.max(0, ...score.values());
  if (best === 0) return ['legal'];
  return (
    [...score.entries()]
      .filter(([, s]) => s >= best * MIN_SHARE_OF_BEST)
      // Ties go to the topic the title names, then to taxonomy order, which keeps `legal` last.
      .sort(
        ([a, sa], [b, sb]) =>
          sb - sa ||
          (titleScore.get(b) ?? 0) - (titleScore.get(a) ?? 0) ||
          (TAXONOMY_ORDER.get(a) ?? 0) - (TAXONOMY_ORDER.get(b) ?? 0),
      )
      .slice(0, MAX_TOPICS)
      .map(([topic]) => topic)
  );
}
