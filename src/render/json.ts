import type { Guide } from '../guide/model.js';
import type { Library } from '../library/library.js';
import type { DetailedSummary } from '../library/summary.js';

/** `list --json` items (CLI.md): counts, not contents. */
export function guideSummary(guide: DetailedSummary) {
  const {
    id,
    key,
    lang,
    country,
    title,
    description,
    topics,
    stepCount: steps,
    documentCount: documents,
    path,
  } = guide;
  return { id, key, lang, country, title, description, topics, steps, documents, path };
}

/** `show --json` (CLI.md): the parsed guide, related links resolved to ids. */
export function guideDetail(
  guide: Guide,
  library: Library,
  extra: { languages: string[]; fallbackFrom: string | null },
) {
  return {
    id: guide.id,
    key: guide.key,
    lang: guide.lang,
    languages: extra.languages,
    requestedLang: extra.fallbackFrom,
    country: guide.country,
    title: guide.title,
    description: guide.description,
    date: guide.date,
    topics: guide.topics,
    // What finishing the guide gives you; `inferred` when guessed from the title, not declared.
    produces: guide.produces,
    // Every section's text as markdown, beside the items parsed from it (CLI.md).
    sections: {
      whatIsIt: guide.sections.whatIsIt,
      whoNeedsIt: guide.sections.whoNeedsIt,
      intro: guide.sections.intro,
      ...guide.markdown,
    },
    steps: guide.steps.map(({ n, text }) => ({ n, text })),
    documents: guide.documents.map(({ n, name, note }) => ({ n, name, note })),
    providers: guide.providers,
    details: guide.details,
    related: guide.related.map((r) => ({ title: r.title, url: r.url, id: library.resolveLink(r.target) })),
    sources: guide.sources,
    path: guide.path,
  };
}
