import { SECTION_PHRASES, SUBSECTION_PHRASES } from '../vocab/headings.js';
import type { SectionId, SubsectionId } from '../vocab/headings.js';
import { compilePhrases, foldedTokens, lazyTable, phraseHits, type PhraseTable } from '../vocab/phrase.js';

export type { SectionId, SubsectionId } from '../vocab/headings.js';

/** The order sections come in; used to place a heading tramit does not recognise. */
export const SECTION_ORDER: readonly SectionId[] = [
  'description',
  'procedure',
  'documents',
  'providers',
  'details',
  'related',
];

function compile<T extends string>(table: {
  readonly [S in T]: { readonly [lang: string]: readonly string[] | undefined };
}): PhraseTable<T> {
  const entries: Array<[string, T]> = [];
  for (const [section, byLanguage] of Object.entries(table) as Array<[T, (typeof table)[T]]>)
    for (const phrases of Object.values(byLanguage))
      for (const p of phrases ?? []) entries.push([p, section]);
  return compilePhrases(entries);
}

const headings = lazyTable(() => compile<SectionId>(SECTION_PHRASES));
const subheadings = lazyTable(() => compile<SubsectionId>(SUBSECTION_PHRASES));

/**
 * The sections a heading names, most specific first: a heading that holds a longer phrase of one
 * section ("que podem realizar") is more specific than one word of another ("procedimento"); at
 * equal length the order of the table decides.
 */
function candidates<T extends string>(table: PhraseTable<T>, heading: string): T[] {
  const best = new Map<T, { words: number; order: number }>();
  for (const { phrase } of phraseHits(table, foldedTokens(heading))) {
    // Phrases are compiled section by section, so a phrase's order is its section's order.
    const known = best.get(phrase.value);
    if (!known || phrase.words.length > known.words)
      best.set(phrase.value, { words: phrase.words.length, order: phrase.order });
  }
  return [...best.entries()]
    .sort(([, a], [, b]) => b.words - a.words || a.order - b.order)
    .map(([section]) => section);
}

const known = new Map<string, SectionId[]>();
const knownSub = new Map<string, SubsectionId[]>();

/** Headings repeat from file to file, so answers are kept (a thousand of them). */
function remembered<T extends string>(memo: Map<string, T[]>, table: PhraseTable<T>, heading: string): T[] {
  let list = memo.get(heading);
  if (!list) {
    list = candidates(table, heading);
    if (memo.size < 1000) memo.set(heading, list);
  }
  return list;
}

/** Every section a heading may name, most specific first. */
export function sectionCandidates(heading: string): SectionId[] {
  return remembered(known, headings(), heading);
}

export function sectionOfHeading(heading: string): SectionId | null {
  return sectionCandidates(heading)[0] ?? null;
}

export function subsectionOfHeading(heading: string): SubsectionId | null {
  return remembered(knownSub, subheadings(), heading)[0] ?? null;
}
