import { join, relative, resolve, sep } from 'node:path';
import { statSync, type Stats } from 'node:fs';
import type { Context } from '../context.js';
import { guideRoots } from '../context.js';
import { FailureExit, UsageError } from '../errors.js';
import type { Guide, Problem } from '../guide/model.js';
import { parseGuide } from '../guide/parse.js';
import { skeletonPlaceholders } from '../guide/skeleton.js';
import { countryCode } from '../library/countries.js';
import { describe, findGuideFiles, readGuideText, type FileWarning } from '../library/files.js';
import { layoutOf } from '../library/languages.js';
import { foldKey } from '../text/normalize.js';
import { sanitize, jsonText } from '../text/sanitize.js';
import { problemText } from '../i18n/english.js';
import { msg, say, t, tc, tl } from '../i18n/index.js';

export interface ValidateOptions {
  json?: boolean;
  strict?: boolean;
}

/** A problem with its words for the terminal; JSON keeps the English `message`. */
type Shown = Problem & { text: string };

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

export async function run(ctx: Context, paths: string[], options: ValidateOptions): Promise<void> {
  const files = collectFiles(ctx, paths);
  const parsed: Array<{ path: string; guide: Guide | null; problems: Shown[] }> = files.map((path) => {
    const read = readGuideText(path);
    if (!read.ok)
      return {
        path,
        guide: null,
        problems: [{ line: 0, severity: 'error', message: say(read.reason, 'en'), text: say(read.reason) }],
      };
    const guide = parseGuide(read.text, { path, ...layoutOf(resolve(path).split(sep)) });
    // A skeleton from `tramit new` parses as a guide: its notes to the author are what is wrong.
    const placeholders = skeletonPlaceholders(read.text).map(({ line, text, kind }): Shown => {
      const key = kind === 'url' ? 'validate.placeholderUrl' : 'validate.placeholder';
      return { line, severity: 'error', message: tl('en', key, { text }), text: t(key, { text }) };
    });
    return {
      path,
      guide,
      problems: [...guide.problems.map((p) => ({ ...p, text: problemText(p.message) })), ...placeholders],
    };
  });

  // One key names one procedure: two files of one language with the same key hide each other.
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
          message: tl('en', 'validate.keyClash', params),
          text: t('validate.keyClash', params),
        });
      }
    }
  }

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
        const target = `${link.target.lang}/${link.target.country}/${link.target.slug}`;
        entry.problems.push({
          line: link.line,
          severity: 'warning',
          message: tl('en', 'validate.relatedUnknown', { target }),
          text: t('validate.relatedUnknown', { target }),
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
    const json = reports.map((r) => ({
      ...r,
      problems: r.problems.map(({ line, severity, message }) => ({ line, severity, message })),
    }));
    ctx.out(jsonText(json, null, 2));
  } else {
    for (const r of reports) {
      const counts = t('validate.counts', {
        steps: tc('noun.step', r.steps),
        documents: tc('noun.document', r.documents),
        related: tc('noun.related', r.related),
      });
      ctx.out(`${r.path}: ${r.id ?? '?'} [${r.lang ?? '?'}, ${r.country ?? '?'}] ${counts}`);
      for (const p of r.problems)
        ctx.out(
          t('validate.problem', {
            path: r.path,
            line: p.line,
            severity: t(`validate.severity.${p.severity}`),
            message: p.text,
          }),
        );
    }
    ctx.out(
      tc('validate.summary', reports.length, {
        files: tc('noun.file', reports.length),
        errors: tc('noun.error', errors),
        warnings: tc('noun.warning', warnings),
      }),
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
    let stats: Stats;
    try {
      stats = statSync(target);
    } catch (error) {
      throw new UsageError(t('validate.cannotCheck', { path: target, reason: describe(error) }));
    }
    if (stats.isDirectory()) files.push(...findGuideFiles(target, warnings).map((f) => join(target, f.rel)));
    // A pipe or device would block the read (and Ctrl+C with it): skipped before it is opened.
    else if (!stats.isFile())
      warnings.push({ path: target, message: t('files.skipped', { reason: say(msg('files.notRegular')) }) });
    else files.push(target);
  }
  for (const w of warnings) ctx.warn(t('common.fileWarning', { path: w.path, message: w.message }));
  return files;
}
