import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { applyChanges, type ItemChange } from '../progress/tracker.js';
import { asksWhich, requirementsOf } from '../wallet/wallet.js';
import { askHeld } from '../walk/which.js';
import { loadGuide, progressView } from './shared.js';
import { t } from '../i18n/index.js';
import { promptTheme } from '../i18n/prompts.js';
import { jsonText } from '../text/sanitize.js';

export interface ChecklistOptions {
  json?: boolean;
  interactive?: boolean;
}

export async function run(ctx: Context, reference: string, options: ChecklistOptions): Promise<void> {
  const { guide } = await loadGuide(ctx, reference, { requirements: options.interactive === true });
  if (options.interactive) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) {
      throw new UsageError(t('checklist.needsTerminal'), [
        t('checklist.needsTerminalHint', { id: guide.id }),
      ]);
    }
    const view = progressView(ctx, guide);
    const [{ checkbox, select }, { default: chalk }] = await Promise.all([
      import('@inquirer/prompts'),
      import('chalk'),
    ]);
    const theme = promptTheme({ bold: chalk.bold, dim: chalk.dim });
    const chosen = await checkbox({
      message: t('checklist.prompt', { title: guide.title }),
      ...(theme ? { theme } : {}),
      choices: view.documents.map((d, i) => ({
        name: guide.documents[i]!.note
          ? `${guide.documents[i]!.name} — ${guide.documents[i]!.note}`
          : guide.documents[i]!.name,
        value: i,
        checked: d.state === 'done',
      })),
      pageSize: 12,
    });
    // The answer is the state of every document shown (another terminal may have changed some while
    // the list was on screen), merged under the lock with changes to anything else.
    const shown = view.documents.map((d, i): ItemChange => ({
      kind: 'document',
      index: i,
      state: chosen.includes(i) ? 'done' : d.state === 'done' ? 'todo' : d.state,
    }));
    const now = ctx.now().toISOString();
    await ctx.store().update((data) => applyChanges(data, guide, shown, now));
    // Which one the user holds of a document that accepts several: asked after saving the ticks,
    // so Ctrl+C here loses none; the answer replaces the "one of these" the tick recorded.
    for (const change of shown) {
      const before = view.documents[change.index]!;
      if (change.state !== 'done' || before.state === 'done' || before.held) continue;
      const r = requirementsOf(guide)[change.index]!;
      if (!asksWhich(r)) continue;
      const held = await askHeld(
        { select: (config) => select(config) },
        guide.documents[change.index]!.name,
        r,
        theme ? { theme } : {},
      );
      if ('unknown' in held) continue;
      await ctx
        .store()
        .update((data) =>
          applyChanges(data, guide, [{ kind: 'document', index: change.index, state: 'done', held }], now),
        );
    }
  }
  const view = progressView(ctx, guide, options.json);
  if (options.json) {
    ctx.out(
      jsonText(
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
  ctx.out(t('checklist.heading', { done: documents.done, total: documents.total, id: guide.id }));
  for (const [i, d] of view.documents.entries()) {
    const doc = guide.documents[i]!;
    const box = d.ready ? '[x]' : d.state === 'skipped' ? '[-]' : '[ ]';
    ctx.out(`${box} ${d.ref.padEnd(4)} ${doc.name}${doc.note ? ` — ${doc.note}` : ''}`);
    const pad = ' '.repeat(10);
    if (d.held && d.state !== 'done')
      ctx.out(
        pad +
          (d.held.obtained ? t('checklist.heldObtained', { date: d.held.obtained }) : t('checklist.held')),
      );
    else if (d.obtained) ctx.out(pad + t('checklist.obtained', { date: d.obtained }));
    if (d.note) ctx.out(pad + t('checklist.note', { note: d.note }));
    if (d.warning) ctx.out(`          ! ${d.warning}`);
  }
  const warnings = view.documents.filter((d) => d.warning);
  if (warnings.length > 0) {
    ctx.out('');
    for (const d of warnings) ctx.warn(t('common.warning', { message: d.warning! }));
  }
  if (guide.documents.length === 0) ctx.out(guide.sections.documents || t('common.noDocuments'));
  else if (documents.done < documents.total) ctx.out(t('checklist.tickHint', { id: guide.id }));
}
