import { delimiter, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { Library, type Root } from './library/library.js';
import { Ledger, onDamagedCache } from './cache/cache-file.js';
import { readPrebuilt } from './library/root-index.js';
import { ProgressStore } from './progress/store.js';
import { stderrIsTTY, stdoutIsTTY, terminalSize, writeErr, writeErrStatus, writeOut } from './output.js';
import { runtime } from './runtime.js';
import { languageOfEnvironment } from './text/locale.js';
import { sanitize } from './text/sanitize.js';
import { messageText, localize, localizeCount } from './i18n/index.js';
import type { Settings } from './settings/definitions.js';
import { readSettings, unsaidSettingsProblems } from './settings/read.js';
import { staleMs } from './storage/locked-file.js';

// main.ts reads the settings (for the interface language) through this module, which every command
// loads anyway: a separate dynamic import of settings/read.js would be one more file at each start.
export { readSettings };

export interface GlobalOptions {
  lang?: string;
  guidesDir?: string[];
  bundled?: boolean;
  color?: boolean;
  verbose?: boolean;
}

/** Where config and progress live: `TRAMIT_HOME`, else the per-user config folder. */
export function homeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAMIT_HOME ? resolve(env.TRAMIT_HOME) : envPaths('tramit', { suffix: '' }).config;
}

export const BUNDLED_GUIDES = fileURLToPath(new URL('../guides/', import.meta.url));
// Named from the package folder, not from this file's: the same place whether this code runs bundled
// in dist/ (the binary) or from src/ (tests that run commands in-process).
/**
 * The bundled guides' index, built with the package (`npm run build`); shipped with it, and checked
 * like any cache file: a damaged one is not used.
 */
const BUNDLED_INDEX = fileURLToPath(new URL('../dist/bundled-index.json', import.meta.url));
/** The bundled guides as the build parsed them (scripts/build-index.mjs, src/library/parsed-guides.ts). */
export const BUNDLED_PARSED = fileURLToPath(new URL('../dist/bundled-guides/', import.meta.url));

/** Where indexes of guide folders are cached: `TRAMIT_CACHE_DIR`, else the per-user cache folder. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TRAMIT_CACHE_DIR ? resolve(env.TRAMIT_CACHE_DIR) : envPaths('tramit', { suffix: '' }).cache;
}

/** Roots in the order of CLI.md: bundled, `--guides-dir`, `TRAMIT_GUIDES`, configured sources. */
export function guideRoots(
  options: GlobalOptions,
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
): Root[] {
  const roots: Root[] = [];
  if (options.bundled !== false)
    roots.push({
      dir: BUNDLED_GUIDES,
      origin: 'bundled',
      prebuilt: readPrebuilt(BUNDLED_INDEX, Ledger.of(cacheDir(env))),
      parsed: BUNDLED_PARSED,
    });
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
  const candidates = [options.lang, env.TRAMIT_LANG, settings.lang, languageOfEnvironment(env)];
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
  /**
   * A warning the output already shows in place: said again on stderr only when stdout is not a
   * terminal (a script reading the output still sees it there), never twice on one screen.
   */
  warnShown: (text: string) => void;
  /** Loads the library once per run and prints its warnings to stderr. */
  library: () => Promise<Library>;
  store: () => ProgressStore;
  /** The current time; `TRAMIT_NOW` fixes it for tests and reproducible exports. */
  now: () => Date;
  /** Whether stdout is an interactive terminal (colour, pager, prompts). */
  isTTY: boolean;
  /** The terminal's width when stdout is one (text is wrapped to it); null for pipes and files. */
  columns: number | null;
}

/**
 * A progress line on stderr while guides are read for a first index: shown only in a terminal, and
 * only once reading has taken longer than `TRAMIT_PROGRESS_DELAY_MS` (half a second), so that a
 * quick start prints nothing. Returns the callback, and what to call when loading is over.
 */
export function indexProgress(env: NodeJS.ProcessEnv): {
  onProgress: (read: number, total: number) => void;
  finish: () => void;
} {
  const delay = Number(env.TRAMIT_PROGRESS_DELAY_MS);
  const after = env.TRAMIT_PROGRESS_DELAY_MS?.trim() && delay >= 0 ? delay : 500;
  const start = Date.now();
  let shown = 0;
  let last = { read: 0, total: 0 };
  return {
    onProgress: (read, total) => {
      last = { read, total };
      const now = Date.now();
      // Redrawn ten times a second at most: a terminal write per file would slow the reading down.
      if (now - start < after || (shown > 0 && now - shown < 100 && read < total)) return;
      shown = now;
      writeErrStatus(localize('library.indexing', { read, total }));
    },
    finish: () => {
      if (shown === 0) return;
      const seconds = ((Date.now() - start) / 1000).toFixed(1);
      writeErrStatus(localizeCount('library.indexed', last.total, { seconds }), true);
    },
  };
}

export function createContext(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
  /** The command prints JSON: nothing but the document and warnings, no progress. */
  { json = false }: { json?: boolean } = {},
): Context {
  const settings = readSettings(env);
  const chosenLang = chooseLanguage(options, settings, env);
  let library: Promise<Library> | null = null;
  let store: ProgressStore | null = null;
  const isTTY = stdoutIsTTY();
  // Warnings carry file names from other people's folders: never let one reach the terminal raw.
  const warn = (text: string) => writeErr(`tramit: ${sanitize(text)}\n`);
  for (const problem of unsaidSettingsProblems()) warn(messageText(problem));
  // A damaged cache is rebuilt without a word; `--verbose` says so in one line.
  onDamagedCache(options.verbose ? (file) => warn(localize('cache.discarded', { path: file })) : null);
  return {
    options,
    settings,
    lang: chosenLang ?? 'en',
    langChosen: chosenLang !== null,
    env,
    out: (text: string) => writeOut(text.endsWith('\n') ? text : `${text}\n`),
    warn,
    warnShown: (text: string) => {
      if (!isTTY) warn(text);
    },
    library: () =>
      (library ??= (async () => {
        const progress = isTTY && !json && stderrIsTTY() ? indexProgress(env) : null;
        try {
          return await Library.load(guideRoots(options, settings, env), {
            cacheDir: cacheDir(env),
            onWarning: (w) => warn(localize('common.fileWarning', { path: w.path, message: w.message })),
            ...(progress ? { onProgress: progress.onProgress } : {}),
          });
        } finally {
          progress?.finish();
        }
      })()),
    store: () => (store ??= new ProgressStore(homeDir(env), warn, { staleMs: staleMs(env) })),
    now: () =>
      env.TRAMIT_NOW && !Number.isNaN(Date.parse(env.TRAMIT_NOW))
        ? new Date(env.TRAMIT_NOW)
        : runtime().now(),
    isTTY,
    columns: isTTY ? terminalSize().columns : null,
  };
}
