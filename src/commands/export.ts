import { statSync } from 'node:fs';
import type WriteFileAtomic from 'write-file-atomic';
import type { Context } from '../context.js';
import { TramitError, UsageError } from '../errors.js';
import { describe } from '../library/files.js';
import { viewProgress } from '../progress/tracker.js';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../render/export.js';
import { isoDate, loadGuide } from './shared.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  force?: boolean;
}

export async function run(ctx: Context, reference: string, options: ExportOptions): Promise<void> {
  const format = (options.format ?? 'text').toLowerCase() as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    throw new UsageError(`unknown format "${options.format}"`, [`use one of: ${EXPORT_FORMATS.join(', ')}`]);
  }
  const { guide, library } = await loadGuide(ctx, reference);
  const view = viewProgress(guide, ctx.store().read().guides[guide.key]);
  const text = renderExport(format, {
    guide,
    view,
    countryName: library.countryLabel(guide.country, guide.lang),
    exportedAt: isoDate(ctx.now()),
  });
  if (!options.output) {
    process.stdout.write(text);
    return;
  }
  const target = options.output;
  try {
    const stats = statSync(target);
    if (stats.isDirectory())
      throw new UsageError(
        `${target} is a folder; give a file name, e.g. ${target.replace(/\/$/, '')}/${guide.slug}.${format === 'markdown' ? 'md' : format === 'json' ? 'json' : 'txt'}`,
      );
    if (!options.force)
      throw new UsageError(`${target} already exists; nothing was written`, ['add --force to replace it']);
  } catch (error) {
    if (error instanceof TramitError) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new TramitError(`cannot write ${target}: ${describe(error)}`, 1);
  }
  const { createRequire } = await import('node:module');
  // write-file-atomic is CommonJS (`export =`); require keeps its types.
  const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as typeof WriteFileAtomic;
  try {
    // Written to a temporary file beside the target, then renamed: a failure leaves no partial file.
    await writeFileAtomic(target, text, { encoding: 'utf8' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : describe(error);
    throw new TramitError(`cannot write ${target}: ${reason}; nothing was written`, 1);
  }
  ctx.warn(`exported ${guide.id} (${format}) to ${target}`);
}
