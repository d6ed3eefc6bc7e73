import type { Context } from '../context.js';
import { TOPICS, topicLabel } from '../guide/topics.js';
import { interfaceLanguage, t, tc } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

export async function run(ctx: Context, options: { json?: boolean }): Promise<void> {
  const library = await ctx.library();
  const counts = new Map<string, number>();
  for (const key of library.keys()) {
    for (const topic of library.translations(key)[0]!.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const rows = TOPICS.map((t) => ({
    id: t.id,
    label: topicLabel(t.id, ctx.lang),
    en: t.en,
    es: t.es,
    guides: counts.get(t.id) ?? 0,
  }));
  if (options.json) {
    ctx.out(jsonText(rows, null, 2));
    return;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) {
    const label = topicLabel(r.id, interfaceLanguage());
    ctx.out(`${r.id.padEnd(width)}  ${t('topics.row', { label, guides: tc('noun.guide', r.guides) })}`);
  }
  ctx.out(`\n${t('topics.hint')}`);
}
