import { UsageError } from '../errors.js';
import { findTopic, TOPICS, type TopicId } from '../guide/topics.js';
import { localize } from '../i18n/index.js';

/** `--topic` for list and search: a topic id or label; unknown ones name the choices. */
export function topicOption(input: string | undefined): TopicId | undefined {
  if (input === undefined) return undefined;
  const topic = findTopic(input);
  if (!topic)
    throw new UsageError(localize('topics.unknown', { topic: input }), [
      localize('topics.unknownHint', { topics: TOPICS.map((entry) => entry.id).join(', ') }),
    ]);
  return topic;
}
