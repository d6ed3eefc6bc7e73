import type { Guide } from '../guide/model.js';
import type { GuideView, ItemView } from '../progress/tracker.js';
import { plainInline, wrap } from '../text/wrap.js';
import { localize } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

export type ExportFormat = 'text' | 'markdown' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['text', 'markdown', 'json'];

export interface ExportInput {
  guide: Guide;
  view: GuideView;
  countryName: string;
  exportedAt: string;
}

const WIDTH = 80;

function left(view: GuideView) {
  return {
    steps: view.steps.filter((s) => s.state === 'todo'),
    documents: view.documents.filter((d) => d.state === 'todo' && !d.ready),
  };
}

function documentLine(guide: Guide, item: ItemView): { name: string; note: string } {
  const doc = guide.documents[item.n - 1]!;
  return { name: plainInline(doc.name), note: plainInline(doc.note) };
}

/** The guide's facts, as label and value, in the interface language. */
function facts({ guide, countryName, exportedAt }: ExportInput): Array<[string, string]> {
  return [
    [localize('export.country'), countryName],
    [localize('export.language'), guide.lang],
    [localize('export.guide'), guide.id],
    [localize('export.guideDate'), guide.date ?? localize('export.unknown')],
    [localize('export.exported'), exportedAt],
  ];
}

/** A printable checklist: plain text, 80 columns, `[x]`/`[ ]`/`[-]` boxes. */
export function toText(input: ExportInput): string {
  const out = [
    ...textHeader(input),
    ...textSteps(input.view),
    ...textDocuments(input.guide, input.view),
    ...textDetails(input.guide),
    ...textLeft(input.guide, input.view),
    '',
    localize('export.legend'),
  ];
  return out.join('\n') + '\n';
}

const box = (item: ItemView) =>
  item.state === 'done' || item.ready ? '[x]' : item.state === 'skipped' ? '[-]' : '[ ]';

/** Hanging indents follow the width of the label in front of the text. */
const hang = (key: 'export.note' | 'export.check' | 'export.stepsLeft', base: number) =>
  ' '.repeat(base + localize(key, { note: '', warning: '', steps: '' }).length);

/** The title, underlined, and the guide's facts in aligned columns. */
function textHeader(input: ExportInput): string[] {
  const { title } = input.guide;
  const rows = facts(input);
  const labelWidth = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [
    ...wrap(title, WIDTH),
    '='.repeat(Math.min(WIDTH, [...title].length)),
    '',
    ...rows.map(([label, value]) => `${`${label}:`.padEnd(labelWidth)}${value}`),
    '',
  ];
}

function textSteps(view: GuideView): string[] {
  const s = view.counts.steps;
  const out = [
    s.skipped
      ? localize('export.stepsSkipped', { done: s.done, total: s.total, skipped: s.skipped })
      : localize('export.steps', { done: s.done, total: s.total }),
  ];
  for (const step of view.steps) {
    const number = `${step.n}.`.padEnd(4);
    const paragraphs = plainInline(step.text)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    paragraphs.forEach((p, i) => {
      const text = p.replace(/^[-*+]\s+/, '- ');
      out.push(
        ...(i === 0
          ? wrap(text, WIDTH, `${box(step)} ${number}`, ' '.repeat(8))
          : wrap(text, WIDTH, ' '.repeat(8), ' '.repeat(10))),
      );
    });
    if (step.note)
      out.push(
        ...wrap(localize('export.note', { note: step.note }), WIDTH, ' '.repeat(8), hang('export.note', 8)),
      );
  }
  return out;
}

function textDocuments(guide: Guide, view: GuideView): string[] {
  const d = view.counts.documents;
  const out = [
    '',
    d.skipped
      ? localize('export.documentsSkipped', { done: d.done, total: d.total, skipped: d.skipped })
      : localize('export.documents', { done: d.done, total: d.total }),
  ];
  for (const item of view.documents) {
    const { name, note } = documentLine(guide, item);
    out.push(...wrap(note ? `${name} - ${note}` : name, WIDTH, `${box(item)} `, ' '.repeat(4)));
    if (item.held && item.state !== 'done') out.push(`    ${walletLine(item, 'export')}`);
    else if (item.obtained) out.push(`    ${localize('export.obtained', { date: item.obtained })}`);
    if (item.note)
      out.push(
        ...wrap(localize('export.note', { note: item.note }), WIDTH, ' '.repeat(4), hang('export.note', 4)),
      );
    if (item.warning)
      out.push(
        ...wrap(
          localize('export.check', { warning: item.warning }),
          WIDTH,
          ' '.repeat(4),
          hang('export.check', 4),
        ),
      );
  }
  return out;
}

/** The guide's additional details, when it has any. */
function textDetails(guide: Guide): string[] {
  const notes = detailParagraphs(guide);
  if (notes.length === 0) return [];
  const out = ['', localize('export.details')];
  for (const { text, bullet } of notes)
    out.push(...wrap(text, WIDTH, bullet ? '  - ' : '  ', bullet ? '    ' : '  '));
  return out;
}

/** The steps and documents still to do. */
function textLeft(guide: Guide, view: GuideView): string[] {
  const todo = left(view);
  const out = ['', localize('export.whatIsLeft')];
  if (todo.steps.length === 0 && todo.documents.length === 0) out.push(`  ${localize('export.nothingLeft')}`);
  if (todo.steps.length > 0)
    out.push(
      ...wrap(
        localize('export.stepsLeft', { steps: todo.steps.map((x) => x.n).join(', ') }),
        WIDTH,
        '  ',
        hang('export.stepsLeft', 2),
      ),
    );
  if (todo.documents.length > 0) {
    out.push(`  ${localize('export.documentsLeft')}`);
    for (const item of todo.documents)
      out.push(...wrap(documentLine(guide, item).name, WIDTH, '    - ', '      '));
  }
  return out;
}

/**
 * The guide's additional details as plain paragraphs: what to know on the day (opening hours, fees)
 * belongs on the printed checklist, whether the guide wrote it as a list or as prose.
 */
function detailParagraphs(guide: Guide): Array<{ text: string; bullet: boolean }> {
  const flat = (markdown: string) => plainInline(markdown).replace(/\s+/g, ' ').trim();
  return [
    ...guide.details.map((d) => ({ text: flat(d), bullet: true })),
    ...guide.sections.details
      .split(/\n\s*\n/)
      .map(flat)
      .filter(Boolean)
      .map((text) => ({ text, bullet: false })),
  ];
}

/** "In your wallet, obtained 2026-08-01" for a document held but not ticked in this guide. */
function walletLine(item: ItemView, area: 'export'): string {
  return item.held?.obtained
    ? localize(`${area}.inWalletObtained`, { date: item.held.obtained })
    : localize(`${area}.inWallet`);
}

function escapeMarkdownLine(text: string): string {
  return text.replace(/\n+/g, ' ');
}

/** A GitHub task list: renders as checkboxes wherever GitHub-flavoured markdown is. */
export function toMarkdown(input: ExportInput): string {
  const { guide, view } = input;
  const out: string[] = [`# ${escapeMarkdownLine(guide.title)}`, ''];
  const [country, language, id, date, exported] = facts(input);
  out.push(`- **${country![0]}:** ${country![1]}`, `- **${language![0]}:** ${language![1]}`);
  out.push(`- **${id![0]}:** \`${id![1]}\``, `- **${date![0]}:** ${date![1]}`);
  out.push(`- **${exported![0]}:** ${exported![1]}`, '');
  const task = (item: ItemView, text: string) =>
    item.state === 'skipped' && !item.ready
      ? `- [ ] ~~${text}~~ ${localize('export.skippedMark')}`
      : `- [${item.state === 'done' || item.ready ? 'x' : ' '}] ${text}`;
  out.push(`## ${localize('export.markdownSteps')}`, '');
  for (const step of view.steps) {
    const [first = '', ...rest] = step.text.split('\n');
    out.push(task(step, `${step.n}. ${first.trim()}`));
    for (const line of rest.filter((l) => l.trim())) out.push(`  ${line.trim()}`);
    if (step.note) out.push(`  > ${localize('export.note', { note: escapeMarkdownLine(step.note) })}`);
  }
  out.push('', `## ${localize('export.markdownDocuments')}`, '');
  for (const item of view.documents) {
    const doc = guide.documents[item.n - 1]!;
    out.push(task(item, doc.note ? `**${doc.name}** — ${escapeMarkdownLine(doc.note)}` : `**${doc.name}**`));
    if (item.held && item.state !== 'done') out.push(`  ${walletLine(item, 'export')}`);
    else if (item.obtained) out.push(`  ${localize('export.obtained', { date: item.obtained })}`);
    if (item.note) out.push(`  > ${localize('export.note', { note: escapeMarkdownLine(item.note) })}`);
    if (item.warning)
      out.push(`  > **${localize('export.checkLabel')}** ${escapeMarkdownLine(item.warning)}`);
  }
  if (guide.details.length > 0 || guide.sections.details) {
    out.push('', `## ${localize('export.details')}`, '');
    for (const d of guide.details) out.push(`- ${escapeMarkdownLine(d)}`);
    if (guide.sections.details) out.push(...(guide.details.length > 0 ? [''] : []), guide.sections.details);
  }
  const todo = left(view);
  out.push('', `## ${localize('export.whatIsLeft')}`, '');
  if (todo.steps.length === 0 && todo.documents.length === 0) out.push(localize('export.nothingLeft'));
  if (todo.steps.length > 0)
    out.push(`- ${localize('export.markdownStepsLeft', { steps: todo.steps.map((x) => x.n).join(', ') })}`);
  for (const item of todo.documents) out.push(`- ${guide.documents[item.n - 1]!.name}`);
  return out.join('\n') + '\n';
}

export function toJson({ guide, view, countryName, exportedAt }: ExportInput): string {
  const items = (list: ItemView[]) =>
    list.map((i) => ({
      n: i.n,
      ref: i.ref,
      text: i.text,
      state: i.state,
      note: i.note,
      changedAt: i.changedAt,
      ...(i.kind === 'document'
        ? {
            guideNote: guide.documents[i.n - 1]!.note,
            ready: i.ready,
            inWallet: i.held !== null,
            obtained: i.obtained,
            warning: i.warning,
          }
        : {}),
    }));
  const todo = left(view);
  return (
    jsonText(
      {
        guide: {
          id: guide.id,
          key: guide.key,
          lang: guide.lang,
          country: guide.country,
          countryName,
          title: guide.title,
          date: guide.date,
        },
        exportedAt,
        steps: items(view.steps),
        documents: items(view.documents),
        counts: view.counts,
        left: { steps: todo.steps.map((s) => s.n), documents: todo.documents.map((d) => d.n) },
      },
      null,
      2,
    ) + '\n'
  );
}

export function renderExport(format: ExportFormat, input: ExportInput): string {
  return format === 'markdown' ? toMarkdown(input) : format === 'json' ? toJson(input) : toText(input);
}
