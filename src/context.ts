import { readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { languageOfLocale } from './library/languages.js';
import { Library, type Root } from './library/library.js';
import {
  detailsFile,
  readCacheFile,
  readRootIndex,
  searchTextsFile,
  type PrebuiltIndex,
  type RootDetails,
  type SearchTexts,
} from './library/root-index.js';
import { ProgressStore } from './progress/store.js';
import { stdoutIsTTY, writeErr, writeOut } from './output.js';
import { sanitize } from './text/sanitize.js';
import { t } from './i18n/index.js';

export interface GlobalOptions {
  lang?: string;
  guidesDir?: string[];
  bundled?: boolean;
  color?: boolean;
}

export interface Settings {
  lang?: string;
  sources?: string[];
}

/** Where config and progress live: `TRAMIT_HOME`, else the per-user config folder. */
export function homeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAMIT_HOME ? resolve(env.TRAMIT_HOME) : envPaths('tramit', { suffix: '' }).config;
}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(homeDir(env), 'config.json');
}

/**
 * The saved settings, read straight from the JSON file: commands that only read them (every listing)
 * should not pay for loading conf, which writes them.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  try {
    const data = JSON.parse(readFileSync(configPath(env), 'utf8')) as unknown;
    return data && typeof data === 'object' ? (data as Settings) : {};
  } catch {
    return {};
  }
}

export const BUNDLED_GUIDES = fileURLToPath(new URL('../guides/', import.meta.url));
/** The bundled guides' index, built with the package (`npm run build`). */
const BUNDLED_INDEX = fileURLToPath(new URL('./bundled-index.json', import.meta.url));
/** The bundled guides as the build parsed them (scripts/build-index.mjs, src/library/parsed-guides.ts). */
export const BUNDLED_PARSED = fileURLToPath(new URL('./bundled-guides/', import.meta.url));

/** Where indexes of guide folders are cached: `TRAMIT_CACHE_DIR`, else the per-user cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAMIT_CACHE_DIR ? resolve(env.TRAMIT_CACHE_DIR) : envPaths('tramit', { suffix: '' }).cache;
}

function bundledIndex(): PrebuiltIndex | null {
  const index = readRootIndex(BUNDLED_INDEX);
  return index
    ? {
        index,
        details: () => readCacheFile<RootDetails>(detailsFile(BUNDLED_INDEX)),
        search: () => readCacheFile<SearchTexts>(searchTextsFile(BUNDLED_INDEX)),
      }
    : null;
}

/** Roots in the order of CLI.md: bundled, `--guides-dir`, `TRAMIT_GUIDES`, configured sources. */
export function guideRoots(
  options: GlobalOptions,
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
): Root[] {
  const roots: Root[] = [];
  if (options.bundled !== false)
    roots.push({ dir: BUNDLED_GUIDES, origin: 'bundled', prebuilt: bundledIndex(), parsed: BUNDLED_PARSED });
  for (const dir of options.guidesDir ?? []) roots.push({ dir: resolve(dir), origin: 'option' });
  for (const dir of (env.TRAMIT_GUIDES ?? '').split(delimiter).filter(Boolean))
    roots.push({ dir: resolve(dir), origin: 'env' });
  for (const dir of Array.isArray(settings.sources) ? settings.sources : []) {
    if (typeof dir === 'string') roots.push({ dir: resolve(dir), origin: 'config' });
  }
  const seen = new Set<string>();
  return roots.filter((r) => {
    const key = r.dir.replace(/[\\/]+$/, '');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Language per CLI.md: `--lang`, `TRAMIT_LANG`, config `lang`, the locale, English. */
export function chooseLanguage(
  options: GlobalOptions,
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const candidates = [
    options.lang,
    env.TRAMIT_LANG,
    settings.lang,
    languageOfLocale(env.LC_ALL) ?? languageOfLocale(env.LC_MESSAGES) ?? languageOfLocale(env.LANG),
  ];
  const chosen = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
  return chosen ? chosen.trim().toLowerCase() : null;
}

export interface Context {
  options: GlobalOptions;
  settings: Settings;
  lang: string;
  /** False when nothing chose a language and English is only the default. */
  langChosen: boolean;
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  warn: (text: string) => void;
  /** Loads the library once per run and prints its warnings to stderr. */
  library: () => Promise<Library>;
  store: () => ProgressStore;
  /** The current time; `TRAMIT_NOW` fixes it for tests and reproducible exports. */
  now: () => Date;
  /** Whether stdout is an interactive terminal (colour, pager, prompts). */
  isTTY: boolean;
}

export function createContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Context {
  const settings = readSettings(env);
  const chosenLang = chooseLanguage(options, settings, env);
  let library: Promise<Library> | null = null;
  let store: ProgressStore | null = null;
  // Warnings carry file names from other people's folders: never let one reach the terminal raw.
  const warn = (text: string) => writeErr(`tramit: ${sanitize(text)}\n`);
  return {
    options,
    settings,
    lang: chosenLang ?? 'en',
    langChosen: chosenLang !== null,
    env,
    out: (text: string) => writeOut(text.endsWith('\n') ? text : `${text}\n`),
    warn,
    library: () =>
      (library ??= Library.load(guideRoots(options, settings, env), {
        cacheDir: cacheDir(env),
        onWarning: (w) => warn(t('common.fileWarning', { path: w.path, message: w.message })),
      })),
    store: () => (store ??= new ProgressStore(homeDir(env), warn)),
    now: () =>
      env.TRAMIT_NOW && !Number.isNaN(Date.parse(env.TRAMIT_NOW)) ? new Date(env.TRAMIT_NOW) : new Date(),
    isTTY: stdoutIsTTY(),
  };
}
