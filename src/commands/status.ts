import type { Context } from '../context.js';
import { byText } from '../text/normalize.js';
import { pickTranslation } from '../guide/resolve.js';
import { countProgress } from '../progress/tracker.js';
import { summaryWarnings } from '../wallet/wallet.js';
import { isoDate } from './shared.js';
import type { Counts } from '../progress/model.js';
import { interfaceLanguage, localize, localizeCount } from '../i18n/index.js';
import { jsonText, sanitize } from '../text/sanitize.js';
import { wrap } from '../text/wrap.js';

export interface StatusOptions {
  json?: boolean;
}

function bar(counts: Counts, width: number, unicode: boolean): string {
  const filled =
    counts.total === 0 ? width : Math.round(((counts.done + counts.skipped) / counts.total) * width);
  return unicode
    ? '█'.repeat(filled) + '░'.repeat(width - filled)
    : `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export async function run(ctx: Context, options: StatusOptions): Promise<void> {
  const data = ctx.store().read();
  const keys = Object.keys(data.guides).sort((a, b) =>
    byText(data.guides[b]!.updatedAt, data.guides[a]!.updatedAt),
  );
  const planned = Object.keys(data.plans).length > 0;
  const library = keys.length > 0 || planned ? await ctx.library() : null;
  const today = isoDate(ctx.now());
  // JSON stays English; the terminal gets the interface language.
  const lang = options.json ? 'en' : interfaceLanguage();
  const rows = [];
  for (const key of keys) {
    const progress = data.guides[key]!;
    const translations = library?.translations(key) ?? [];
    if (translations.length === 0) {
      // Only the store knows this guide now: its words are kept as saved (JSON escapes them exactly;
      // the terminal gets them made safe below).
      rows.push({
        key,
        id: progress.guideId,
        title: progress.title,
        found: false as const,
        updatedAt: progress.updatedAt,
      });
      continue;
    }
    const guide = await library!.detailed(pickTranslation(translations, ctx.lang).guide);
    const counts = countProgress(guide, progress, data.wallet);
    // The index holds each document's kinds and age rule: no guide file is read for the warnings.
    const warnings = summaryWarnings(guide.docKinds, data.wallet, today, lang);
    rows.push({
      key,
      id: guide.id,
      title: guide.title,
      found: true as const,
      updatedAt: progress.updatedAt,
      steps: counts.steps,
      documents: counts.documents,
      vanished: counts.vanished,
      warnings,
    });
  }
  if (options.json) {
    ctx.out(jsonText(rows, null, 2));
    return;
  }
  // Saved plans follow the guides, with how many of their guides are done (see `plan --list`).
  const plans = planned && library ? await (await import('./plan.js')).statusLines(ctx, data, library) : [];
  if (rows.length === 0) {
    ctx.out(localize('status.none'));
    if (plans.length > 0) ctx.out(['', ...plans].join('\n'));
    return;
  }
  const labels = { steps: localize('status.steps'), documents: localize('status.documents') };
  const width = Math.max(labels.steps.length, labels.documents.length) + 2;
  // A terminal gets long lines (titles, warnings) wrapped with a hanging indent; pipes get them whole.
  const say = (text: string, first = '', rest = first) =>
    ctx.out(
      ctx.columns === null ? first + text : wrap(text, Math.min(ctx.columns, 100), first, rest).join('\n'),
    );
  for (const row of rows) {
    say(sanitize(row.title));
    if (!row.found) {
      say(localize('status.gone', { id: row.id, key: row.key }), '  ', '    ');
      continue;
    }
    const pct = (c: Counts) =>
      `${c.done}/${c.total}${c.skipped ? ` ${localizeCount('status.skipped', c.skipped)}` : ''}`;
    ctx.out(`  ${labels.steps.padEnd(width)}${bar(row.steps, 20, ctx.isTTY)} ${pct(row.steps)}`);
    ctx.out(`  ${labels.documents.padEnd(width)}${bar(row.documents, 20, ctx.isTTY)} ${pct(row.documents)}`);
    const when = sanitize(row.updatedAt.slice(0, 16).replace('T', ' '));
    say(localize('status.lastChange', { id: row.id, when }), '  ', '    ');
    for (const warning of row.warnings) say(warning, '  ! ', '    ');
  }
  if (plans.length > 0) ctx.out(['', ...plans].join('\n'));
}
