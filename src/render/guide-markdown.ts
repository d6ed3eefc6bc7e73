import type { Guide } from '../guide/model.js';
import type { GuideView, ItemView } from '../progress/tracker.js';
import { plainInline, wrap } from '../text/wrap.js';
import { localize, localizeCount } from '../i18n/index.js';

export interface ShowInput {
  guide: Guide;
  view: GuideView;
  countryName: string;
  /** Other translations, as language codes. */
  otherLanguages: string[];
  /** The language asked for, when the guide is shown in another. */
  fallbackFrom: string | null;
  /** Related links resolved to ids the user can run. */
  related: Array<{ title: string; id: string | null; url: string }>;
  today: Date;
}

/**
 * Marks before an item, with the space after them. A terminal's renderer draws `[ ]` and `[x]` as
 * task boxes followed by two spaces and leaves `[-]` as text, so that one gets two spaces itself to
 * line up with them; the plain rendering for pipes collapses spaces, so it is unchanged there.
 */
const MARKS: Record<ItemView['state'], string> = { done: '[x] ', skipped: '[-]  ', todo: '[ ] ' };

/** Years between the guide's date and today, when the guide is more than a year old. */
export function ageInYears(date: string | null, today: Date): number | null {
  if (!date) return null;
  const then = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(then)) return null;
  const years = (today.getTime() - then) / (365.25 * 24 * 3600 * 1000);
  return years > 1 ? Math.floor(years) : null;
}

/**
 * The whole guide as one markdown document: the terminal renderer colours it, the plain renderer
 * flattens it. Links are written out as "text (url)" so no renderer can hide where a link goes.
 */
export function guideToMarkdown(input: ShowInput): string {
  const out: string[] = [];
  headerPart(input, out);
  stepsPart(input, out);
  documentsPart(input, out);
  referencePart(input, out);
  const started = input.view.progress !== undefined;
  out.push(
    '',
    started
      ? localize('show.progress', { id: input.guide.id })
      : localize('show.start', { id: input.guide.id }),
  );
  return out.join('\n') + '\n';
}

/** Title, where and when, notices (an old guide, another language), and what the procedure is. */
function headerPart(input: ShowInput, out: string[]): void {
  const { guide } = input;
  out.push(`# ${guide.title}`, '');
  const meta = [
    input.countryName,
    guide.lang,
    guide.date ? localize('show.dated', { date: guide.date }) : localize('show.undated'),
    `\`${guide.id}\``,
  ];
  out.push(meta.join(' · '), '');
  const age = ageInYears(guide.date, input.today);
  if (age !== null) out.push(`> ${localizeCount('show.old', age)}`, '');
  if (input.fallbackFrom)
    out.push(`> ${localize('show.fallback', { lang: input.fallbackFrom, shown: guide.lang })}`, '');
  if (input.otherLanguages.length > 0) {
    const languages = input.otherLanguages
      .map((l) => `${l} (\`tramit --lang ${l} show ${guide.id}\`)`)
      .join(', ');
    out.push(localize('show.alsoIn', { languages }), '');
  }
  if (guide.description) out.push(plainLinks(guide.description), '');

  if (guide.sections.whatIsIt)
    out.push(`## ${localize('show.whatIsIt')}`, '', plainLinks(guide.sections.whatIsIt), '');
  if (guide.sections.whoNeedsIt)
    out.push(`## ${localize('show.whoNeedsIt')}`, '', plainLinks(guide.sections.whoNeedsIt), '');
  if (guide.sections.intro && !guide.sections.whatIsIt) out.push(plainLinks(guide.sections.intro), '');
}

function stepsPart({ guide, view }: ShowInput, out: string[]): void {
  const started = view.progress !== undefined;
  const { steps } = view.counts;
  out.push(
    `## ${started ? localize('show.stepsDone', { done: steps.done, total: steps.total }) : localize('show.steps')}`,
    '',
  );
  if (guide.steps.length === 0)
    out.push(plainLinks(guide.sections.procedure) || localize('show.noSteps'), '');
  for (const item of view.steps) {
    const [first = '', ...rest] = plainLinks(guide.steps[item.n - 1]!.text).split('\n');
    const mark = started ? MARKS[item.state] : '';
    out.push(`${item.n}. ${mark}${first}`);
    for (const line of rest) out.push(line.trim() ? `    ${line.trim()}` : '');
    if (item.note) out.push(`    *${localize('show.yourNote', { note: item.note })}*`);
  }
  if (guide.steps.length > 0 && guide.sections.procedure) out.push('', plainLinks(guide.sections.procedure));
}

function documentsPart({ guide, view }: ShowInput, out: string[]): void {
  const started = view.progress !== undefined;
  const { documents } = view.counts;
  const anyHeld = view.documents.some((d) => d.held);
  out.push(
    '',
    `## ${started || anyHeld ? localize('show.documentsReady', { done: documents.done, total: documents.total }) : localize('show.documents')}`,
    '',
  );
  if (guide.documents.length === 0)
    out.push(plainLinks(guide.sections.documents) || localize('common.noDocuments'));
  for (const item of view.documents) {
    const doc = guide.documents[item.n - 1]!;
    const mark = started || item.held ? MARKS[item.ready ? 'done' : item.state] : '';
    out.push(`- ${mark}**${plainLinks(doc.name)}**${doc.note ? ` — ${plainLinks(doc.note)}` : ''}`);
    if (item.held && item.state !== 'done')
      out.push(
        `  *${item.held.obtained ? localize('show.inWalletObtained', { date: item.held.obtained }) : localize('show.inWallet')}*`,
      );
    if (item.note) out.push(`  *${localize('show.yourNote', { note: item.note })}*`);
    if (item.warning) out.push(`  **${localize('show.check')}** ${item.warning}`);
  }
}

/** Where to go, more details, related guides and the official sources. */
function referencePart(input: ShowInput, out: string[]): void {
  const { guide } = input;
  if (guide.providers.length > 0) {
    out.push('', `## ${localize('show.providers')}`, '');
    for (const p of guide.providers)
      out.push(
        `- **${p.name}**${[p.website, p.timeframe, p.cost]
          .filter(Boolean)
          .map((x) => ` · ${plainLinks(x)}`)
          .join('')}`,
      );
  }
  if (guide.details.length > 0 || guide.sections.details) {
    out.push('', `## ${localize('show.details')}`, '');
    for (const d of guide.details) out.push(`- ${plainLinks(d).replace(/\n/g, ' ')}`);
    if (guide.sections.details) out.push('', plainLinks(guide.sections.details));
  }
  const runnable = input.related.filter((r) => r.id);
  if (runnable.length > 0) {
    out.push('', `## ${localize('show.related')}`, '');
    for (const r of runnable) out.push(`- ${r.title}: \`tramit show ${r.id}\``);
  }
  if (guide.sources.length > 0) {
    out.push('', `## ${localize('show.sources')}`, '');
    for (const s of guide.sources)
      out.push(
        `- ${s.title === s.url ? s.url : `${s.title}: ${s.url}`}${s.checked ? ` ${localize('show.checked', { date: s.checked })}` : ''}`,
      );
  }
}

function plainLinks(markdown: string): string {
  return markdown.replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?[^)]*\)/g, (_m, text: string, url: string) =>
    text === url ? url : `${text} (${url})`,
  );
}

/** The markdown flattened to plain text for pipes and files: no colours, no escape codes. */
export function markdownToPlain(markdown: string, width = 80): string {
  return markdown
    .split('\n')
    .flatMap((line) => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading) {
        const text = plainInline(heading[2]!);
        return heading[1] === '#'
          ? [text, '='.repeat(Math.min(80, [...text].length))]
          : [text, '-'.repeat(Math.min(80, [...text].length))];
      }
      const text = plainInline(line.replace(/^>\s?/, ''));
      const item = /^(\s*)(\d+\.|-)\s+/.exec(text);
      if (item) return wrap(text.slice(item[0].length), width, item[0], ' '.repeat(item[0].length));
      const indent = /^\s*/.exec(text)![0];
      return text.trim() ? wrap(text.trim(), width, indent) : [''];
    })
    .join('\n');
}
