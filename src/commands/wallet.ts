import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { pickTranslation } from '../guide/resolve.js';
import type { WalletEntry } from '../progress/model.js';
import { foldKey } from '../text/normalize.js';
import { kindById, matchKind } from '../wallet/kinds.js';
import { expiryOf, walletIdOf, walletLabel } from '../wallet/wallet.js';
import { dateOption, isoDate } from './shared.js';
import { t } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

interface GuideUse {
  id: string;
  key: string;
  title: string;
  /** The last day this guide accepts the document, when its note has a rule and the date is known. */
  acceptedUntil: string | null;
  status: 'ok' | 'soon' | 'expired' | 'undated' | null;
}

/** A kind id, a kind's name in any language, or any other name (kept as the user's own kind). */
function walletIdForInput(input: string, lang: string): { id: string; name: string } {
  const byId = kindById(input) ?? kindById(foldKey(input));
  const kind = byId ?? matchKind(input, lang);
  if (kind) return { id: kind.id, name: input };
  return { id: `custom:wallet:${foldKey(input)}`, name: input };
}

export async function runList(ctx: Context, options: { json?: boolean }): Promise<void> {
  const data = ctx.store().read();
  const today = isoDate(ctx.now());
  const ids = Object.keys(data.wallet).sort();
  const uses = new Map<string, GuideUse[]>(ids.map((id) => [id, []]));
  if (ids.length > 0 && Object.keys(data.guides).length > 0) {
    const library = await ctx.library();
    for (const key of Object.keys(data.guides)) {
      const translations = library.translations(key);
      if (translations.length === 0) continue;
      const summary = pickTranslation(translations, ctx.lang).guide;
      const guide = await library.full(summary);
      for (const doc of guide.documents) {
        const id = walletIdOf(doc, guide);
        const entry = data.wallet[id];
        if (!entry) continue;
        const expiry = expiryOf(entry, doc.note, today);
        const list = uses.get(id)!;
        if (!list.some((u) => u.key === key))
          list.push({
            id: guide.id,
            key,
            title: guide.title,
            acceptedUntil: expiry?.until ?? null,
            status: expiry?.status ?? null,
          });
      }
    }
  }
  const rows = ids.map((id) => {
    const entry = data.wallet[id]!;
    const guides = uses.get(id)!;
    const limits = guides.flatMap((g) => (g.acceptedUntil ? [g.acceptedUntil] : [])).sort();
    return {
      id,
      kind: kindById(id)?.id ?? null,
      label: walletLabel(id, entry, ctx.lang),
      name: entry.name,
      obtained: entry.obtained,
      addedAt: entry.addedAt,
      validUntil: limits[0] ?? null,
      guides,
    };
  });
  if (options.json) {
    ctx.out(jsonText(rows, null, 2));
    return;
  }
  if (rows.length === 0) {
    ctx.out(t('wallet.empty'));
    return;
  }
  for (const row of rows) {
    ctx.out(`${row.label}${row.name !== row.label ? ` (${row.name})` : ''}`);
    const obtained = row.obtained
      ? t('wallet.obtained', { date: row.obtained })
      : t('wallet.obtainedUnknown');
    ctx.out(
      `  ${obtained}${row.validUntil ? t('wallet.acceptedUntilSuffix', { date: row.validUntil }) : ''}`,
    );
    for (const g of row.guides) {
      const state =
        g.status === 'expired'
          ? t('wallet.tooOld', { date: g.acceptedUntil! })
          : g.status === 'soon'
            ? t('wallet.acceptedUntil', { date: g.acceptedUntil! })
            : g.status === 'undated'
              ? t('wallet.needsDate')
              : t('wallet.accepted');
      ctx.out(`  ${t('wallet.usedBy', { id: g.id, state })}`);
    }
  }
}

export async function runAdd(ctx: Context, input: string, options: { date?: string }): Promise<void> {
  const name = input.trim();
  if (!name) throw new UsageError(t('wallet.nameIt'));
  const obtained = dateOption(options.date, ctx.now()) ?? null;
  const { id } = walletIdForInput(name, ctx.lang);
  const now = ctx.now().toISOString();
  const existed = await ctx.store().update((data) => {
    const entry: WalletEntry | undefined = data.wallet[id];
    data.wallet[id] = {
      kind: id,
      name: entry?.name ?? name,
      obtained: obtained ?? entry?.obtained ?? null,
      addedAt: entry?.addedAt ?? now,
    };
    return entry !== undefined;
  });
  const label = walletLabel(id, { kind: id, name, obtained, addedAt: now }, ctx.lang);
  ctx.out(
    t(existed ? 'wallet.updated' : 'wallet.added', {
      label,
      obtained: obtained ? t('wallet.obtainedSuffix', { date: obtained }) : '',
      custom: id.startsWith('custom:') ? t('wallet.customSuffix') : '',
    }),
  );
}

export async function runRemove(ctx: Context, input: string): Promise<void> {
  const data = ctx.store().read();
  const { id } = walletIdForInput(input, ctx.lang);
  const target = [
    id,
    ...Object.keys(data.wallet).filter((k) => foldKey(data.wallet[k]!.name) === foldKey(input)),
  ].find((k) => k in data.wallet);
  if (!target) {
    const held = Object.keys(data.wallet);
    throw new UsageError(t('wallet.notHeld', { input }), [
      held.length > 0
        ? t('wallet.holds', {
            documents: held.map((k) => walletLabel(k, data.wallet[k], ctx.lang)).join(', '),
          })
        : t('wallet.isEmpty'),
    ]);
  }
  await ctx.store().update((d) => void delete d.wallet[target]);
  ctx.out(t('wallet.removed', { label: walletLabel(target, data.wallet[target], ctx.lang) }));
}
