import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import type { Guide } from '../guide/model.js';
import { applyChanges, type GuideView } from '../progress/tracker.js';
import { asksWhich, requirementsOf } from '../wallet/wallet.js';
import { askHeld } from '../walk/which.js';
import { loadGuide, progressView } from './shared.js';
import { localize } from '../i18n/index.js';
import { checkboxTheme, promptTheme } from '../i18n/prompts.js';
import { jsonText } from '../text/sanitize.js';
import { wrap } from '../text/wrap.js';
import { interactive } from '../output.js';

export interface ChecklistOptions {
  json?: boolean;
  interactive?: boolean;
}

export async function run(ctx: Context, reference: string, options: ChecklistOptions): Promise<void> {
  const { guide, saved } = await loadGuide(ctx, reference, { requirements: options.interactive === true });
  if (options.interactive) await tickInteractively(ctx, guide);
  const view = progressView(ctx, guide, options.json, saved);
  if (options.json) printJson(ctx, guide, view);
  else printText(ctx, guide, view);
}

/** `--interactive`: the documents as a list to tick in a terminal, saved, then which one of several. */
async function tickInteractively(ctx: Context, guide: Guide): Promise<void> {
  if (!interactive()) {
    throw new UsageError(localize('checklist.needsTerminal'), [
      localize('checklist.needsTerminalHint', { id: guide.id }),
    ]);
  }
  const view = progressView(ctx, guide);
  const [{ checkbox, select }, { default: chalk }, { documentChoices, documentAnswer }] = await Promise.all([
    import('@inquirer/prompts'),
    import('chalk'),
    import('../walk/flow.js'),
  ]);
  // The same list as `walk` ends with: what the wallet holds starts ticked, and says so.
  const chosen = await checkbox({
    message: localize('checklist.prompt', { title: guide.title }),
    theme: checkboxTheme({ bold: chalk.bold, dim: chalk.dim }),
    choices: documentChoices(guide, view),
    pageSize: 12,
  });
  // The answer is the state of every document shown (another terminal may have changed some while
  // the list was on screen), merged under the lock with changes to anything else.
  const shown = documentAnswer(view, chosen);
  const now = ctx.now().toISOString();
  await ctx.store().update((data) => applyChanges(data, guide, shown, now));
  // Which one the user holds of a document that accepts several: asked after saving the ticks,
  // so Ctrl+C here loses none; the answer replaces the "one of these" the tick recorded.
  const theme = promptTheme({ bold: chalk.bold, dim: chalk.dim });
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

function printJson(ctx: Context, guide: Guide, view: GuideView): void {
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
}

function printText(ctx: Context, guide: Guide, view: GuideView): void {
  const { documents } = view.counts;
  // In a terminal every line is wrapped with a hanging indent; pipes get one line per item, for grep.
  const width = ctx.columns === null ? Infinity : Math.min(ctx.columns, 100);
  const say = (text: string, first = '', rest = first) =>
    ctx.out((width === Infinity ? [first + text] : wrap(text, width, first, rest)).join('\n'));
  say(guide.title);
  say(localize('checklist.heading', { done: documents.done, total: documents.total, id: guide.id }));
  const pad = ' '.repeat(10);
  for (const [i, d] of view.documents.entries()) {
    const doc = guide.documents[i]!;
    const box = d.ready ? '[x]' : d.state === 'skipped' ? '[-]' : '[ ]';
    say(`${doc.name}${doc.note ? ` — ${doc.note}` : ''}`, `${box} ${d.ref.padEnd(4)} `, ' '.repeat(9));
    if (d.held && d.state !== 'done')
      say(
        d.held.obtained
          ? localize('checklist.heldObtained', { date: d.held.obtained })
          : localize('checklist.held'),
        pad,
      );
    else if (d.obtained) say(localize('checklist.obtained', { date: d.obtained }), pad);
    if (d.note) say(localize('checklist.note', { note: d.note }), pad, pad + '      ');
    if (d.warning) say(d.warning, `${pad}! `, `${pad}  `);
  }
  const warnings = view.documents.filter((d) => d.warning);
  if (warnings.length > 0) ctx.out('');
  // Each warning is on the list already; stderr repeats it only for a script reading stdout.
  for (const d of warnings) ctx.warnShown(localize('common.warning', { message: d.warning! }));
  if (guide.documents.length === 0) say(guide.sections.documents || localize('common.noDocuments'));
  else if (documents.done < documents.total) say(localize('checklist.tickHint', { id: guide.id }));
}
