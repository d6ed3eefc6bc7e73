import type { Context } from '../context.js';
import { byText, fold } from '../text/normalize.js';
import { UsageError } from '../errors.js';
import { pickTranslation } from '../guide/resolve.js';
import { TOPICS, topicLabel } from '../guide/topics.js';
import type { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import { countProgress } from '../progress/counts.js';
import { guideSummary } from '../render/json.js';
import { styles } from '../render/style.js';
import { topicOption } from './options.js';
import { interfaceLanguage, t, tc } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

export interface ListOptions {
  json?: boolean;
  topic?: string;
}

/** The guides of one country in the chosen language (one per procedure), or every translation with `--lang all`. */
export function guidesOfCountry(library: Library, country: string, lang: string): GuideSummary[] {
  const chosen: GuideSummary[] = [];
  for (const translations of library.procedures(country)) {
    if (lang === 'all') chosen.push(...translations);
    else {
      const picked = pickTranslation(translations, lang).guide;
      // Every guide of the language picked: two files may share a key by mistake (see Library.add).
      if (translations.length === 1) chosen.push(picked);
      else for (const g of translations) if (g.lang === picked.lang) chosen.push(g);
    }
  }
  // Folded titles sort accents with their letters ("Ó" with "O") without loading a collator.
  return chosen.sort((a, b) => byText(fold(a.title), fold(b.title)));
}

export async function runCountries(ctx: Context, options: { json?: boolean }): Promise<void> {
  const library = await ctx.library();
  const countries = library.countries();
  if (options.json) {
    const rows = countries.map((c) => ({
      country: c.slug,
      code: c.code,
      name: library.countryLabel(c.slug, ctx.lang),
      guides: c.keys,
      files: c.files,
      languages: c.languages,
    }));
    ctx.out(jsonText(rows, null, 2));
    return;
  }
  if (countries.length === 0) {
    ctx.out(t('list.noGuides'));
    return;
  }
  const width = Math.max(...countries.map((c) => c.slug.length));
  for (const c of countries) {
    const name = library.countryLabel(c.slug, ctx.lang);
    const row = t('list.countryRow', {
      name,
      guides: tc('noun.guide', c.keys),
      languages: c.languages.join(', '),
    });
    ctx.out(`${c.slug.padEnd(width)}  ${row}`);
  }
  ctx.out(`\n${t('list.seeCountry', { slug: countries[0]!.slug })}`);
}

export async function run(ctx: Context, country: string | undefined, options: ListOptions): Promise<void> {
  if (!country) {
    if (options.topic) throw new UsageError(t('list.topicNeedsCountry'));
    return runCountries(ctx, options);
  }
  const topic = topicOption(options.topic);
  const library = await ctx.library();
  const slug = await library.findCountry(country);
  const guides = guidesOfCountry(library, slug, ctx.lang).filter((g) => !topic || g.topics.includes(topic));
  if (options.json) {
    ctx.out(jsonText((await library.details(guides)).map(guideSummary), null, 2));
    return;
  }
  const { guides: progress, wallet } = ctx.store().read();
  // Progress marks need the guides' fingerprints; a listing without saved progress never reads them.
  const withProgress = await library.details(guides.filter((g) => progress[g.key]));
  const labelLang = ctx.lang === 'all' ? 'en' : ctx.lang;
  const countryName = library.countryLabel(slug, labelLang);
  // One write for the whole listing: a pipe costs a system call per write.
  const lines: string[] = [];
  const chalk = await styles(ctx.isTTY);
  const count = tc('noun.guide', guides.length);
  lines.push(
    chalk.bold(
      topic
        ? t('list.headingTopic', {
            name: countryName,
            guides: count,
            topic: topicLabel(topic, interfaceLanguage()).toLowerCase(),
          })
        : t('list.heading', { name: countryName, guides: count }),
    ),
  );
  if (guides.length === 0) lines.push(t('list.noneOnTopic', { slug }));
  // Each guide stands under its first topic, in the taxonomy's order.
  for (const entry of TOPICS) {
    const group = guides.filter((g) => (topic ?? g.topics[0]) === entry.id);
    if (group.length === 0) continue;
    lines.push('');
    lines.push(chalk.cyan(topicLabel(entry.id, interfaceLanguage())));
    for (const g of group) {
      const saved = progress[g.key];
      let mark = '';
      const detailed = withProgress.find((d) => d === g);
      if (saved && detailed) {
        const { steps, documents } = countProgress(detailed, saved, wallet);
        mark = chalk.green(
          ` ${t('list.progress', {
            steps: steps.done + steps.skipped,
            stepsTotal: steps.total,
            documents: documents.done,
            documentsTotal: documents.total,
          })}`,
        );
      }
      const language = g.lang !== ctx.lang ? chalk.dim(` (${g.lang})`) : '';
      const line = t('list.guideLine', {
        id: g.id,
        steps: tc('noun.step', g.steps),
        documents: tc('noun.document', g.documents),
      });
      // One line per guide, so `grep` and `head` work on the listing.
      lines.push(`  ${g.title}${language}${chalk.dim(` — ${line}`)}${mark}`);
    }
  }
  ctx.out(lines.join('\n'));
}
