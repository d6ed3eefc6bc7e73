import { fold } from '../text/normalize.js';

import { TOPICS, type TopicId } from '../vocab/topics.js';

export { TOPICS, type TopicId } from '../vocab/topics.js';

const IDS = new Set<string>(TOPICS.map((t) => t.id));

export function isTopicId(value: string): value is TopicId {
  return IDS.has(value);
}

/** A topic given by id or by its English or Spanish label, any case or accents, or a unique prefix. */
export function findTopic(input: string): TopicId | null {
  const wanted = fold(input);
  if (!wanted) return null;
  const exact = TOPICS.find((t) => [t.id, t.en, t.es].some((name) => fold(name) === wanted));
  if (exact) return exact.id;
  const prefixed = TOPICS.filter((t) =>
    [t.id, t.en, t.es].some((name) =>
      fold(name)
        .split(' ')
        .some((word) => word.startsWith(wanted)),
    ),
  );
  return prefixed.length === 1 ? prefixed[0]!.id : null;
}

export function topicLabel(id: string, lang: string): string {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) return id;
  return lang === 'es' ? topic.es : topic.en;
}
