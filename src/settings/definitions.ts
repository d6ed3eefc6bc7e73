import { existsSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { GUIDE_LANGUAGES } from '../library/languages.js';
import { localize } from '../i18n/index.js';

/** A source tramit cloned from git: where the clone is, and the repository it came from. */
export interface GitSource {
  dir: string;
  url: string;
}

/** The settings as tramit uses them: only values of the right kind (see `readSettings`). */
export interface Settings {
  lang?: string;
  sources?: string[];
  gitSources?: GitSource[];
}

/**
 * The settings tramit keeps, as data: what each accepts and how to say what it accepts (a message key). `lang`
 * chooses the language of guides and of tramit's own messages; `sources` lists extra guide folders;
 * `gitSources` says which of them tramit cloned, and from where (only `tramit sources` changes it).
 * `valid` checks a value read from the file (a hand-edited one may be anything); `parse` checks what
 * the user types.
 */
export const SETTINGS = {
  lang: {
    description: 'settings.lang',
    expected: 'settings.expect.lang',
    allowed: [...GUIDE_LANGUAGES] as string[],
    valid(value: unknown): value is string {
      return typeof value === 'string' && this.allowed.includes(value.trim().toLowerCase());
    },
    parse(value: string): string {
      const lang = value.trim().toLowerCase();
      if (!this.allowed.includes(lang))
        throw new UsageError(localize('settings.badLanguage', { value }), [
          localize('common.useOneOf', { choices: this.allowed.join(', ') }),
        ]);
      return lang;
    },
  },
  sources: {
    description: 'settings.sources',
    expected: 'settings.expect.sources',
    allowed: null,
    valid(value: unknown): value is string[] {
      return Array.isArray(value) && value.every((dir) => typeof dir === 'string' && dir.trim() !== '');
    },
    parse(): string[] {
      // Folders are added and removed with `tramit sources`, which checks each and keeps clones apart.
      throw new UsageError(localize('config.sourcesHint'));
    },
  },
  gitSources: {
    description: 'settings.gitSources',
    expected: 'settings.expect.gitSources',
    allowed: null,
    valid(value: unknown): value is GitSource[] {
      return (
        Array.isArray(value) &&
        value.every(
          (record: unknown) =>
            record !== null &&
            typeof record === 'object' &&
            ['dir', 'url'].every((k) => {
              const field = (record as Record<string, unknown>)[k];
              return typeof field === 'string' && field.trim() !== '';
            }),
        )
      );
    },
    parse(): GitSource[] {
      // Which folders tramit made is its own record: the clones are made and deleted by `tramit sources`.
      throw new UsageError(localize('config.gitSourcesHint'));
    },
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;

export function settingKey(key: string): SettingKey {
  // Own keys only: `constructor` or `toString` is not a setting.
  if (Object.hasOwn(SETTINGS, key)) return key as SettingKey;
  throw new UsageError(localize('settings.unknown', { key }), [
    localize('settings.unknownHint', { keys: Object.keys(SETTINGS).join(', ') }),
  ]);
}

/** A guide folder as saved: absolute, existing, a folder. */
export function checkFolder(dir: string): string {
  const absolute = isAbsolute(dir) ? dir : resolve(dir);
  if (!existsSync(absolute))
    throw new UsageError(localize('settings.noFolder', { dir }), [localize('settings.noFolderHint')]);
  if (!statSync(absolute).isDirectory()) throw new UsageError(localize('settings.notAFolder', { dir }));
  return absolute.replace(/[\\/]+$/, '') || absolute;
}
