import type { Context } from '../context.js';
import { pickTranslation } from '../guide/resolve.js';
import { countProgress, viewProgress } from '../progress/tracker.js';
import { isoDate } from './shared.js';
import type { Counts } from '../progress/model.js';

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
    data.guides[b]!.updatedAt.localeCompare(data.guides[a]!.updatedAt),
  );
  const library = keys.length > 0 ? await ctx.library() : null;
  const today = isoDate(ctx.now());
  const rows = [];
  for (const key of keys) {
    const progress = data.guides[key]!;
    const translations = library?.translations(key) ?? [];
    if (translations.length === 0) {
      rows.push({
        key,
        id: progress.guideId,
        title: progress.title,
        found: false as const,
        updatedAt: progress.updatedAt,
      });
      continue;
    }
    const { guide } = pickTranslation(translations, ctx.lang);
    const counts = countProgress(guide, progress, data.wallet);
    // Age rules live in the documents' notes: read the guide only when the wallet holds one of its kinds.
    const holdsAny = guide.docKinds.some((kind) => kind !== null && kind in data.wallet);
    const warnings = holdsAny
      ? viewProgress(await library!.full(guide), progress, data.wallet, today).documents.flatMap((d) =>
          d.warning ? [d.warning] : [],
        )
      : [];
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
    ctx.out(JSON.stringify(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    ctx.out(
      'No guide started yet. Start one with `tramit walk <guide>` or tick items with `tramit check <guide> s1`.',
    );
    return;
  }
  for (const row of rows) {
    ctx.out(`${row.title}`);
    if (!row.found) {
      ctx.out(
        `  ${row.id}: this guide is not in the loaded libraries any more (progress kept; \`tramit reset ${row.key}\` forgets it)`,
      );
      continue;
    }
    const pct = (c: Counts) => `${c.done}/${c.total}${c.skipped ? ` (+${c.skipped} skipped)` : ''}`;
    ctx.out(`  steps      ${bar(row.steps, 20, ctx.isTTY)} ${pct(row.steps)}`);
    ctx.out(`  documents  ${bar(row.documents, 20, ctx.isTTY)} ${pct(row.documents)}`);
    ctx.out(`  ${row.id} · last change ${row.updatedAt.slice(0, 16).replace('T', ' ')} UTC`);
    for (const warning of row.warnings) ctx.out(`  ! ${warning}`);
  }
}
