import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { cacheDir } from '../context.js';
import { searchIndex, searchGuides } from '../search/search.js';
import { topicOption } from './options.js';
import { localize, localizeCount } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

export interface SearchOptions {
  country?: string;
  topic?: string;
  json?: boolean;
  limit?: string;
}

/** Longer than any title or phrase worth typing; past it, a query only costs time. */
export const MAX_QUERY = 200;

export async function run(ctx: Context, words: string[], options: SearchOptions): Promise<void> {
  let query = words.join(' ').trim();
  if (!query) throw new UsageError(localize('search.noWords'));
  const characters = Array.from(query);
  if (characters.length > MAX_QUERY) {
    query = characters.slice(0, MAX_QUERY).join('').trim();
    ctx.warn(localizeCount('search.queryCut', MAX_QUERY));
  }
  const topic = topicOption(options.topic);
  const library = await ctx.library();
  const country = options.country ? await library.findCountry(options.country) : undefined;
  const limit = options.limit === undefined ? 10 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new UsageError(localize('search.badLimit', { value: String(options.limit) }));
  const index = await searchIndex(library, cacheDir(ctx.env));
  // `--lang X` keeps the procedures written in X; without it, each is shown in the user's language
  // when it has it; `--lang all` shows every translation.
  const every = ctx.options.lang === 'all';
  const lang = ctx.options.lang && !every ? ctx.lang : undefined;
  const hits = searchGuides(
    index,
    query,
    { lang, country, topic },
    { prefer: every ? undefined : ctx.lang, every, countries: library.countryNames(), limit },
  );
  if (options.json) {
    ctx.out(jsonText(hits, null, 2));
    return;
  }
  if (hits.length === 0) {
    ctx.out(localize('search.noMatch', { query }));
    ctx.out(localize('search.noMatchHint'));
    return;
  }
  hits.forEach((hit, i) => {
    ctx.out(`${String(i + 1).padStart(2)}. ${hit.title}`);
    ctx.out(`    ${hit.id} · ${library.countryLabel(hit.country, ctx.lang)} · ${hit.lang}`);
  });
}
