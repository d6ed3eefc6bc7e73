import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type WriteFileAtomic from 'write-file-atomic';
import type { Context } from '../context.js';
import { TramitError, UsageError } from '../errors.js';
import { describe } from '../library/files.js';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../render/export.js';
import { isoDate, loadGuide, progressView } from './shared.js';

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
  const view = progressView(ctx, guide);
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
    if (stats.isDirectory()) {
      const extension = format === 'markdown' ? 'md' : format === 'json' ? 'json' : 'txt';
      throw new UsageError(
        `${target} is a folder; give a file name, e.g. ${join(target, `${guide.slug}.${extension}`)}`,
      );
    }
    // A device, pipe or socket is not a file to replace (think /dev/sda).
    if (!stats.isFile()) throw new UsageError(`${target} is not a regular file; nothing was written`);
    if (!options.force)
      throw new UsageError(`${target} already exists; nothing was written`, ['add --force to replace it']);
  } catch (error) {
    if (error instanceof TramitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      throw new TramitError(`cannot write ${target}: ${writeFailure(error)}; nothing was written`, 1);
  }
  const writeFileAtomic = createRequire(import.meta.url)('write-file-atomic') as typeof WriteFileAtomic;
  try {
    // Written to a temporary file beside the target, then renamed: a failure leaves no partial file.
    await writeFileAtomic(target, text, { encoding: 'utf8' });
  } catch (error) {
    throw new TramitError(`cannot write ${target}: ${writeFailure(error)}; nothing was written`, 1);
  }
  ctx.warn(`exported ${guide.id} (${format}) to ${target}`);
}

/** What went wrong when writing, in words. */
export function writeFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return describe(error);
  }
}
