import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { pickTranslation } from '../guide/resolve.js';
import type { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import type { StoreData, WalletEntry } from '../progress/model.js';
import { editDistance, fold, foldKey } from '../text/normalize.js';
import { kindById, kindLabel, type DocumentKind } from '../wallet/kinds.js';
import { kindNames, matchKind } from '../wallet/match.js';
import { decodeRequirement, entryKinds, satisfies, type Requirement } from '../wallet/requirement-key.js';
import { customIdOf, expiryOf, requirementsOf, walletLabel } from '../wallet/wallet.js';
import { dateOption, isoDate } from './shared.js';
import { interfaceLanguage, localize } from '../i18n/index.js';
import { promptTheme } from '../i18n/prompts.js';
import { jsonText, sanitize } from '../text/sanitize.js';
import { interactive } from '../output.js';

interface GuideUse {
  id: string;
  key: string;
  title: string;
  /** The last day this guide accepts the document, when its note has a rule and the date is known. */
  acceptedUntil: string | null;
  status: 'ok' | 'soon' | 'expired' | 'undated' | null;
}

/** A kind id, or a kind's name in any language; null for any other name. */
function kindForInput(input: string, lang: string): DocumentKind | null {
  return kindById(input) ?? kindById(foldKey(input)) ?? matchKind(input, lang);
}

/**
 * The kind a mistyped name is closest to ("pasaprote" → passport), or null. Only a slip of a
 * letter or two counts: a name of the user's own is not to be turned into something else.
 */
export function suggestKind(input: string): DocumentKind | null {
  const wanted = foldKey(input);
  const allowed = wanted.length < 5 ? 0 : wanted.length < 9 ? 1 : 2;
  if (allowed === 0) return null;
  let best: { kind: DocumentKind; distance: number } | null = null;
  for (const { kind, name } of kindNames()) {
    const candidate = foldKey(name);
    if (Math.abs(candidate.length - wanted.length) > allowed) continue;
    const distance = editDistance(wanted, candidate);
    if (distance <= allowed && (!best || distance < best.distance)) best = { kind, distance };
  }
  return best?.kind ?? null;
}

async function prompts() {
  const [inquirer, { default: chalk }] = await Promise.all([import('@inquirer/prompts'), import('chalk')]);
  const theme = promptTheme({ bold: chalk.bold, dim: chalk.dim });
  return { ...inquirer, theme: theme ? { theme } : {} };
}

/** Where the user's name for a document of no known kind is kept. */
const ownId = (name: string) => `custom:wallet:${foldKey(name)}`;

/**
 * The wallet id `wallet add` records: a kind, the one the user picks of a choice ("photo ID"), the
 * kind a slip of the keyboard meant (asked at a terminal, refused in a script), or their own name.
 */
async function idForAdd(input: string, lang: string, custom: boolean): Promise<string> {
  if (custom) return ownId(input);
  const ui = interfaceLanguage();
  const kind = kindForInput(input, lang);
  if (kind?.anyOf) {
    const members = kind.anyOf.map((id) => kindById(id)!);
    if (!interactive())
      throw new UsageError(localize('wallet.severalKinds', { input }), [
        localize('wallet.severalKindsHint', { ids: kind.anyOf.join(', ') }),
      ]);
    const { select, theme } = await prompts();
    return select({
      message: localize('wallet.pickKind'),
      ...theme,
      choices: members.map((m) => ({ name: kindLabel(m, ui), value: m.id as string })),
    });
  }
  if (kind) return kind.id;
  const suggestion = suggestKind(input);
  if (!suggestion) return ownId(input);
  const values = { input, label: kindLabel(suggestion, ui), id: suggestion.id };
  if (!interactive())
    throw new UsageError(localize('wallet.didYouMean', values), [localize('wallet.didYouMeanHint', values)]);
  const { confirm } = await prompts();
  return (await confirm({ message: localize('wallet.confirmSuggestion', values), default: true }))
    ? suggestion.id
    : ownId(input);
}

/** Whether `name` says nothing `label` does not ("pasaporte" beside "Pasaporte"). */
function repeats(name: string, label: string): boolean {
  const words = new Set(fold(label).split(' '));
  return fold(name)
    .split(' ')
    .every((w) => words.has(w));
}

/**
 * A document of a guide's own, in the interface language: the same document of the translation
 * in `lang` (documents keep their positions across translations), else as it was ticked.
 */
async function ownDocument(
  library: Library,
  id: string,
  entry: WalletEntry,
  lang: string,
): Promise<{ name: string; guide: GuideSummary; requirement: Requirement } | null> {
  const key = entry.source ?? id.split(':')[1] ?? '';
  const translations = library.translations(key);
  for (const summary of translations) {
    const guide = await library.full(summary);
    const index = guide.documents.findIndex((d) => customIdOf(d, guide) === id);
    if (index < 0) continue;
    const shown = pickTranslation(translations, lang).guide;
    const translated = shown === summary ? guide : await library.full(shown);
    const name =
      translated.documents.length === guide.documents.length ? translated.documents[index]!.name : entry.name;
    return {
      name,
      guide: shown,
      requirement: requirementsOf(translated)[index] ?? requirementsOf(guide)[index]!,
    };
  }
  return null;
}

function use(
  summary: GuideSummary,
  key: string,
  entry: WalletEntry,
  r: Requirement,
  today: string,
): GuideUse {
  const expiry = expiryOf(entry, r.validity, today);
  return {
    id: summary.id,
    key,
    title: summary.title,
    acceptedUntil: expiry?.until ?? null,
    status: expiry?.status ?? null,
  };
}

export async function runList(ctx: Context, options: { json?: boolean }): Promise<void> {
  const data: StoreData = ctx.store().read();
  const today = isoDate(ctx.now());
  const ui = options.json ? 'en' : interfaceLanguage();
  const ids = Object.keys(data.wallet).sort();
  const library = ids.length > 0 ? await ctx.library() : null;
  const { uses, names } = library
    ? await guideUses(ctx, library, data, ids, today)
    : { uses: new Map<string, GuideUse[]>(ids.map((id) => [id, []])), names: new Map<string, string>() };
  const rows = ids.map((id) => {
    const entry = data.wallet[id]!;
    const guides = uses.get(id)!;
    const limits = guides.flatMap((g) => (g.acceptedUntil ? [g.acceptedUntil] : [])).sort();
    const translated = names.get(id);
    return {
      id,
      kind: kindById(id)?.id ?? null,
      label: translated ?? walletLabel(id, entry, ui),
      // The name the user typed: printed, so made safe like guide text.
      name: sanitize(entry.name),
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
    ctx.out(localize('wallet.empty'));
    return;
  }
  for (const row of rows) printRow(ctx, row, data.wallet[row.id]!);
}

/**
 * For each document held, the guides in progress that use it; and the names of the guides' own
 * documents held, in the guide's translation.
 */
async function guideUses(
  ctx: Context,
  library: Library,
  data: StoreData,
  ids: readonly string[],
  today: string,
): Promise<{ uses: Map<string, GuideUse[]>; names: Map<string, string> }> {
  const uses = new Map<string, GuideUse[]>(ids.map((id) => [id, []]));
  const names = new Map<string, string>();
  const inProgress = Object.keys(data.guides);
  // Known kinds are matched against the index; no guide file is read for them.
  for (const key of inProgress) {
    const translations = library.translations(key);
    if (translations.length === 0) continue;
    const summary = await library.detailed(pickTranslation(translations, ctx.lang).guide);
    const requirements = summary.docKinds.map(decodeRequirement);
    for (const id of ids) {
      if (id.startsWith('custom:')) continue;
      const r = requirements.find((req) => satisfies(id, req, ''));
      if (r) uses.get(id)!.push(use(summary, key, data.wallet[id]!, r, today));
    }
  }
  // A guide's own document (or a choice that includes one) is named by that guide, in its translation.
  for (const id of ids) {
    const custom = entryKinds(id).find((k) => k.startsWith('custom:') && !k.startsWith('custom:wallet:'));
    if (!custom) continue;
    const entry = data.wallet[id]!;
    const own = await ownDocument(library, custom, entry, ctx.lang);
    if (!own) continue;
    names.set(id, own.name);
    if (id === custom && data.guides[own.guide.key])
      uses.get(id)!.push(use(own.guide, own.guide.key, entry, own.requirement, today));
  }
  return { uses, names };
}

function printRow(
  ctx: Context,
  row: Pick<WalletEntry, 'name' | 'obtained'> & {
    id: string;
    label: string;
    validUntil: string | null;
    guides: GuideUse[];
  },
  entry: WalletEntry,
): void {
  // The user's own words for a known kind, when they add something; a guide's wording (perhaps
  // in another language) is where the document came from, not what it is.
  const aside = !entry.source && !row.id.startsWith('custom:') && !repeats(row.name, row.label);
  ctx.out(`${row.label}${aside ? ` (${row.name})` : ''}`);
  const obtained = row.obtained
    ? localize('wallet.obtained', { date: row.obtained })
    : localize('wallet.obtainedUnknown');
  ctx.out(
    `  ${obtained}${row.validUntil ? localize('wallet.acceptedUntilSuffix', { date: row.validUntil }) : ''}`,
  );
  for (const g of row.guides) {
    const state =
      g.status === 'expired'
        ? localize('wallet.tooOld', { date: g.acceptedUntil! })
        : g.status === 'soon'
          ? localize('wallet.acceptedUntil', { date: g.acceptedUntil! })
          : g.status === 'undated'
            ? localize('wallet.needsDate')
            : localize('wallet.accepted');
    ctx.out(`  ${localize('wallet.usedBy', { id: g.id, state })}`);
  }
}

export async function runAdd(
  ctx: Context,
  input: string,
  options: { date?: string; custom?: boolean },
): Promise<void> {
  const name = input.trim();
  if (!name) throw new UsageError(localize('wallet.nameIt'));
  const obtained = dateOption(options.date, ctx.now()) ?? null;
  // A document already held under this name (one of a guide's own, "one of these"): date that one,
  // as the age warnings tell the user to.
  const held = ctx.store().read().wallet;
  const same = Object.keys(held).find(
    (k) => (k.startsWith('custom:') || k.startsWith('any:')) && foldKey(held[k]!.name) === foldKey(name),
  );
  const id = same ?? (await idForAdd(name, ctx.lang, options.custom === true));
  const now = ctx.now().toISOString();
  const existed = await ctx.store().update((data) => {
    const entry: WalletEntry | undefined = data.wallet[id];
    // Added by hand, it is held for its own sake: unticking it in a guide no longer takes it out.
    const next: WalletEntry = {
      ...entry,
      kind: id,
      name: entry?.name ?? name,
      obtained: obtained ?? entry?.obtained ?? null,
      addedAt: entry?.addedAt ?? now,
    };
    delete next.source;
    data.wallet[id] = next;
    return entry !== undefined;
  });
  const label = walletLabel(id, { kind: id, name, obtained, addedAt: now }, interfaceLanguage());
  ctx.out(
    localize(existed ? 'wallet.updated' : 'wallet.added', {
      label,
      obtained: obtained ? localize('wallet.obtainedSuffix', { date: obtained }) : '',
      custom: id.startsWith('custom:') ? localize('wallet.customSuffix') : '',
    }),
  );
}

export async function runRemove(ctx: Context, input: string): Promise<void> {
  const data = ctx.store().read();
  const ui = interfaceLanguage();
  const kind = kindForInput(input, ctx.lang);
  const target = [
    ...(kind ? [kind.id] : []),
    ownId(input),
    ...Object.keys(data.wallet).filter((k) => foldKey(data.wallet[k]!.name) === foldKey(input)),
  ].find((k) => k in data.wallet);
  if (!target) {
    const held = Object.keys(data.wallet);
    throw new UsageError(localize('wallet.notHeld', { input }), [
      held.length > 0
        ? localize('wallet.holds', {
            documents: held.map((k) => walletLabel(k, data.wallet[k], ui)).join(', '),
          })
        : localize('wallet.isEmpty'),
    ]);
  }
  await ctx.store().update((d) => void delete d.wallet[target]);
  ctx.out(localize('wallet.removed', { label: walletLabel(target, data.wallet[target], ui) }));
}
