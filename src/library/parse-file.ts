import { isConditional } from '../guide/conditional.js';
import { inferTopics } from '../guide/infer-topics.js';
import { hasErrors } from '../guide/model.js';
import { parseGuide } from '../guide/parse.js';
import { encodeMessage } from '../i18n/stored.js';
import { countryCode } from './countries.js';
import { searchText, summarize, type GuideSummary, type SearchText } from './summary.js';
import { readRequirement } from '../wallet/requirement.js';
import { encodeRequirement } from '../wallet/requirement-key.js';

export { countryInfo } from './countries.js';

/**
 * One guide file's index entry: its summary and search text, or why it cannot be used. This module
 * holds the parser and the country dataset, so it is imported only when a file must be read.
 */
export function parseEntry(
  text: string,
  path: string,
  rel: string,
  layout: { lang?: string; country?: string; slug?: string },
): { summary?: GuideSummary; search?: SearchText; warning?: string } {
  const guide = parseGuide(text, { path, ...layout });
  if (hasErrors(guide)) {
    const first = guide.problems.find((p) => p.severity === 'error')!;
    return { warning: encodeMessage(first.message) };
  }
  // Community guides declare no topics; every guide still belongs somewhere.
  if (guide.topics.length === 0) guide.topics = inferTopics(guide);
  const docKinds = guide.documents.map((d) =>
    encodeRequirement(readRequirement(d.name, d.note, guide.lang, guide.country)),
  );
  const conditional = guide.documents.flatMap((d, i) =>
    isConditional(d.name, d.note, guide.lang) ? [i] : [],
  );
  const summary = summarize(
    guide,
    countryCode(guide.country),
    layout.country !== undefined,
    docKinds,
    conditional,
  );
  return { summary: { ...summary, path: rel }, search: searchText(guide) };
}
