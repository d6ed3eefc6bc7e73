import { relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import type { Context } from '../context.js';
import { guideRoots } from '../context.js';
import { FailureExit, UsageError } from '../errors.js';
import type { Guide, Problem } from '../guide/model.js';
import { parseGuide } from '../guide/parse.js';
import { countryCode } from '../library/countries.js';
import { describe, findGuideFiles, readGuideText, type FileWarning } from '../library/files.js';
import { layoutOf } from '../library/languages.js';
import { foldKey } from '../text/normalize.js';
import { sanitize } from '../text/sanitize.js';

export interface ValidateOptions {
  json?: boolean;
  strict?: boolean;
}

interface Report {
  path: string;
  id: string | null;
  lang: string | null;
  country: string | null;
  steps: number;
  documents: number;
  related: number;
  problems: Problem[];
}

export async function run(ctx: Context, paths: string[], options: ValidateOptions): Promise<void> {
  const files = collectFiles(ctx, paths);
  const parsed: Array<{ path: string; guide: Guide | null; problems: Problem[] }> = files.map((path) => {
    const read = readGuideText(path);
    if (!read.ok)
      return {
        path,
        guide: null,
        problems: [{ line: 0, severity: 'error', message: read.message.replace(/, skipped$/, '') }],
      };
    const guide = parseGuide(read.text, { path, ...layoutOf(resolve(path).split(sep)) });
    return { path, guide, problems: [...guide.problems] };
  });

  // Related links must reach a guide: one of the files checked here, or one tramit already knows.
  const checkedIds = new Set(
    parsed.flatMap((p) => (p.guide ? [linkKey(p.guide.country, p.guide.slug)] : [])),
  );
  const library = paths.length > 0 ? await ctx.library() : null;
  for (const entry of parsed) {
    for (const link of entry.guide?.related ?? []) {
      if (!link.target) continue;
      const known =
        checkedIds.has(linkKey(link.target.country, link.target.slug)) || library?.resolveLink(link.target);
      if (!known) {
        entry.problems.push({
          line: link.line,
          severity: 'warning',
          message: `related link ${link.target.lang}/${link.target.country}/${link.target.slug} does not match a known guide`,
        });
      }
    }
    entry.problems.sort((a, b) => a.line - b.line);
  }

  const reports: Report[] = parsed.map(({ path, guide, problems }) => ({
    path: sanitize(relative(process.cwd(), path) || path),
    id: guide?.id ?? null,
    lang: guide?.lang ?? null,
    country: guide?.country ?? null,
    steps: guide?.steps.length ?? 0,
    documents: guide?.documents.length ?? 0,
    related: guide?.related.length ?? 0,
    problems,
  }));
  const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);

  if (options.json) {
    ctx.out(JSON.stringify(reports, null, 2));
  } else {
    for (const r of reports) {
      const counts = `${r.steps} steps, ${r.documents} documents, ${r.related} related`;
      ctx.out(`${r.path}: ${r.id ?? '?'} [${r.lang ?? '?'}, ${r.country ?? '?'}] ${counts}`);
      for (const p of r.problems) ctx.out(`${r.path}:${p.line}: ${p.severity}: ${p.message}`);
    }
    ctx.out(
      `${reports.length} ${reports.length === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    );
  }
  if (errors > 0 || (options.strict && warnings > 0)) throw new FailureExit();
}

function linkKey(country: string, slug: string): string {
  return `${countryCode(country) ?? foldKey(country)}/${foldKey(slug)}`;
}

function collectFiles(ctx: Context, paths: string[]): string[] {
  const warnings: FileWarning[] = [];
  const files: string[] = [];
  const targets = paths.length > 0 ? paths : guideRoots(ctx.options, ctx.settings, ctx.env).map((r) => r.dir);
  for (const target of targets) {
    let isDir: boolean;
    try {
      isDir = statSync(target).isDirectory();
    } catch (error) {
      throw new UsageError(`cannot check ${target}: ${describe(error)}`);
    }
    if (isDir) files.push(...findGuideFiles(target, warnings).map((f) => f.path));
    else files.push(target);
  }
  for (const w of warnings) ctx.warn(`warning: ${w.path}: ${w.message}`);
  return files;
}
