import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { GUIDE_LANGUAGES } from './library/languages.js';

/**
 * The settings tramit keeps, as data: what each accepts and how to say what it accepts. `lang`
 * chooses the language of guides and of tramit's own messages; `sources` lists extra guide folders.
 */
export const SETTINGS = {
  lang: {
    description: 'language for guides and messages',
    allowed: [...GUIDE_LANGUAGES] as string[],
    parse(value: string): string {
      const lang = value.trim().toLowerCase();
      if (!this.allowed.includes(lang))
        throw new UsageError(`"${value}" is not a language tramit knows`, [
          `use one of: ${this.allowed.join(', ')}`,
        ]);
      return lang;
    },
  },
  sources: {
    description: 'extra guide folders, searched after the bundled guides (see `tramit sources`)',
    allowed: null,
    parse(value: string): string[] {
      return value.split(/[:\n]/).filter(Boolean).map(checkFolder);
    },
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;

export function settingKey(key: string): SettingKey {
  if (key in SETTINGS) return key as SettingKey;
  throw new UsageError(`unknown setting "${key}"`, [`settings: ${Object.keys(SETTINGS).join(', ')}`]);
}

/** A guide folder as saved: absolute, existing, a folder. */
export function checkFolder(dir: string): string {
  const absolute = isAbsolute(dir) ? dir : resolve(dir);
  if (!existsSync(absolute))
    throw new UsageError(`${dir} does not exist`, [
      'give the folder of a guide library, e.g. a clone of the community guide repository',
    ]);
  if (!statSync(absolute).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  return absolute.replace(/[\\/]+$/, '') || absolute;
}
