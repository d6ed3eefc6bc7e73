import type { Context } from '../context.js';
import { cacheDir } from '../context.js';
import { Library } from '../library/library.js';
import { UsageError } from '../errors.js';
import { checkFolder, type GitSource } from '../settings/definitions.js';
import { readSettings } from '../settings/read.js';
import { updateSetting, updateSettings } from '../settings/update.js';
import { join, resolve } from 'node:path';
import { existsSync, renameSync } from 'node:fs';
import { localize, localizeCount } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';
import { stderrIsTTY, writeErr } from '../output.js';
import { cloneName, readSourceArg, repositoryKey, shownUrl } from '../sources/location.js';

/** The git sources that are still sources (a record outlives its folder only in a hand-edited file). */
function gitRecords(sources: readonly string[], records: readonly GitSource[] = []): GitSource[] {
  return records.filter((r) => sources.includes(r.dir));
}

export async function runList(ctx: Context, options: { json?: boolean }): Promise<void> {
  const settings = readSettings(ctx.env);
  const sources = settings.sources ?? [];
  const records = gitRecords(sources, settings.gitSources);
  const urlOf = (dir: string) => records.find((r) => r.dir === dir)?.url ?? null;
  if (options.json) {
    ctx.out(
      jsonText(
        sources.map((dir) => {
          const url = urlOf(dir);
          return { dir, exists: existsSync(dir), git: url === null ? null : shownUrl(url) };
        }),
        null,
        2,
      ),
    );
    return;
  }
  if (sources.length === 0) {
    ctx.out(localize('sources.none'));
    return;
  }
  for (const dir of sources) {
    const url = urlOf(dir);
    if (!existsSync(dir)) ctx.out(localize('sources.missing', { dir }));
    else ctx.out(url === null ? dir : localize('sources.gitTag', { dir, url: shownUrl(url) }));
  }
}

/**
 * A folder is kept as it is; a repository (an address, or a repository on this machine unless
 * `--no-clone`) is cloned into tramit's data folder and kept as a git source.
 */
export async function runAdd(ctx: Context, arg: string, options: { clone?: boolean } = {}): Promise<void> {
  const given = readSourceArg(arg);
  if (given.kind === 'url') {
    if (options.clone === false)
      throw new UsageError(localize('sources.noCloneUrl', { url: shownUrl(given.url) }));
    return addClone(ctx, given.url);
  }
  const folder = checkFolder(given.path);
  if (options.clone !== false) {
    const { isRepository } = await import('../sources/clones.js');
    if (isRepository(folder)) return addClone(ctx, folder);
  }
  await updateSetting(ctx.env, 'sources', (existing = []) => {
    if (existing.includes(folder)) throw new UsageError(localize('sources.already', { dir: folder }));
    return [...existing, folder];
  });
  await reportAdded(ctx, folder, (counts) => localize('sources.added', { dir: folder, ...counts }));
}

/** Indexing the new source now tells the user what they added, and makes the next listing fast. */
async function reportAdded(
  ctx: Context,
  dir: string,
  say: (counts: { guides: string; countries: string }) => string,
): Promise<void> {
  const library = await Library.load([{ dir, origin: 'config' }], { cacheDir: cacheDir(ctx.env) });
  for (const w of library.warnings)
    ctx.warn(localize('common.fileWarning', { path: w.path, message: w.message }));
  ctx.out(
    say({
      guides: localizeCount('noun.guide', library.guides.length),
      countries: localizeCount('noun.country', library.countries().length),
    }),
  );
}

function alreadyAdded(url: string, records: readonly GitSource[]): UsageError | null {
  const key = repositoryKey(url);
  const record = records.find((r) => repositoryKey(r.url) === key);
  return record
    ? new UsageError(localize('sources.alreadyGit', { url: shownUrl(url), dir: record.dir }), [
        localize('sources.alreadyGitHint'),
      ])
    : null;
}

async function addClone(ctx: Context, url: string): Promise<void> {
  const { cloneInto, makeSourcesDir, scratch } = await import('../sources/clones.js');
  const settings = readSettings(ctx.env);
  const known = alreadyAdded(url, gitRecords(settings.sources ?? [], settings.gitSources));
  if (known) throw known;
  const dir = makeSourcesDir(ctx.env);
  const progress = stderrIsTTY();
  const doing = localize('git.doing.clone', { url: shownUrl(url) });
  const temp = scratch(dir);
  // Set inside the settings change, which TypeScript's flow analysis does not follow.
  const claimed: { dir: string | null } = { dir: null };
  try {
    if (progress) writeErr(`${localize('sources.cloning', { url: shownUrl(url) })}\n`);
    await cloneInto(url, temp.path, { progress, doing });
    // The folder gets its name under the settings lock: two clones of repositories with the same
    // name, added at once, end up side by side. Once renamed it is kept, should the change run again.
    await updateSettings(ctx.env, ['sources', 'gitSources'], (current) => {
      const sources = current.sources ?? [];
      const records = gitRecords(sources, current.gitSources);
      const again = alreadyAdded(url, records);
      if (again) throw again;
      const target = (claimed.dir ??= claimName(dir, cloneName(url), sources, temp.path));
      return { sources: [...sources, target], gitSources: [...records, { dir: target, url }] };
    });
    temp.done();
  } catch (error) {
    temp.discard();
    if (claimed.dir !== null) {
      const { deleteClone } = await import('../sources/clones.js');
      deleteClone(claimed.dir);
    }
    throw error;
  }
  const clone = claimed.dir!;
  await reportAdded(ctx, clone, (counts) =>
    localize('sources.cloned', { url: shownUrl(url), dir: clone, ...counts }),
  );
}

/** Renames the fresh clone to `<name>`, or `<name>-2`, `-3`… : the first name no folder has. */
function claimName(dir: string, name: string, sources: readonly string[], from: string): string {
  for (let n = 1; ; n++) {
    const target = join(dir, n === 1 ? name : `${name}-${n}`);
    if (sources.includes(target) || existsSync(target)) continue;
    try {
      renameSync(from, target);
      return target;
    } catch (error) {
      // Made by someone else meanwhile (a rename never replaces a folder with files in it).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY') throw error;
    }
  }
}

export async function runRemove(ctx: Context, arg: string): Promise<void> {
  const wanted = resolve(arg).replace(/[\\/]+$/, '');
  let removed = '';
  let record: GitSource | undefined;
  await updateSettings(ctx.env, ['sources', 'gitSources'], (current) => {
    const existing = current.sources ?? [];
    const records = gitRecords(existing, current.gitSources);
    const match =
      existing.find((d) => d === wanted || d === arg) ??
      records.find((r) => repositoryKey(r.url) === repositoryKey(arg))?.dir;
    if (!match) {
      throw new UsageError(localize('sources.notOne', { dir: arg }), [
        existing.length > 0
          ? localize('sources.theyAre', { dirs: existing.join(', ') })
          : localize('sources.haveNone'),
      ]);
    }
    removed = match;
    record = records.find((r) => r.dir === match);
    const sources = existing.filter((d) => d !== match);
    return {
      sources,
      gitSources: current.gitSources === undefined ? undefined : gitRecords(sources, current.gitSources),
    };
  });
  const { deleteClone, isOwnClone } = await import('../sources/clones.js');
  // Only a folder tramit made, in its own data folder: never one the settings merely point to.
  if (record && isOwnClone(record.dir, ctx.env)) {
    deleteClone(record.dir);
    ctx.out(localize('sources.removedClone', { dir: removed, url: shownUrl(record.url) }));
  } else ctx.out(localize('sources.removed', { dir: removed }));
}
