import { lstatSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { lazy } from '../lazy.js';
import { guideSkeleton, SKELETON_LANGUAGES } from '../guide/skeleton.js';
import { countryCode, countryInfo, defaultCountrySlug } from '../library/countries.js';
import { isoDate } from '../text/dates.js';
import { localize } from '../i18n/index.js';

export interface NewOptions {
  lang?: string;
  dir?: string;
}

/** `tramit new <country>/<slug>`: a guide skeleton at `<dir>/<lang>/<country>/<slug>.md`. */
export async function run(ctx: Context, id: string, options: NewOptions): Promise<void> {
  const match = /^([^/\\]+)\/([^/\\]+)$/.exec(id.trim());
  if (!match) throw new UsageError(localize('new.notAnId', { id }), [localize('new.notAnIdHint')]);
  const code = countryCode(match[1]!);
  if (!code)
    throw new UsageError(localize('new.unknownCountry', { country: match[1]! }), [
      localize('new.unknownCountryHint'),
    ]);
  // Slugs become file names: letters, digits, "_" and "-" only, so an id can never climb out of the folder.
  const slug = match[2]!.normalize('NFC');
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(slug))
    throw new UsageError(localize('new.notASlug', { slug }), [localize('new.notASlugHint')]);
  const lang = (options.lang ?? (ctx.langChosen ? ctx.lang : 'en')).toLowerCase();
  if (!SKELETON_LANGUAGES.includes(lang))
    throw new UsageError(localize('new.badLanguage', { lang }), [
      localize('common.useOneOf', { choices: SKELETON_LANGUAGES.join(', ') }),
    ]);
  const country = defaultCountrySlug(code);
  const folder = join(resolve(options.dir ?? '.'), lang, country);
  const file = join(folder, `${slug}.md`);
  // lstat, not exists: a link to nothing is an existing path too, and is not replaced.
  if (pathExists(file))
    throw new UsageError(localize('common.alreadyExists', { path: file }), [localize('new.existsHint')]);
  const text = guideSkeleton({
    lang,
    country,
    countryName: countryInfo(code).labels.en ?? country,
    slug,
    date: isoDate(ctx.now()),
  });
  mkdirSync(folder, { recursive: true });
  const writeFileAtomic = lazy.writeFileAtomic();
  await writeFileAtomic(file, text, { encoding: 'utf8' });
  ctx.out(file);
  ctx.warn(localize('new.written', { lang, file }));
}

function pathExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
