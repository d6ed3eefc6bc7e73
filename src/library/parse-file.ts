import { isConditional } from '../guide/conditional.js';
import { inferTopics } from '../guide/infer-topics.js';
import { hasErrors } from '../guide/model.js';
import { parseGuide } from '../guide/parse.js';
import { encodeMessage } from '../i18n/stored.js';
import type { Message } from '../i18n/index.js';
import { contentDigest } from '../text/hash.js';
import { DETAILS, encodeProduced, SEARCH, SUMMARY } from './columns.js';
import { countryCode } from './countries.js';
import { readGuideText } from './files.js';
import { layoutOf } from './languages.js';
import { searchText, summarize, type DetailedSummary, type SearchText } from './summary.js';
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
): { summary?: DetailedSummary; search?: SearchText; warning?: string } {
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

/** A file to parse: its path, and its path relative to the root. */
export interface ParseJob {
  path: string;
  rel: string;
}

/**
 * What became of a file, with its index rows already as JSON text: that is how they are stored, and
 * the guide itself can be dropped at once. A guide's country fields come apart as well, for the
 * root's country slugs and names.
 */
export type ParseOutcome =
  | {
      kind: 'guide';
      row: string;
      detail: string;
      text: string;
      country: string;
      code: string | null;
      fromFolder: boolean;
      /** Of the text read (see contentDigest): the file is not parsed again while it says the same. */
      digest: string;
    }
  | { kind: 'bad'; why: string; digest: string }
  | { kind: 'unreadable'; reason: Message };

export function parseJob(job: ParseJob): ParseOutcome {
  const read = readGuideText(job.path);
  if (!read.ok) return { kind: 'unreadable', reason: read.reason };
  const digest = contentDigest(read.text);
  const parsed = parseEntry(read.text, job.path, job.rel, layoutOf(job.rel.split('/')));
  const s = parsed.summary;
  if (!s) return { kind: 'bad', why: parsed.warning ?? '', digest };
  return {
    kind: 'guide',
    row: JSON.stringify(SUMMARY.encode(s)),
    detail: JSON.stringify(
      DETAILS.encode({
        description: s.description,
        stepFingerprints: s.fingerprints.steps,
        documentFingerprints: s.fingerprints.documents,
        docKinds: s.docKinds,
        produces: encodeProduced(s.produces),
        conditionalDocs: s.conditionalDocs,
      }),
    ),
    text: JSON.stringify(SEARCH.encode(parsed.search!)),
    country: s.country,
    code: s.countryCode,
    fromFolder: s.countryFromFolder,
    digest,
  };
}
