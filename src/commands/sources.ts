import type { Context } from '../context.js';
import { cacheDir, readSettings } from '../context.js';
import { Library } from '../library/library.js';
import { UsageError } from '../errors.js';
import { updateSetting } from '../config/store.js';
import { checkFolder } from '../settings.js';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { t, tc } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

export async function runList(ctx: Context, options: { json?: boolean }): Promise<void> {
  const sources = readSettings(ctx.env).sources ?? [];
  if (options.json) {
    ctx.out(
      jsonText(
        sources.map((dir) => ({ dir, exists: existsSync(dir) })),
        null,
        2,
      ),
    );
    return;
  }
  if (sources.length === 0) {
    ctx.out(t('sources.none'));
    return;
  }
  for (const dir of sources) ctx.out(existsSync(dir) ? dir : t('sources.missing', { dir }));
}

export async function runAdd(ctx: Context, dir: string): Promise<void> {
  const folder = checkFolder(dir);
  await updateSetting(ctx.env, 'sources', (existing = []) => {
    if (existing.includes(folder)) throw new UsageError(t('sources.already', { dir: folder }));
    return [...existing, folder];
  });
  // Indexing it now tells the user what they added, and makes the next listing fast.
  const library = await Library.load([{ dir: folder, origin: 'config' }], { cacheDir: cacheDir(ctx.env) });
  for (const w of library.warnings) ctx.warn(t('common.fileWarning', { path: w.path, message: w.message }));
  const countries = library.countries();
  ctx.out(
    t('sources.added', {
      dir: folder,
      guides: tc('noun.guide', library.guides.length),
      countries: tc('noun.country', countries.length),
    }),
  );
}

export async function runRemove(ctx: Context, dir: string): Promise<void> {
  const wanted = resolve(dir).replace(/[\\/]+$/, '');
  let removed = '';
  await updateSetting(ctx.env, 'sources', (existing = []) => {
    const match = existing.find((d) => d === wanted || d === dir);
    if (!match) {
      throw new UsageError(t('sources.notOne', { dir }), [
        existing.length > 0 ? t('sources.theyAre', { dirs: existing.join(', ') }) : t('sources.haveNone'),
      ]);
    }
    removed = match;
    return existing.filter((d) => d !== match);
  });
  ctx.out(t('sources.removed', { dir: removed }));
}
