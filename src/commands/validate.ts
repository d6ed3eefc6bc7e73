import { join, relative, resolve, sep } from 'node:path';
import { statSync, type Stats } from 'node:fs';
import type { Context } from '../context.js';
import { guideRoots } from '../context.js';
import { FailureExit, UsageError } from '../errors.js';
import type { Guide, Problem } from '../guide/model.js';
import type { Library } from '../library/library.js';
import { parseGuide } from '../guide/parse.js';
import { skeletonPlaceholders } from '../guide/skeleton.js';
import { countryCode } from '../library/countries.js';
import { describe, findGuideFiles, readGuideText, type FileWarning } from '../library/files.js';
import { layoutOf } from '../library/languages.js';
import { foldKey } from '../text/normalize.js';
import { sanitize, jsonText } from '../text/sanitize.js';
import { messageFor, messageText, localize, localizeCount, localizeIn } from '../i18n/index.js';

export interface ValidateOptions {
  json?: boolean;
  strict?: boolean;
}

/** A problem with its words for the terminal; JSON keeps the English `message`. */
type Shown = Omit<Problem, 'message'> & { message: string; text: string };

interface Report {
  path: string;
  id: string | null;
  lang: string | null;
  country: string | null;
  steps: number;
  documents: number;
  related: number;
  problems: Shown[];
}

type Checked = { path: string; guide: Guide | null; problems: Shown[] };

export async function run(ctx: Context, paths: string[], options: ValidateOptions): Promise<void> {
  const parsed = collectFiles(ctx, paths).map(checkFile);
  flagKeyClashes(parsed);
  const library = paths.length > 0 ? await ctx.library() : null;
  flagUnknownRelated(parsed, library);
  const reports = parsed.map(toReport);
  const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  const warnings = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'warning').length, 0);
  if (options.json) printJson(ctx, reports);
  else printText(ctx, reports, errors, warnings);
  if (errors > 0 || (options.strict && warnings > 0)) throw new FailureExit();
}

/** One file read and parsed, with its problems, a skeleton's placeholders among them. */
function checkFile(path: string): Checked {
  const read = readGuideText(path);
  if (!read.ok)
    return {
      path,
      guide: null,
      problems: [
        {
          line: 0,
          severity: 'error',
          message: messageText(read.reason, 'en'),
          text: messageText(read.reason),
        },
      ],
    };
  const guide = parseGuide(read.text, { path, ...layoutOf(resolve(path).split(sep)) });
  // A skeleton from `tramit new` parses as a guide: its notes to the author are what is wrong.
  const placeholders = skeletonPlaceholders(read.text).map(({ line, text, kind }): Shown => {
    const key = kind === 'url' ? 'validate.placeholderUrl' : 'validate.placeholder';
    return {
      line,
      severity: 'error',
      message: localizeIn('en', key, { text }),
      text: localize(key, { text }),
    };
  });
  return {
    path,
    guide,
    problems: [
      ...guide.problems.map((p) => ({
        ...p,
        message: messageText(p.message, 'en'),
        text: messageText(p.message),
      })),
      ...placeholders,
    ],
  };
}

/** One key names one procedure: two files of one language with the same key hide each other. */
function flagKeyClashes(parsed: Checked[]): void {
  const byKey = new Map<string, Array<{ path: string; guide: Guide; problems: Shown[] }>>();
  for (const entry of parsed) {
    if (!entry.guide) continue;
    const slot = `${entry.guide.lang}\n${entry.guide.key}`;
    byKey.set(slot, [...(byKey.get(slot) ?? []), entry as { path: string; guide: Guide; problems: Shown[] }]);
  }
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      const others = group.filter((other) => other !== entry);
      for (const other of others) {
        const params = {
          key: entry.guide.key,
          lang: entry.guide.lang,
          path: relative(process.cwd(), other.path) || other.path,
        };
        entry.problems.push({
          line: 1,
          severity: 'error',
          message: localizeIn('en', 'validate.keyClash', params),
          text: localize('validate.keyClash', params),
        });
      }
    }
  }
}

/**
 * Related links must reach a guide: one of the files checked here, or one tramit already knows. Each
 * file's problems are then put in line order.
 */
function flagUnknownRelated(parsed: Checked[], library: Library | null): void {
  const checkedIds = new Set(
    parsed.flatMap((p) => (p.guide ? [linkKey(p.guide.country, p.guide.slug)] : [])),
  );
  for (const entry of parsed) {
    for (const link of entry.guide?.related ?? []) {
      if (!link.target) continue;
      const known =
        checkedIds.has(linkKey(link.target.country, link.target.slug)) || library?.resolveLink(link.target);
      if (!known) {
        const target = `${link.target.lang}/${link.target.country}/${link.target.slug}`;
        entry.problems.push({
          line: link.line,
          severity: 'warning',
          message: localizeIn('en', 'validate.relatedUnknown', { target }),
          text: localize('validate.relatedUnknown', { target }),
        });
      }
    }
    entry.problems.sort((a, b) => a.line - b.line);
  }
}

function toReport({ path, guide, problems }: Checked): Report {
  return {
    path: sanitize(relative(process.cwd(), path) || path),
    id: guide?.id ?? null,
    lang: guide?.lang ?? null,
    country: guide?.country ?? null,
    steps: guide?.steps.length ?? 0,
    documents: guide?.documents.length ?? 0,
    related: guide?.related.length ?? 0,
    problems,
  };
}

function printJson(ctx: Context, reports: Report[]): void {
  const json = reports.map((r) => ({
    ...r,
    problems: r.problems.map(({ line, severity, message }) => ({ line, severity, message })),
  }));
  ctx.out(jsonText(json, null, 2));
}

function printText(ctx: Context, reports: Report[], errors: number, warnings: number): void {
  for (const r of reports) {
    const counts = localize('validate.counts', {
      steps: localizeCount('noun.step', r.steps),
      documents: localizeCount('noun.document', r.documents),
      related: localizeCount('noun.related', r.related),
    });
    ctx.out(`${r.path}: ${r.id ?? '?'} [${r.lang ?? '?'}, ${r.country ?? '?'}] ${counts}`);
    for (const p of r.problems)
      ctx.out(
        localize('validate.problem', {
          path: r.path,
          line: p.line,
          severity: localize(`validate.severity.${p.severity}`),
          message: p.text,
        }),
      );
  }
  ctx.out(
    localizeCount('validate.summary', reports.length, {
      files: localizeCount('noun.file', reports.length),
      errors: localizeCount('noun.error', errors),
      warnings: localizeCount('noun.warning', warnings),
    }),
  );
}

function linkKey(country: string, slug: string): string {
  return `${countryCode(country) ?? foldKey(country)}/${foldKey(slug)}`;
}

function collectFiles(ctx: Context, paths: string[]): string[] {
  const warnings: FileWarning[] = [];
  const files: string[] = [];
  const targets = paths.length > 0 ? paths : guideRoots(ctx.options, ctx.settings, ctx.env).map((r) => r.dir);
  for (const target of targets) {
    let stats: Stats;
    try {
      stats = statSync(target);
    } catch (error) {
      throw new UsageError(localize('validate.cannotCheck', { path: target, reason: describe(error) }));
    }
    if (stats.isDirectory()) files.push(...findGuideFiles(target, warnings).map((f) => join(target, f.rel)));
    // A pipe or device would block the read (and Ctrl+C with it): skipped before it is opened.
    else if (!stats.isFile())
      warnings.push({
        path: target,
        message: localize('files.skipped', { reason: messageText(messageFor('files.notRegular')) }),
      });
    else files.push(target);
  }
  for (const w of warnings) ctx.warn(localize('common.fileWarning', { path: w.path, message: w.message }));
  return files;
}
