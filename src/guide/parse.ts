import { readWrittenDate } from './dates.js';
import { readFrontMatter, type FrontMatter } from './frontmatter.js';
import { parseGuideUrl, readLink } from './links.js';
import { scanList, splitDocument, type ListScan, type SourceLine } from './lists.js';
import { inferProduces } from './infer-produces.js';
import {
  problem,
  type Guide,
  type ParseMeta,
  type Problem,
  type Produced,
  type Provider,
  type RelatedLink,
  type Source,
} from './model.js';
import {
  SECTION_ORDER,
  sectionCandidates,
  subsectionOfHeading,
  type SectionId,
  type SubsectionId,
} from './sections.js';
import { isTopicId } from './topics.js';
import { countryCode, defaultCountrySlug } from '../library/countries.js';
import { messageFor, type Message } from '../i18n/index.js';
import { closest, foldKey } from '../text/normalize.js';
import { hasUnsafe, sanitize } from '../text/sanitize.js';
import { isCalendarDate } from '../text/dates.js';
import { KINDS, kindById } from '../wallet/kinds.js';
import { matchKind } from '../wallet/match.js';

/** Section names inside problems ("no providers section"), put into words where they are shown. */
const SECTION_NAMES: Record<SectionId | SubsectionId, Message> = {
  description: messageFor('problem.section.description'),
  procedure: messageFor('problem.section.procedure'),
  documents: messageFor('problem.section.documents'),
  providers: messageFor('problem.section.providers'),
  details: messageFor('problem.section.details'),
  related: messageFor('problem.section.related'),
  whatIsIt: messageFor('problem.section.whatIsIt'),
  whoNeedsIt: messageFor('problem.section.whoNeedsIt'),
};

// CommonMark lets a heading stand one to three spaces in; four make it code.
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const SUBHEADING = /^ {0,3}#{3,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;

/**
 * Past this many items a list is not a guide anyone walks (a generated or broken file): the rest is
 * left out with a warning rather than parsed into thousands of steps to store and count.
 */
export const MAX_ITEMS = 2000;

/**
 * Reads one guide file's text into a Guide. Pure: no file access, no printing, never throws.
 * Whatever is malformed or had to be guessed is recorded in `problems` with its line.
 */
export function parseGuide(source: string, meta: ParseMeta): Guide {
  const problems: Problem[] = [];
  const fm = readText(source, problems);
  const body = readBody(fm, problems);
  const related = readRelated(body.related, problems);
  const about = readAbout(meta, fm, body, problems);
  const { sub, procedure, documents, details, providers } = body;
  const markdownOf = (id: SectionId) =>
    (body.sections.get(id) ?? [])
      .map((l) => l.text)
      .join('\n')
      .trim();
  // Field by field, not `...about`: a spread into a literal this large can leave the object in V8's
  // slow dictionary mode, and every reader of a Guide would pay for it.
  return {
    id: about.id,
    key: about.key,
    slug: about.slug,
    lang: about.lang,
    country: about.country,
    title: about.title,
    description: about.description,
    date: about.date,
    author: about.author,
    draft: about.draft,
    categories: about.categories,
    topics: about.topics,
    produces: about.produces,
    sources: about.sources,
    sections: {
      whatIsIt: sub.whatIsIt,
      whoNeedsIt: sub.whoNeedsIt,
      intro: [body.preamble, sub.intro].filter(Boolean).join('\n\n'),
      procedure: procedure.prose,
      documents: documents.prose,
      providers: providers.prose,
      details: details.prose,
    },
    markdown: {
      procedure: markdownOf('procedure'),
      documents: markdownOf('documents'),
      providers: markdownOf('providers'),
      details: markdownOf('details'),
      related: markdownOf('related'),
    },
    steps: procedure.items.map((item, i) => ({ n: i + 1, text: item.text, line: item.line })),
    documents: documents.items.map((item, i) => ({ n: i + 1, ...splitDocument(item.text), line: item.line })),
    providers: providers.rows,
    details: details.items.map((item) => item.text),
    related,
    extraFrontMatter: fm.extra,
    path: meta.path,
    problems: problems.sort((a, b) => a.line - b.line),
  };
}

/** Step 1: the text made safe, and its front matter split off and read. */
function readText(source: string, problems: Problem[]): FrontMatter {
  const normalised = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (hasUnsafe(normalised)) {
    const line = normalised.split('\n').findIndex((l) => hasUnsafe(l)) + 1;
    problems.push(problem(line, 'warning', 'problem.unsafeText'));
  }
  const fm = readFrontMatter(sanitize(normalised));
  problems.push(...fm.problems);
  return fm;
}

/** Step 2: the body's sections, their lists read, and what is missing from them. */
function readBody(fm: FrontMatter, problems: Problem[]) {
  const bodyLines: SourceLine[] = fm.body
    .split('\n')
    .map((line, i) => ({ text: line, line: fm.bodyLine + i }));
  const { sections, firstHeading, preamble } = splitSections(bodyLines, problems);
  const sub = splitDescription(sections.get('description') ?? [], problems);
  // Link lists after a prose line are "see also" in the checklist sections, not steps or documents.
  const list = (id: SectionId, asides: boolean) =>
    capped(id, scanList(sections.get(id) ?? [], asides ? { asides } : undefined), problems);
  const body = {
    sections,
    firstHeading,
    preamble,
    sub,
    procedure: list('procedure', true),
    documents: list('documents', true),
    details: list('details', false),
    related: list('related', false),
    providers: readProviders(sections.get('providers') ?? []),
  };
  checkSections(body, problems);
  return body;
}

type Body = ReturnType<typeof readBody>;

function checkSections(
  body: { sections: Map<SectionId, SourceLine[]>; procedure: ListScan; documents: ListScan },
  problems: Problem[],
): void {
  const { sections, procedure, documents } = body;
  for (const id of SECTION_ORDER) {
    if (!sections.has(id))
      problems.push(
        problem(0, id === 'procedure' ? 'error' : 'warning', 'problem.noSection', {
          section: SECTION_NAMES[id],
        }),
      );
  }
  const sectionLine = (id: SectionId) => (sections.get(id)?.[0]?.line ?? 1) - 1;
  if (sections.has('procedure') && procedure.items.length === 0) {
    const key = procedure.prose ? 'problem.procedureProse' : 'problem.procedureEmpty';
    problems.push(problem(sectionLine('procedure'), 'warning', key));
  }
  if (sections.has('documents') && documents.items.length === 0) {
    const key = documents.prose ? 'problem.documentsProse' : 'problem.documentsEmpty';
    problems.push(problem(sectionLine('documents'), 'warning', key));
  }
}

function readRelated(related: ListScan, problems: Problem[]): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (const item of related.items) {
    const link = readLink(item.text);
    if (!link) {
      problems.push(problem(item.line, 'warning', 'problem.relatedNoLink'));
      continue;
    }
    const target = parseGuideUrl(link.url);
    if (!target) problems.push(problem(item.line, 'warning', 'problem.relatedNotGuide', { url: link.url }));
    links.push({ title: link.title, url: link.url, target, line: item.line });
  }
  return links;
}

/** Step 3: what the guide is (id, title, language, country, topics, date…), from its front matter. */
function readAbout(meta: ParseMeta, fm: FrontMatter, body: Body, problems: Problem[]) {
  const data = fm.data;
  const slug = sanitize(meta.slug ?? slugFromPath(meta.path, meta.lang));
  const title = readTitle(data, body.firstHeading, slug, problems);

  let description = stringValue(data.description);
  if (!description && fm.present) problems.push(problem(1, 'warning', 'problem.noDescription'));
  description ??= firstSentence(body.sub.whatIsIt || body.sub.intro);

  const categories = stringList(data.categories);
  const rawKey = stringValue(data.translationKey);
  const country = resolveCountry(meta, categories, rawKey, stringValue(data.country), problems, () =>
    fm.lineOf('categories'),
  );
  const key = rawKey ?? `${country}-${slug}`;
  if (fm.present && !rawKey) problems.push(problem(1, 'warning', 'problem.noTranslationKey', { key }));

  let lang = meta.lang ?? stringValue(data.lang)?.toLowerCase();
  if (!lang) {
    lang = 'en';
    problems.push(problem(1, 'warning', 'problem.languageUnknown'));
  }

  const topics = stringList(data.topics).map((t) => foldKey(t));
  for (const topic of topics) {
    if (!isTopicId(topic))
      problems.push(problem(fm.lineOf('topics'), 'warning', 'problem.unknownTopic', { topic }));
  }

  const produces =
    'produces' in data
      ? readProduces(data.produces, country, problems, () => fm.lineOf('produces'))
      : inferProduces(title, lang, country).map((kind) => ({ kind, inferred: true }));

  return {
    id: `${country}/${slug}`,
    key,
    slug,
    lang,
    country,
    title,
    description,
    date: readDate(data.date, fm.present, problems, { lang, line: () => fm.lineOf('date') }),
    author: stringValue(data.author),
    draft: data.draft === true || data.draft === 'true',
    categories,
    topics: topics.filter(isTopicId),
    produces,
    sources: readSources(data.sources, problems, () => fm.lineOf('sources')),
  };
}

function readTitle(
  data: Record<string, unknown>,
  firstHeading: { text: string; line: number } | null,
  slug: string,
  problems: Problem[],
): string {
  const title = stringValue(data.title) ?? stringValue(data.meta_title);
  if (title) return title;
  const key = firstHeading ? 'problem.titleFromHeading' : 'problem.titleFromFile';
  problems.push(problem(firstHeading?.line ?? 1, 'warning', key));
  return firstHeading?.text ?? titleFromSlug(slug);
}

function splitSections(lines: SourceLine[], problems: Problem[]) {
  // First pass: where the section headings are and what each means.
  interface Heading {
    index: number;
    level: number;
    text: string;
    line: number;
    /** The sections it names, most specific first. */
    candidates: SectionId[];
  }
  const headings: Heading[] = [];
  let inFence = false;
  lines.forEach((l, index) => {
    if (FENCE.test(l.text)) inFence = !inFence;
    if (inFence) return;
    const match = HEADING.exec(l.text);
    if (!match) return;
    const level = match[1]!.length;
    const headingText = match[2]!;
    const candidates = sectionCandidates(headingText);
    // A level-1 heading is a title unless it names a section; level 3+ belong to their section.
    if (level === 2 || (level === 1 && candidates.length > 0))
      headings.push({ index, level, text: headingText, line: l.line, candidates });
  });
  const firstTitle = lines.find((l) => /^ {0,3}#[ \t]+\S/.test(l.text));
  const firstHeading = firstTitle
    ? { text: HEADING.exec(firstTitle.text)![2]!, line: firstTitle.line }
    : null;

  // Second pass: a heading nobody recognises takes the first free section between its neighbours.
  const seen = new Set<SectionId>();
  const sections = new Map<SectionId, SourceLine[]>();
  let lastOrder = -1;
  headings.forEach((h, i) => {
    // Never a section already read while another one the heading names is still to come.
    let id = h.candidates.find((c) => !seen.has(c)) ?? h.candidates[0] ?? null;
    if (!id) {
      const nextKnown = headings
        .slice(i + 1)
        .map((n) => n.candidates.find((c) => !seen.has(c)))
        .find((c) => c !== undefined);
      const limit = nextKnown ? SECTION_ORDER.indexOf(nextKnown) : SECTION_ORDER.length;
      id = SECTION_ORDER.find((s, order) => order > lastOrder && order < limit && !seen.has(s)) ?? null;
      problems.push(
        id
          ? problem(h.line, 'warning', 'problem.headingAs', { heading: h.text, section: SECTION_NAMES[id] })
          : problem(h.line, 'warning', 'problem.headingDetails', { heading: h.text }),
      );
      id ??= 'details';
    } else if (seen.has(id)) {
      problems.push(problem(h.line, 'warning', 'problem.secondSection', { section: SECTION_NAMES[id] }));
    }
    seen.add(id);
    lastOrder = Math.max(lastOrder, SECTION_ORDER.indexOf(id));
    const end = headings[i + 1]?.index ?? lines.length;
    const body = lines.slice(h.index + 1, end);
    sections.set(id, [...(sections.get(id) ?? []), ...body]);
  });

  const preambleEnd = headings[0]?.index ?? lines.length;
  const preamble = lines
    .slice(0, preambleEnd)
    .filter((l) => l !== firstTitle)
    .map((l) => l.text)
    .join('\n')
    .trim();
  return { sections, firstHeading, preamble };
}

function splitDescription(lines: SourceLine[], problems: Problem[]) {
  const parts: Record<SubsectionId | 'intro', string[]> = { intro: [], whatIsIt: [], whoNeedsIt: [] };
  let current: SubsectionId | 'intro' = 'intro';
  const seen = new Set<SubsectionId>();
  for (const l of lines) {
    const match = SUBHEADING.exec(l.text);
    if (match) {
      let id = subsectionOfHeading(match[1]!);
      if (!id) {
        id = (['whatIsIt', 'whoNeedsIt'] as const).find((s) => !seen.has(s)) ?? null;
        if (id) {
          problems.push(
            problem(l.line, 'warning', 'problem.subheadingAs', {
              heading: match[1]!,
              section: SECTION_NAMES[id],
            }),
          );
        }
      }
      if (id) {
        seen.add(id);
        current = id;
        continue;
      }
    }
    parts[current].push(l.text);
  }
  return {
    intro: parts.intro.join('\n').trim(),
    whatIsIt: parts.whatIsIt.join('\n').trim(),
    whoNeedsIt: parts.whoNeedsIt.join('\n').trim(),
  };
}

function readProviders(lines: SourceLine[]): { rows: Provider[]; prose: string } {
  const tableLines = lines.filter((l) => l.text.trim().startsWith('|'));
  const prose = lines
    .filter((l) => !l.text.trim().startsWith('|'))
    .map((l) => l.text)
    .join('\n')
    .trim();
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
  const rows = tableLines
    .slice(1)
    .filter((l) => !/^\s*\|?\s*:?-{2,}/.test(l.text))
    .map((l) => cells(l.text))
    .filter((c) => c.some(Boolean))
    .map(([name = '', website = '', timeframe = '', cost = '']) => ({ name, website, timeframe, cost }));
  return { rows, prose };
}

function resolveCountry(
  meta: ParseMeta,
  categories: string[],
  key: string | null,
  declared: string | null,
  problems: Problem[],
  categoriesLine: () => number,
): string {
  if (meta.country && meta.countryKnown)
    return foldKey(meta.country).replace(/_/g, meta.country.includes('_') ? '_' : '-');
  const fromCategories = categories.map(countryCode).filter((c): c is string => c !== null);
  if (meta.country) {
    const folderCode = countryCode(meta.country);
    if (folderCode && fromCategories.length > 0 && !fromCategories.includes(folderCode)) {
      problems.push(
        problem(categoriesLine(), 'warning', 'problem.categoriesFolder', {
          categories: categories.join(', '),
          folder: meta.country,
        }),
      );
    }
    return foldKey(meta.country).replace(/_/g, meta.country.includes('_') ? '_' : '-');
  }
  const code =
    (declared && countryCode(declared)) ??
    fromCategories[0] ??
    (key ? countryCode(key.split('-')[0]!) : null);
  if (code) return defaultCountrySlug(code);
  problems.push(problem(1, 'warning', 'problem.countryUnknown'));
  return 'unknown';
}

/** A date as `YYYY-MM-DD`: ISO form, a YAML date, or written with a month name in words. */
function readDate(
  value: unknown,
  present: boolean,
  problems: Problem[],
  // The line is looked for only when there is a problem to report.
  where: { lang?: string | undefined; line: () => number },
): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = stringValue(value);
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])))
    return `${match[1]}-${match[2]}-${match[3]}`;
  if (match) {
    if (present) problems.push(problem(where.line(), 'warning', 'problem.impossibleDate', { date: text! }));
    return null;
  }
  const written = text ? readWrittenDate(text, where.lang) : null;
  if (written) return written;
  if (present) {
    problems.push(
      text
        ? problem(where.line(), 'warning', 'problem.badDate', { date: text })
        : problem(1, 'warning', 'problem.noDate'),
    );
  }
  return null;
}

/** A list cut at MAX_ITEMS, with a warning at the first item left out. */
function capped(id: SectionId, scan: ListScan, problems: Problem[]): ListScan {
  if (scan.items.length <= MAX_ITEMS) return scan;
  problems.push(
    problem(scan.items[MAX_ITEMS]!.line, 'warning', 'problem.tooManyItems', {
      section: SECTION_NAMES[id],
      count: scan.items.length,
      max: MAX_ITEMS,
    }),
  );
  return { ...scan, items: scan.items.slice(0, MAX_ITEMS) };
}

/**
 * The kinds a guide declares it gives (`produces: [curp, rfc]`): ids of the wallet's table. Anything
 * else is left out with a warning that names the kind it probably means.
 */
function readProduces(value: unknown, country: string, problems: Problem[], line: () => number): Produced[] {
  const produced: Produced[] = [];
  for (const written of stringList(value)) {
    const id = foldKey(written);
    const kind = kindById(id);
    if (!kind) {
      const named = matchKind(written);
      const guess =
        named && !named.anyOf
          ? [named.id]
          : closest(
              id,
              KINDS.map((k) => k.id),
              1,
            );
      problems.push(
        guess[0] !== undefined
          ? problem(line(), 'warning', 'problem.producesUnknownGuess', { kind: written, guess: guess[0] })
          : problem(line(), 'warning', 'problem.producesUnknown', { kind: written }),
      );
      continue;
    }
    if (kind.anyOf) {
      problems.push(
        problem(line(), 'warning', 'problem.producesChoice', { kind: id, choices: kind.anyOf.join(', ') }),
      );
      continue;
    }
    if (kind.countries && !kind.countries.includes(country)) {
      problems.push(
        problem(line(), 'warning', 'problem.producesCountry', {
          kind: id,
          countries: kind.countries.join(', '),
          country,
        }),
      );
      continue;
    }
    if (!produced.some((p) => p.kind === id)) produced.push({ kind: id, inferred: false });
  }
  return produced;
}

function readSources(value: unknown, problems: Problem[], line: () => number): Source[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const sources: Source[] = [];
  for (const entry of list) {
    if (typeof entry === 'string') {
      sources.push({ title: entry, url: entry, checked: null });
    } else if (entry && typeof entry === 'object') {
      const record = entry as Record<string, unknown>;
      const url = stringValue(record.url);
      if (!url) {
        problems.push(problem(line(), 'warning', 'problem.sourceNoUrl'));
        continue;
      }
      sources.push({
        title: stringValue(record.title) ?? url,
        url,
        checked: readDate(record.checked, false, [], { line }),
      });
    }
  }
  return sources;
}

function stringValue(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(stringValue).filter((v): v is string => v !== null);
  const single = stringValue(value);
  return single
    ? single
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function slugFromPath(path: string, lang: string | undefined): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  let slug = base.replace(/\.md$/i, '');
  // A flat folder may name translations `slug.es.md`.
  const suffix = /\.([a-z]{2})$/.exec(slug);
  if (suffix && (!lang || suffix[1] === lang)) slug = slug.slice(0, -3);
  return slug.normalize('NFC');
}

function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function firstSentence(text: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const end = plain.search(/[.!?](\s|$)/);
  return (end > 0 ? plain.slice(0, end + 1) : plain).slice(0, 240);
}
