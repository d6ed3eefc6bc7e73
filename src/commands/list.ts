import type { Context } from '../context.js';
import { byText, fold } from '../text/normalize.js';
import { pickTranslation } from '../guide/resolve.js';
import { TOPICS, topicLabel } from '../guide/topics.js';
import type { Library } from '../library/library.js';
import type { DetailedSummary, GuideSummary } from '../library/summary.js';
import { countProgress } from '../progress/counts.js';
import type { GuideProgress, StoreData } from '../progress/model.js';
import { guideSummary } from '../render/json.js';
import { styles, type Styles } from '../render/style.js';
import { wrap, wrapWords } from '../text/wrap.js';
import { topicOption } from './options.js';
import { interfaceLanguage, localize, localizeCount } from '../i18n/index.js';
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
    ctx.out(localize('list.noGuides'));
    return;
  }
  const width = Math.max(...countries.map((c) => c.slug.length));
  for (const c of countries) {
    const name = library.countryLabel(c.slug, ctx.lang);
    // A guide is a procedure, whatever the number of its translations: `--lang all` says both.
    const row = localize(ctx.lang === 'all' ? 'list.countryRowAll' : 'list.countryRow', {
      name,
      guides: localizeCount('noun.guide', c.keys),
      translations: localizeCount('noun.translation', c.files),
      languages: c.languages.join(', '),
    });
    // A terminal gets long rows (many languages) wrapped under the name, not cut at its edge.
    ctx.out(
      ctx.columns === null
        ? `${c.slug.padEnd(width)}  ${row}`
        : wrap(row, ctx.columns, `${c.slug.padEnd(width)}  `, ' '.repeat(width + 2)).join('\n'),
    );
  }
  ctx.out(`\n${localize('list.seeCountry', { slug: countries[0]!.slug })}`);
}

export async function run(ctx: Context, country: string | undefined, options: ListOptions): Promise<void> {
  const topic = topicOption(options.topic);
  if (!country && !topic) return runCountries(ctx, options);
  const library = await ctx.library();
  const slug = country ? await library.findCountry(country) : null;
  const labelLang = ctx.lang === 'all' ? interfaceLanguage() : ctx.lang;
  // Every country, by its name in the reader's language (Alemania before Colombia).
  const countries = slug
    ? [slug]
    : library
        .countries()
        .map((c) => c.slug)
        .sort((a, b) =>
          byText(fold(library.countryLabel(a, labelLang)), fold(library.countryLabel(b, labelLang))),
        );
  const groups = countries.map((c) => ({
    country: c,
    guides: guidesOfCountry(library, c, ctx.lang).filter((g) => !topic || g.topics.includes(topic)),
  }));
  const guides = groups.flatMap((g) => g.guides);
  if (options.json) {
    ctx.out(jsonText((await library.details(guides)).map(guideSummary), null, 2));
    return;
  }
  const { guides: progress, wallet } = ctx.store().read();
  // Progress marks need the guides' fingerprints; a listing without saved progress never reads them.
  const tracked = new Map<GuideSummary, DetailedSummary>(
    (await library.details(guides.filter((g) => progress[g.key]))).map((g) => [g, g]),
  );
  const chalk = await styles(ctx.isTTY);
  // Procedures, not files: with `--lang all` a procedure's translations are listed but counted once.
  const procedures = new Set(guides.map((g) => g.key)).size;
  const counted = {
    guides: localizeCount('noun.guide', procedures),
    translations: localizeCount('noun.translation', guides.length),
    countries: localizeCount('noun.country', groups.filter((g) => g.guides.length > 0).length),
    topic: topic ? topicLabel(topic, interfaceLanguage()) : '',
  };
  const all = ctx.lang === 'all' ? 'All' : '';
  // One write for the whole listing: a pipe costs a system call per write.
  const lines: string[] = [];
  const line = (g: GuideSummary) => guideLine(ctx, g, tracked.get(g), progress[g.key], wallet, chalk);
  if (slug) {
    const name = library.countryLabel(slug, labelLang);
    lines.push(
      chalk.bold(
        topic
          ? localize(`list.headingTopic${all}`, { ...counted, name, topic: counted.topic.toLowerCase() })
          : localize(`list.heading${all}`, { ...counted, name }),
      ),
    );
    if (guides.length === 0) lines.push(localize('list.noneOnTopic', { slug }));
    // Each guide stands under its first topic, in the taxonomy's order.
    for (const entry of TOPICS) {
      const group = guides.filter((g) => (topic ?? g.topics[0]) === entry.id);
      if (group.length === 0) continue;
      lines.push('', chalk.cyan(topicLabel(entry.id, interfaceLanguage())));
      for (const g of group) lines.push(line(g));
    }
  } else {
    // One topic in every country: the guides under their country's name.
    lines.push(chalk.bold(localize(`list.headingTopicEverywhere${all}`, counted)));
    if (guides.length === 0) lines.push(localize('list.noneOnTopicEverywhere'));
    for (const group of groups) {
      if (group.guides.length === 0) continue;
      lines.push('', chalk.cyan(library.countryLabel(group.country, labelLang)));
      for (const g of group.guides) lines.push(line(g));
    }
  }
  ctx.out(lines.join('\n'));
}

/**
 * One guide of a listing: its title, then its id, steps and documents, and its progress. A pipe
 * gets it on one line (for grep and head); a terminal gets it wrapped to its width between words,
 * never inside the id or between a count and its noun.
 */
function guideLine(
  ctx: Context,
  g: GuideSummary,
  /** The guide with its details, when it has saved progress. */
  detailed: DetailedSummary | undefined,
  saved: GuideProgress | undefined,
  wallet: StoreData['wallet'],
  chalk: Styles,
): string {
  let mark = '';
  if (saved && detailed) {
    const { steps, documents } = countProgress(detailed, saved, wallet);
    mark = localize('list.progress', {
      steps: steps.done + steps.skipped,
      stepsTotal: steps.total,
      documents: documents.done,
      documentsTotal: documents.total,
    });
  }
  const language = g.lang !== ctx.lang ? `(${g.lang})` : '';
  const [id, ...counts] = localize('list.guideLine', {
    id: g.id,
    steps: localizeCount('noun.step', g.stepCount),
    documents: localizeCount('noun.document', g.documentCount),
  }).split(' · ');
  if (ctx.columns === null)
    return `  ${g.title}${language && chalk.dim(` ${language}`)}${chalk.dim(` — ${[id, ...counts].join(' · ')}`)}${mark && chalk.green(` ${mark}`)}`;
  const words = [
    ...g.title.split(/\s+/).filter(Boolean),
    ...(language ? [chalk.dim(language)] : []),
    chalk.dim(`— ${id}`),
    ...counts.map((c) => chalk.dim(`· ${c}`)),
    ...(mark ? [chalk.green(mark)] : []),
  ];
  return wrapWords(words, ctx.columns, '  ', '    ').join('\n');
}
