import { readWrittenDate } from './dates.js';
import { readFrontMatter } from './frontmatter.js';
import { parseGuideUrl, readLink } from './links.js';
import { scanList, splitDocument, type ListScan, type SourceLine } from './lists.js';
import { inferProduces } from './infer-produces.js';
import type { Guide, ParseMeta, Problem, Produced, Provider, RelatedLink, Source } from './model.js';
import {
  SECTION_ORDER,
  sectionCandidates,
  subsectionOfHeading,
  type SectionId,
  type SubsectionId,
} from './sections.js';
import { isTopicId } from './topics.js';
import { countryCode, defaultCountrySlug } from '../library/countries.js';
import { closest, foldKey } from '../text/normalize.js';
import { hasUnsafe, sanitize } from '../text/sanitize.js';
import { isCalendarDate } from '../text/dates.js';
import { KINDS, kindById } from '../wallet/kinds.js';
import { matchKind } from '../wallet/match.js';

const SECTION_LABELS: Record<SectionId, string> = {
  description: 'description',
  procedure: 'procedure',
  documents: 'required documents',
  providers: 'providers',
  details: 'additional details',
  related: 'related posts',
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
  const normalised = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: Problem[] = [];
  if (hasUnsafe(normalised)) {
    const line = normalised.split('\n').findIndex((l) => hasUnsafe(l)) + 1;
    problems.push({
      line,
      severity: 'warning',
      message: 'control characters or text-direction overrides were made visible or removed',
    });
  }
  const text = sanitize(normalised);
  const fm = readFrontMatter(text);
  problems.push(...fm.problems);

  const bodyLines: SourceLine[] = fm.body
    .split('\n')
    .map((line, i) => ({ text: line, line: fm.bodyLine + i }));
  const { sections, firstHeading, preamble } = splitSections(bodyLines, problems);

  const description = sections.get('description') ?? [];
  const sub = splitDescription(description, problems);

  // Link lists after a prose line are "see also" in the checklist sections, not steps or documents.
  const procedure = capped(
    'procedure',
    scanList(sections.get('procedure') ?? [], { asides: true }),
    problems,
  );
  const documents = capped(
    'documents',
    scanList(sections.get('documents') ?? [], { asides: true }),
    problems,
  );
  const details = capped('details', scanList(sections.get('details') ?? []), problems);
  const related = capped('related', scanList(sections.get('related') ?? []), problems);
  const providers = readProviders(sections.get('providers') ?? []);
  const markdownOf = (id: SectionId) =>
    (sections.get(id) ?? [])
      .map((l) => l.text)
      .join('\n')
      .trim();

  for (const id of SECTION_ORDER) {
    if (!sections.has(id)) {
      problems.push({
        line: 0,
        severity: id === 'procedure' ? 'error' : 'warning',
        message: `no ${SECTION_LABELS[id]} section`,
      });
    }
  }
  const sectionLine = (id: SectionId) => (sections.get(id)?.[0]?.line ?? 1) - 1;
  if (sections.has('procedure') && procedure.items.length === 0) {
    problems.push({
      line: sectionLine('procedure'),
      severity: 'warning',
      message: procedure.prose
        ? 'the procedure has no numbered or bulleted steps; it is shown as prose'
        : 'the procedure section is empty',
    });
  }
  if (sections.has('documents') && documents.items.length === 0) {
    problems.push({
      line: sectionLine('documents'),
      severity: 'warning',
      message: documents.prose
        ? 'the required documents are prose, not a list'
        : 'the required documents section is empty',
    });
  }

  const relatedLinks: RelatedLink[] = [];
  for (const item of related.items) {
    const link = readLink(item.text);
    if (!link) {
      problems.push({ line: item.line, severity: 'warning', message: 'related post without a link' });
      continue;
    }
    const target = parseGuideUrl(link.url);
    if (!target)
      problems.push({
        line: item.line,
        severity: 'warning',
        message: `related link is not a guide address: ${link.url}`,
      });
    relatedLinks.push({ title: link.title, url: link.url, target, line: item.line });
  }

  const data = fm.data;
  const slug = sanitize(meta.slug ?? slugFromPath(meta.path, meta.lang));

  let title = stringValue(data.title) ?? stringValue(data.meta_title);
  if (!title) {
    title = firstHeading?.text ?? titleFromSlug(slug);
    problems.push({
      line: firstHeading?.line ?? 1,
      severity: 'warning',
      message: firstHeading
        ? 'no title in the front matter; the first heading is used'
        : 'no title; the file name is used',
    });
  }

  let descriptionText = stringValue(data.description);
  if (!descriptionText && fm.present) {
    problems.push({ line: 1, severity: 'warning', message: 'no description in the front matter' });
  }
  descriptionText ??= firstSentence(sub.whatIsIt || sub.intro);

  const categories = stringList(data.categories);
  const rawKey = stringValue(data.translationKey);
  const country = resolveCountry(meta, categories, rawKey, stringValue(data.country), problems, () =>
    fm.lineOf('categories'),
  );
  const key = rawKey ?? `${country}-${slug}`;
  if (fm.present && !rawKey)
    problems.push({
      line: 1,
      severity: 'warning',
      message: `no translationKey; translations are linked by the key ${key}, made from the country and the file name`,
    });

  let lang = meta.lang ?? stringValue(data.lang)?.toLowerCase();
  if (!lang) {
    lang = 'en';
    problems.push({
      line: 1,
      severity: 'warning',
      message: 'language unknown (no <lang>/ folder and no `lang` key); English assumed',
    });
  }

  const topics = stringList(data.topics).map((t) => foldKey(t));
  for (const topic of topics) {
    if (!isTopicId(topic))
      problems.push({ line: fm.lineOf('topics'), severity: 'warning', message: `unknown topic "${topic}"` });
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
    description: descriptionText,
    date: readDate(data.date, fm.present, problems, { lang, line: () => fm.lineOf('date') }),
    author: stringValue(data.author),
    draft: data.draft === true || data.draft === 'true',
    categories,
    topics: topics.filter(isTopicId),
    produces,
    sources: readSources(data.sources, problems, () => fm.lineOf('sources')),
    sections: {
      whatIsIt: sub.whatIsIt,
      whoNeedsIt: sub.whoNeedsIt,
      intro: [preamble, sub.intro].filter(Boolean).join('\n\n'),
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
    related: relatedLinks,
    extraFrontMatter: fm.extra,
    path: meta.path,
    problems: problems.sort((a, b) => a.line - b.line),
  };
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
      problems.push({
        line: h.line,
        severity: 'warning',
        message: id
          ? `heading "${h.text}" not recognised; read as ${SECTION_LABELS[id]} from its position`
          : `heading "${h.text}" not recognised; its text is kept with additional details`,
      });
      id ??= 'details';
    } else if (seen.has(id)) {
      problems.push({
        line: h.line,
        severity: 'warning',
        message: `a second ${SECTION_LABELS[id]} section; both are read`,
      });
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
          problems.push({
            line: l.line,
            severity: 'warning',
            message: `sub-heading "${match[1]}" not recognised; read as "${id === 'whatIsIt' ? 'what is it' : 'who needs it'}" from its position`,
          });
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
      problems.push({
        line: categoriesLine(),
        severity: 'warning',
        message: `categories name ${categories.join(', ')} but the guide is in the ${meta.country}/ folder`,
      });
    }
    return foldKey(meta.country).replace(/_/g, meta.country.includes('_') ? '_' : '-');
  }
  const code =
    (declared && countryCode(declared)) ??
    fromCategories[0] ??
    (key ? countryCode(key.split('-')[0]!) : null);
  if (code) return defaultCountrySlug(code);
  problems.push({
    line: 1,
    severity: 'warning',
    message: 'country unknown (no <country>/ folder, categories or translationKey)',
  });
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
    if (present)
      problems.push({
        line: where.line(),
        severity: 'warning',
        message: `date "${text}" is not a real calendar date`,
      });
    return null;
  }
  const written = text ? readWrittenDate(text, where.lang) : null;
  if (written) return written;
  if (present) {
    problems.push({
      line: text ? where.line() : 1,
      severity: 'warning',
      message: text
        ? `date "${text}" is not a date tramit can read; write it as YYYY-MM-DD`
        : 'no date in the front matter',
    });
  }
  return null;
}

/** A list cut at MAX_ITEMS, with a warning at the first item left out. */
function capped(id: SectionId, scan: ListScan, problems: Problem[]): ListScan {
  if (scan.items.length <= MAX_ITEMS) return scan;
  problems.push({
    line: scan.items[MAX_ITEMS]!.line,
    severity: 'warning',
    message: `the ${SECTION_LABELS[id]} section has ${scan.items.length} items; only the first ${MAX_ITEMS} are read`,
  });
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
      problems.push({
        line: line(),
        severity: 'warning',
        message: `unknown document kind "${written}" in produces${guess.length > 0 ? `; did you mean "${guess[0]}"?` : ''}`,
      });
      continue;
    }
    if (kind.anyOf) {
      problems.push({
        line: line(),
        severity: 'warning',
        message: `"${id}" in produces is a choice of documents, not one: name the document the guide gives (${kind.anyOf.join(', ')})`,
      });
      continue;
    }
    if (kind.countries && !kind.countries.includes(country)) {
      problems.push({
        line: line(),
        severity: 'warning',
        message: `"${id}" in produces is a document of ${kind.countries.join(', ')}, not of ${country}`,
      });
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
        problems.push({ line: line(), severity: 'warning', message: 'a source has no url' });
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
