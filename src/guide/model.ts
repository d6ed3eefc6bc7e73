import { messageFor, type Message, type MessageKey, type Params } from '../i18n/index.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  severity: Severity;
  /** What is wrong, kept as a catalogue key and values: put into words where it is shown. */
  message: Message;
}

export interface Step {
  n: number;
  /** The item's markdown: its first line, then nested bullets and continuation paragraphs. */
  text: string;
  line: number;
}

export interface DocumentItem {
  n: number;
  name: string;
  /** Where to get it, validity wording ("dated within the last three months") and anything else. */
  note: string;
  line: number;
}

export interface Provider {
  name: string;
  website: string;
  timeframe: string;
  cost: string;
}

export interface RelatedLink {
  title: string;
  url: string;
  /** Parsed from a community-style guide URL; null for links elsewhere. */
  target: { lang: string; country: string; slug: string } | null;
  line: number;
}

export interface Source {
  title: string;
  url: string;
  checked: string | null;
}

/** A document kind a guide gives you once you finish it (front matter `produces`). */
export interface Produced {
  /** A kind id from the wallet's table (wallet/kinds.ts). */
  kind: string;
  /** Guessed from the guide's title because its front matter says nothing: a weaker link. */
  inferred: boolean;
}

export interface GuideSections {
  whatIsIt: string;
  whoNeedsIt: string;
  /** Description text outside the two sub-headings. */
  intro: string;
  /** Procedure prose: all of it when there are no list items, otherwise what stands around them. */
  procedure: string;
  /** Documents prose ("no specific information was found"), kept for display. */
  documents: string;
  providers: string;
  details: string;
}

/**
 * Each section's markdown as the file has it, list items and prose alike: whatever the parser makes
 * of a section, nothing written in it is lost to JSON readers.
 */
export interface SectionMarkdown {
  procedure: string;
  documents: string;
  providers: string;
  details: string;
  related: string;
}

export interface Guide {
  /** `<country>/<slug>`. */
  id: string;
  /** Shared by every translation: `translationKey`, else `<country>-<slug>`. */
  key: string;
  slug: string;
  lang: string;
  country: string;
  title: string;
  description: string;
  /** `YYYY-MM-DD`, or null when the file has none that can be read. */
  date: string | null;
  author: string | null;
  draft: boolean;
  categories: string[];
  topics: string[];
  /** What finishing the guide gives you: declared, else guessed from the title (see infer-produces.ts). */
  produces: Produced[];
  sources: Source[];
  sections: GuideSections;
  markdown: SectionMarkdown;
  steps: Step[];
  documents: DocumentItem[];
  providers: Provider[];
  details: string[];
  related: RelatedLink[];
  /** Front matter keys tramit does not use (localized, misspelt or site-specific), kept as found. */
  extraFrontMatter: Record<string, unknown>;
  path: string;
  problems: Problem[];
}

export interface ParseMeta {
  path: string;
  lang?: string | undefined;
  country?: string | undefined;
  slug?: string | undefined;
  /**
   * The country is already known (the library indexed this file): skip the country checks, which
   * need the whole country dataset.
   */
  countryKnown?: boolean | undefined;
}

export function hasErrors(guide: Pick<Guide, 'problems'>): boolean {
  return guide.problems.some((p) => p.severity === 'error');
}

/** A problem at a line, as a catalogue message: the parser never puts problems into words. */
export function problem(line: number, severity: Severity, key: MessageKey, params?: Params): Problem {
  return { line, severity, message: messageFor(key, params) };
}
