import type { Context } from '../context.js';
import { TOPICS, topicLabel } from '../guide/topics.js';
import { interfaceLanguage, localize, localizeCount } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

export interface TopicsOptions {
  json?: boolean;
  /** Topics no guide is on too. */
  all?: boolean;
}

export async function run(ctx: Context, options: TopicsOptions): Promise<void> {
  const library = await ctx.library();
  // Procedures, not files: a guide's translations count once.
  const counts = new Map<string, number>();
  for (const key of library.keys()) {
    for (const topic of library.translations(key)[0]!.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const taxonomy = TOPICS.map((t) => ({
    id: t.id,
    label: topicLabel(t.id, ctx.lang),
    en: t.en,
    es: t.es,
    guides: counts.get(t.id) ?? 0,
  }));
  // JSON is the whole taxonomy, counts included; a reader is shown the topics that have guides.
  if (options.json) {
    ctx.out(jsonText(taxonomy, null, 2));
    return;
  }
  const rows = taxonomy.filter((r) => options.all || r.guides > 0);
  const width = Math.max(0, ...rows.map((r) => r.id.length));
  for (const r of rows) {
    const label = topicLabel(r.id, interfaceLanguage());
    ctx.out(
      `${r.id.padEnd(width)}  ${localize('topics.row', { label, guides: localizeCount('noun.guide', r.guides) })}`,
    );
  }
  const hidden = TOPICS.length - rows.length;
  if (hidden > 0) ctx.out(`\n${localizeCount('topics.hidden', hidden)}`);
  ctx.out(`${hidden > 0 ? '' : '\n'}${localize('topics.hint')}`);
}
