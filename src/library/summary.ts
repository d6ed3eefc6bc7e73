import type { Guide, Produced } from '../guide/model.js';
import { fingerprint } from '../progress/model.js';
import { foldKey } from '../text/normalize.js';

/**
 * What listing, resolving, counting progress and searching need of a guide, small enough to cache
 * for thousands of guides: the full guide is parsed again only when it is shown or walked.
 */
export interface GuideSummary {
  id: string;
  key: string;
  /**
   * The key folded (case, accents, and runs of spaces, hyphens and underscores as one separator):
   * translations whose keys differ only so (`czech republic-tax_payment`, `czech-republic-tax_payment`)
   * are one procedure. Worked out when the file is indexed, so listing never folds.
   */
  pairKey: string;
  slug: string;
  lang: string;
  country: string;
  /** ISO code of the country, when known: lets roots agree on one slug per country. */
  countryCode: string | null;
  /** True when the country came from a `<lang>/<country>/` folder. */
  countryFromFolder: boolean;
  title: string;
  date: string | null;
  topics: string[];
  stepCount: number;
  documentCount: number;
  path: string;
  /** The file's stamp when it was read (see stamp.ts): tells a search index which entries are stale. */
  stamp?: string;
}

/**
 * What only some commands need of a guide, kept apart in the index (`Library.details` reads it):
 * a summary has these fields only in the type that says they were read.
 */
export interface GuideDetails {
  description: string;
  /** Fingerprints of step texts and document names, so progress can be counted without the guide. */
  fingerprints: { steps: string[]; documents: string[] };
  /**
   * What the wallet must hold for each document, encoded (`passport`, `national_id|passport`,
   * `proof_of_address@max_age:3:months`; see wallet/requirement-key.ts), or null for a document of
   * no known kind and no age rule.
   */
  docKinds: Array<string | null>;
  /** What finishing the guide gives you (see `Guide.produces`): what `plan` links guides by. */
  produces: Produced[];
  /** Positions (0-based) of the documents asked only in some cases (see guide/conditional.ts). */
  conditionalDocs: number[];
}

export type DetailedSummary = GuideSummary & GuideDetails;

/** The text search indexes, per guide. */
export interface SearchText {
  title: string;
  slug: string;
  description: string;
  /** The description's sections: what the procedure is, who needs it, and any text around them. */
  about: string;
  steps: string;
  documents: string;
}

export function summarize(
  guide: Guide,
  countryCode: string | null,
  countryFromFolder: boolean,
  docKinds: Array<string | null>,
  conditionalDocs: number[],
): DetailedSummary {
  return {
    id: guide.id,
    key: guide.key,
    pairKey: foldKey(guide.key),
    slug: guide.slug,
    lang: guide.lang,
    country: guide.country,
    countryCode,
    countryFromFolder,
    title: guide.title,
    description: guide.description,
    date: guide.date,
    topics: guide.topics,
    stepCount: guide.steps.length,
    documentCount: guide.documents.length,
    fingerprints: {
      steps: guide.steps.map((s) => fingerprint(s.text)),
      documents: guide.documents.map((d) => fingerprint(d.name)),
    },
    docKinds,
    produces: guide.produces,
    conditionalDocs,
    path: guide.path,
  };
}

export function searchText(guide: Guide): SearchText {
  return {
    title: guide.title,
    slug: guide.slug.replace(/[-_]+/g, ' '),
    description: guide.description,
    about: [guide.sections.whatIsIt, guide.sections.whoNeedsIt, guide.sections.intro].join('\n'),
    steps: guide.steps.map((s) => s.text).join('\n'),
    documents: guide.documents.map((d) => `${d.name} ${d.note}`).join('\n'),
  };
}
