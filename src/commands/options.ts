import { UsageError } from '../errors.js';
import { findTopic, TOPICS, type TopicId } from '../guide/topics.js';

/** `--topic` for list and search: a topic id or label; unknown ones name the choices. */
export function topicOption(input: string | undefined): TopicId | undefined {
  if (input === undefined) return undefined;
  const topic = findTopic(input);
  if (!topic)
    throw new UsageError(`unknown topic "${input}"`, [
      `topics: ${TOPICS.map((t) => t.id).join(', ')} (see \`tramit topics\`)`,
    ]);
  return topic;
}
