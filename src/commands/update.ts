import { basename, sep } from 'node:path';
import { existsSync, renameSync } from 'node:fs';
import type { Context } from '../context.js';
import { cacheDir, guideRoots } from '../context.js';
import { FailureExit, TramitError } from '../errors.js';
import { pickTranslation } from '../guide/resolve.js';
import { localize } from '../i18n/index.js';
import { Library } from '../library/library.js';
import type { GuideSummary } from '../library/summary.js';
import { stderrIsTTY, writeErr } from '../output.js';
import type { StoreData } from '../progress/model.js';
import { itemTexts } from '../progress/tracker.js';
import { updateLines, type SourceReport, type StartedChange } from '../render/update.js';
import type { GitSource } from '../settings/definitions.js';
import { readSettings } from '../settings/read.js';
import { diffItems, guidesChanged, type GuideEntry } from '../sources/changes.js';
import {
  checkoutSwapped,
  cloneInto,
  fetchHead,
  isRepository,
  lockSource,
  makeSourcesDir,
  revision,
  scratch,
} from '../sources/clones.js';
import { GitError } from '../sources/git.js';
import { shownUrl } from '../sources/location.js';
import { asFileProblem } from '../storage/problems.js';
import { jsonText } from '../text/sanitize.js';

/**
 * Pulls every git source, one after the other, and says what changed. A source that fails is said
 * on standard error and left as it was; the others still update, and the exit code is 1.
 */
export async function run(ctx: Context, options: { json?: boolean }): Promise<void> {
  const settings = readSettings(ctx.env);
  const sources = settings.sources ?? [];
  const records = (settings.gitSources ?? []).filter((r) => sources.includes(r.dir));
  if (records.length === 0) {
    ctx.out(options.json ? jsonText({ sources: [] }, null, 2) : localize('update.none'));
    return;
  }
  const progress = ctx.store().read();
  const followed = await followedPaths(ctx, Object.keys(progress.guides));
  const terminal = !options.json && stderrIsTTY();
  const reports: SourceReport[] = [];
  for (const record of records) {
    const name = basename(record.dir);
    const url = shownUrl(record.url);
    let report: SourceReport;
    try {
      if (terminal) writeErr(`${localize('update.fetching', { name, url })}\n`);
      report = await updateSource(ctx, record, progress, followed, terminal);
    } catch (error) {
      const problem = asFileProblem(error, record.dir, true);
      if (!(problem instanceof TramitError)) throw error;
      // A source that was there is still read as it was: only its update failed.
      const kept = existsSync(record.dir) ? [localize('git.hint.keptPrevious')] : [];
      ctx.warn([problem.message, ...problem.hints, ...kept].join('\n  '));
      report = { name, dir: record.dir, url, status: 'failed', error: problem.message };
    }
    reports.push(report);
    if (!options.json) for (const line of updateLines(report)) ctx.out(line);
  }
  if (options.json) ctx.out(jsonText({ sources: reports }, null, 2));
  if (reports.some((r) => r.status === 'failed')) throw new FailureExit();
}

async function updateSource(
  ctx: Context,
  record: GitSource,
  progress: StoreData,
  followed: ReadonlyMap<string, string>,
  terminal: boolean,
): Promise<SourceReport> {
  const { dir } = record;
  const name = basename(dir);
  const url = shownUrl(record.url);
  const doing = localize('git.doing.update', { name, url });
  const base = { name, dir, url };
  const parent = makeSourcesDir(ctx.env);
  const release = await lockSource(dir, doing);
  try {
    if (!existsSync(dir)) {
      // Deleted by hand: cloned again, the way `sources add` made it.
      const temp = scratch(parent);
      try {
        await cloneInto(record.url, temp.path, { progress: terminal, doing });
        renameSync(temp.path, dir);
      } finally {
        temp.discard();
      }
      const to = await revision(dir, 'HEAD', doing);
      return { ...base, status: 'recloned', from: null, to, added: [], removed: [], started: [] };
    }
    if (!isRepository(dir))
      throw new GitError('notAClone', doing, '', [localize('git.hint.notAClone', { url })]);
    const from = await revision(dir, 'HEAD', doing);
    const to = await fetchHead(dir, { progress: terminal, doing });
    if (to === from) return { ...base, status: 'unchanged', from, to, added: [], removed: [], started: [] };
    // A started guide is reported from the source the user follows it in, not from a copy it shadows.
    const inside = dir + sep;
    const keys = Object.keys(progress.guides).filter((k) => followed.get(k)?.startsWith(inside) ?? true);
    const before = await snapshot(ctx, dir, keys, null);
    await checkoutSwapped(dir, to, doing);
    const after = await snapshot(ctx, dir, keys, before);
    return {
      ...base,
      status: 'updated',
      from,
      to,
      ...guidesChanged(before.guides, after.guides),
      started: compare(before, after, progress),
    };
  } finally {
    await release();
  }
}

/**
 * Where each started guide is read from now, across every guide folder (the translation the user
 * sees): a procedure an earlier folder also has is followed there. Warnings about bad files are for
 * listing, not for this report.
 */
async function followedPaths(ctx: Context, keys: readonly string[]): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  if (keys.length === 0) return paths;
  const library = await Library.load(guideRoots(ctx.options, ctx.settings, ctx.env), {
    cacheDir: cacheDir(ctx.env),
  });
  for (const key of keys) {
    const translations = library.translations(key);
    if (translations.length > 0) paths.set(key, pickTranslation(translations, ctx.lang).guide.path);
  }
  return paths;
}

interface StartedGuide {
  entry: GuideEntry;
  steps: string[];
  documents: string[];
}

interface Snapshot {
  guides: GuideEntry[];
  /** The guides the user has started that this source has, by progress key, with their item texts. */
  started: Map<string, StartedGuide>;
}

/**
 * The source's guides as they are now (one translation per procedure), and the items of the ones
 * the user has started, read from the files before they change. After the update the same
 * translation is read again when there still is one.
 */
async function snapshot(
  ctx: Context,
  dir: string,
  keys: readonly string[],
  before: Snapshot | null,
): Promise<Snapshot> {
  // The cached index of the folder notices changed files by their size and time.
  const library = await Library.load([{ dir, origin: 'config' }], { cacheDir: cacheDir(ctx.env) });
  const entry = (g: GuideSummary, key = g.key): GuideEntry => ({
    key,
    id: g.id,
    country: g.country,
    title: g.title,
    lang: g.lang,
  });
  const guides = library
    .keys()
    .map((key) => entry(pickTranslation(library.translations(key), ctx.lang).guide));
  const started = new Map<string, StartedGuide>();
  for (const key of keys) {
    const translations = library.translations(key);
    if (translations.length === 0) continue;
    const lang = before?.started.get(key)?.entry.lang;
    const summary =
      translations.find((g) => g.lang === lang) ?? pickTranslation(translations, ctx.lang).guide;
    const texts = itemTexts(await library.full(summary));
    started.set(key, { entry: entry(summary, key), ...texts });
  }
  return { guides, started };
}

/** The started guides this update changed: what moved in each, and the progress that stays. */
function compare(before: Snapshot, after: Snapshot, progress: StoreData): StartedChange[] {
  const changed: StartedChange[] = [];
  for (const [key, old] of before.started) {
    const now = after.started.get(key);
    if (!now) {
      changed.push({ ...old.entry, gone: true, changes: [], kept: 0 });
      continue;
    }
    const saved = progress.guides[key]!;
    const lang = now.entry.lang;
    const steps = diffItems('step', old.steps, now.steps, saved.steps, lang);
    const documents = diffItems('document', old.documents, now.documents, saved.documents, lang);
    if (steps.changes.length + documents.changes.length === 0) continue;
    changed.push({
      ...now.entry,
      gone: false,
      changes: [...steps.changes, ...documents.changes],
      kept: steps.kept + documents.kept,
    });
  }
  return changed;
}
