import type { Context } from '../context.js';
import type { Guide } from '../guide/model.js';
import { pickTranslation } from '../guide/resolve.js';
import type { Library } from '../library/library.js';
import { guideSummary } from '../render/json.js';

export interface ListOptions {
  json?: boolean;
  topic?: string;
}

/** The guides of one country in the chosen language (one per procedure), or every translation with `--lang all`. */
export function guidesOfCountry(library: Library, country: string, lang: string): Guide[] {
  const chosen: Guide[] = [];
  for (const key of library.keys()) {
    const translations = library.translations(key);
    if (translations[0]!.country !== country) continue;
    if (lang === 'all') chosen.push(...translations);
    else chosen.push(pickTranslation(translations, lang).guide);
  }
  return chosen.sort((a, b) => a.title.localeCompare(b.title, a.lang));
}

export async function run(ctx: Context, country: string | undefined, options: ListOptions): Promise<void> {
  const library = ctx.library();
  if (!country) {
    const countries = library.countries();
    if (options.json) {
      ctx.out(
        JSON.stringify(
          countries.map((c) => ({
            country: c.slug,
            code: c.code,
            name: library.countryLabel(c.slug, ctx.lang),
            guides: c.keys,
            files: c.files,
            languages: c.languages,
          })),
          null,
          2,
        ),
      );
      return;
    }
    const width = Math.max(0, ...countries.map((c) => c.slug.length));
    for (const c of countries) {
      const name = library.countryLabel(c.slug, ctx.lang);
      ctx.out(
        `${c.slug.padEnd(width)}  ${name}: ${c.keys} ${c.keys === 1 ? 'guide' : 'guides'} (${c.languages.join(', ')})`,
      );
    }
    return;
  }
  const slug = library.findCountry(country);
  const guides = guidesOfCountry(library, slug, ctx.lang);
  if (options.json) {
    ctx.out(JSON.stringify(guides.map(guideSummary), null, 2));
    return;
  }
  ctx.out(
    `${library.countryLabel(slug, ctx.lang)}: ${guides.length} ${guides.length === 1 ? 'guide' : 'guides'}`,
  );
  for (const g of guides) {
    ctx.out(
      `  ${g.title}\n    ${g.id}  ·  ${g.steps.length} steps, ${g.documents.length} documents${g.lang !== ctx.lang && ctx.lang !== 'all' ? `  [${g.lang}]` : ''}`,
    );
  }
}
