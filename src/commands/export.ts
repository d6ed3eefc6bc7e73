import { lstatSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';
import type { Context } from '../context.js';
import { TramitError, UsageError } from '../errors.js';
import { lazy } from '../lazy.js';
import { describe } from '../library/files.js';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../render/export.js';
import { isoDate, loadGuide, progressView } from './shared.js';
import { writeOut } from '../output.js';
import { sanitizeOutput } from '../text/sanitize.js';
import { localize } from '../i18n/index.js';

export interface ExportOptions {
  format?: string;
  output?: string;
  force?: boolean;
}

export async function run(ctx: Context, reference: string, options: ExportOptions): Promise<void> {
  const format = exportFormat(options.format, options.output);
  if (options.output !== undefined && options.output.trim() === '')
    throw new UsageError(localize('export.emptyOutput'), [localize('export.emptyOutputHint')]);
  const { guide, library, saved } = await loadGuide(ctx, reference);
  const view = progressView(ctx, guide, format === 'json', saved);
  const text = renderExport(format, {
    guide,
    view,
    countryName: library.countryLabel(guide.country, guide.lang),
    exportedAt: isoDate(ctx.now()),
  });
  if (options.output === undefined) {
    writeOut(text);
    return;
  }
  const target = options.output;
  try {
    // lstat: a link, even one to nothing, is an existing path like any other.
    const link = lstatSync(target);
    const stats = link.isSymbolicLink() ? (statOrNull(target) ?? link) : link;
    if (stats.isDirectory()) {
      const extension = format === 'markdown' ? 'md' : format === 'json' ? 'json' : 'txt';
      throw new UsageError(
        localize('export.isFolder', { path: target, example: join(target, `${guide.slug}.${extension}`) }),
      );
    }
    // A device, pipe or socket is not a file to replace (think /dev/sda).
    if (!stats.isFile() && !stats.isSymbolicLink())
      throw new UsageError(localize('export.notAFile', { path: target }));
    if (!options.force)
      throw new UsageError(localize('common.alreadyExists', { path: target }), [
        localize('export.forceHint'),
      ]);
  } catch (error) {
    if (error instanceof TramitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      throw new TramitError(localize('export.cannotWrite', { path: target, reason: writeFailure(error) }), 1);
  }
  const writeFileAtomic = lazy.writeFileAtomic();
  try {
    // Written to a temporary file beside the target, then renamed: a failure leaves no partial file.
    // A file gets what the terminal would: the same guard as every printed text.
    await writeFileAtomic(target, sanitizeOutput(text), { encoding: 'utf8' });
  } catch (error) {
    throw new TramitError(localize('export.cannotWrite', { path: target, reason: writeFailure(error) }), 1);
  }
  ctx.warn(localize('export.written', { id: guide.id, format, path: target }));
}

const ALIASES: Record<string, ExportFormat> = { md: 'markdown', txt: 'text' };
const BY_EXTENSION: Record<string, ExportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
};

/** `--format` when given (`md` for markdown), else what the output file's extension says, else text. */
export function exportFormat(given: string | undefined, output: string | undefined): ExportFormat {
  if (given === undefined) return BY_EXTENSION[extname(output ?? '').toLowerCase()] ?? 'text';
  const format = given.toLowerCase();
  const known = ALIASES[format] ?? EXPORT_FORMATS.find((f) => f === format);
  if (!known)
    throw new UsageError(localize('export.unknownFormat', { format: given }), [
      localize('common.useOneOf', { choices: EXPORT_FORMATS.join(', ') }),
    ]);
  return known;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** What went wrong when writing, in words. */
export function writeFailure(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return localize('export.diskFull');
    case 'EACCES':
    case 'EPERM':
      return localize('export.permissionDenied');
    case 'EROFS':
      return localize('export.readOnly');
    case 'ENOENT':
      return localize('export.noFolder');
    case 'ENOTDIR':
      return localize('export.notAFolder');
    default:
      return describe(error);
  }
}
