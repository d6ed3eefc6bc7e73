import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { applyChanges } from '../progress/tracker.js';
import { loadGuide, progressView } from './shared.js';

export interface ChecklistOptions {
  json?: boolean;
  interactive?: boolean;
}

export async function run(ctx: Context, reference: string, options: ChecklistOptions): Promise<void> {
  const { guide } = await loadGuide(ctx, reference);
  if (options.interactive) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw new UsageError('`checklist -i` needs an interactive terminal', [
        `tick documents from a script with \`tramit check ${guide.id} d1 d2\``,
      ]);
    }
    const view = progressView(ctx, guide);
    const { checkbox } = await import('@inquirer/prompts');
    const chosen = await checkbox({
      message: `Documents you have for "${guide.title}"`,
      choices: view.documents.map((d, i) => ({
        name: guide.documents[i]!.note
          ? `${guide.documents[i]!.name} — ${guide.documents[i]!.note}`
          : guide.documents[i]!.name,
        value: i,
        checked: d.state === 'done',
      })),
      pageSize: 12,
    });
    const now = ctx.now().toISOString();
    await ctx.store().update((data) =>
      applyChanges(
        data,
        guide,
        view.documents.flatMap((d, i) => {
          const want = chosen.includes(i) ? 'done' : d.state === 'done' ? 'todo' : d.state;
          return want === d.state ? [] : [{ kind: 'document' as const, index: i, state: want }];
        }),
        now,
      ),
    );
  }
  const view = progressView(ctx, guide);
  if (options.json) {
    ctx.out(
      JSON.stringify(
        {
          id: guide.id,
          key: guide.key,
          lang: guide.lang,
          title: guide.title,
          documents: view.documents.map((d, i) => ({
            n: d.n,
            ref: d.ref,
            name: guide.documents[i]!.name,
            note: guide.documents[i]!.note,
            state: d.state,
            ready: d.ready,
            held: d.held ? { kind: d.held.kind, name: d.held.name, obtained: d.held.obtained } : null,
            obtained: d.obtained,
            warning: d.warning,
            changedAt: d.changedAt,
          })),
        },
        null,
        2,
      ),
    );
    return;
  }
  const { documents } = view.counts;
  ctx.out(`${guide.title}`);
  ctx.out(`Documents (${documents.done} of ${documents.total} ready) — ${guide.id}`);
  for (const [i, d] of view.documents.entries()) {
    const doc = guide.documents[i]!;
    const box = d.ready ? '[x]' : d.state === 'skipped' ? '[-]' : '[ ]';
    ctx.out(`${box} ${d.ref.padEnd(4)} ${doc.name}${doc.note ? ` — ${doc.note}` : ''}`);
    if (d.held && d.state !== 'done')
      ctx.out(`          held: in your wallet${d.held.obtained ? `, obtained ${d.held.obtained}` : ''}`);
    else if (d.obtained) ctx.out(`          obtained ${d.obtained}`);
    if (d.note) ctx.out(`          note: ${d.note}`);
    if (d.warning) ctx.out(`          ! ${d.warning}`);
  }
  const warnings = view.documents.filter((d) => d.warning);
  if (warnings.length > 0) {
    ctx.out('');
    for (const d of warnings) ctx.warn(`warning: ${d.warning}`);
  }
  if (guide.documents.length === 0) ctx.out(guide.sections.documents || 'This guide lists no documents.');
  else if (documents.done < documents.total)
    ctx.out(
      `Tick one with \`tramit check ${guide.id} d1\`, or all at once with \`tramit checklist ${guide.id} -i\`.`,
    );
}
