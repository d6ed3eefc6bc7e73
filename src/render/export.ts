import type { Guide } from '../guide/model.js';
import type { GuideView, ItemView } from '../progress/tracker.js';
import { plainInline, wrap } from '../text/wrap.js';

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

/** A printable checklist: plain text, 80 columns, `[x]`/`[ ]`/`[-]` boxes. */
export function toText({ guide, view, countryName, exportedAt }: ExportInput): string {
  const out: string[] = [];
  out.push(...wrap(guide.title, WIDTH), '='.repeat(Math.min(WIDTH, [...guide.title].length)), '');
  out.push(`Country:    ${countryName}`, `Language:   ${guide.lang}`, `Guide:      ${guide.id}`);
  out.push(`Guide date: ${guide.date ?? 'unknown'}`, `Exported:   ${exportedAt}`, '');
  const box = (item: ItemView) =>
    item.state === 'done' || item.ready ? '[x]' : item.state === 'skipped' ? '[-]' : '[ ]';
  const { steps: s, documents: d } = view.counts;
  out.push(`Steps (${s.done} of ${s.total} done${s.skipped ? `, ${s.skipped} skipped` : ''})`);
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
    if (step.note) out.push(...wrap(`Note: ${step.note}`, WIDTH, ' '.repeat(8), ' '.repeat(14)));
  }
  out.push('', `Documents (${d.done} of ${d.total} ready${d.skipped ? `, ${d.skipped} not needed` : ''})`);
  for (const item of view.documents) {
    const { name, note } = documentLine(guide, item);
    out.push(...wrap(note ? `${name} - ${note}` : name, WIDTH, `${box(item)} `, ' '.repeat(4)));
    if (item.held && item.state !== 'done')
      out.push(`    In your wallet${item.held.obtained ? `, obtained ${item.held.obtained}` : ''}`);
    else if (item.obtained) out.push(`    Obtained: ${item.obtained}`);
    if (item.note) out.push(...wrap(`Note: ${item.note}`, WIDTH, ' '.repeat(4), ' '.repeat(10)));
    if (item.warning) out.push(...wrap(`Check: ${item.warning}`, WIDTH, ' '.repeat(4), ' '.repeat(11)));
  }
  const todo = left(view);
  out.push('', 'What is left');
  if (todo.steps.length === 0 && todo.documents.length === 0)
    out.push('  Nothing: every step and document is done or skipped.');
  if (todo.steps.length > 0)
    out.push(...wrap(`Steps: ${todo.steps.map((x) => x.n).join(', ')}`, WIDTH, '  ', '         '));
  if (todo.documents.length > 0) {
    out.push('  Documents:');
    for (const item of todo.documents)
      out.push(...wrap(documentLine(guide, item).name, WIDTH, '    - ', '      '));
  }
  out.push('', '[x] done   [-] skipped or not needed   [ ] to do');
  return out.join('\n') + '\n';
}

function escapeMarkdownLine(text: string): string {
  return text.replace(/\n+/g, ' ');
}

/** A GitHub task list: renders as checkboxes wherever GitHub-flavoured markdown is. */
export function toMarkdown({ guide, view, countryName, exportedAt }: ExportInput): string {
  const out: string[] = [`# ${escapeMarkdownLine(guide.title)}`, ''];
  out.push(`- **Country:** ${countryName}`, `- **Language:** ${guide.lang}`, `- **Guide:** \`${guide.id}\``);
  out.push(`- **Guide date:** ${guide.date ?? 'unknown'}`, `- **Exported:** ${exportedAt}`, '');
  const task = (item: ItemView, text: string) =>
    item.state === 'skipped' && !item.ready
      ? `- [ ] ~~${text}~~ (skipped)`
      : `- [${item.state === 'done' || item.ready ? 'x' : ' '}] ${text}`;
  out.push('## Steps', '');
  for (const step of view.steps) {
    const [first = '', ...rest] = step.text.split('\n');
    out.push(task(step, `${step.n}. ${first.trim()}`));
    for (const line of rest.filter((l) => l.trim())) out.push(`  ${line.trim()}`);
    if (step.note) out.push(`  > Note: ${escapeMarkdownLine(step.note)}`);
  }
  out.push('', '## Documents', '');
  for (const item of view.documents) {
    const doc = guide.documents[item.n - 1]!;
    out.push(task(item, doc.note ? `**${doc.name}** — ${escapeMarkdownLine(doc.note)}` : `**${doc.name}**`));
    if (item.held && item.state !== 'done')
      out.push(`  In your wallet${item.held.obtained ? `, obtained ${item.held.obtained}` : ''}`);
    else if (item.obtained) out.push(`  Obtained: ${item.obtained}`);
    if (item.note) out.push(`  > Note: ${escapeMarkdownLine(item.note)}`);
    if (item.warning) out.push(`  > **Check:** ${escapeMarkdownLine(item.warning)}`);
  }
  const todo = left(view);
  out.push('', '## What is left', '');
  if (todo.steps.length === 0 && todo.documents.length === 0)
    out.push('Nothing: every step and document is done or skipped.');
  if (todo.steps.length > 0) out.push(`- Steps ${todo.steps.map((x) => x.n).join(', ')}`);
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
    JSON.stringify(
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
