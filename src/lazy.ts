import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';
import type * as Tty from 'node:tty';
import type * as V8 from 'node:v8';
import type * as Zlib from 'node:zlib';
import type * as Countries from 'i18n-iso-countries';
import type Lockfile from 'proper-lockfile';
import type WriteFileAtomic from 'write-file-atomic';

/**
 * Built-ins and packages that tramit loads on first use, not at start: each costs start-up time that
 * most commands never need (`tramit list` hashes nothing, writes nothing, locks nothing). An
 * `import` would load them with the chunk that names them; these getters load them when called, once.
 * The type-only imports above cost nothing at run time.
 */
let load: NodeRequire | null = null;

function once<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= (load ??= createRequire(import.meta.url))(id) as T);
}

export const lazy = {
  crypto: once<typeof Crypto>('node:crypto'),
  tty: once<typeof Tty>('node:tty'),
  v8: once<typeof V8>('node:v8'),
  zlib: once<typeof Zlib>('node:zlib'),
  /** proper-lockfile, with the graceful-fs it brings: only when something is locked. */
  lockfile: once<typeof Lockfile>('proper-lockfile'),
  writeFileAtomic: once<typeof WriteFileAtomic>('write-file-atomic'),
  /**
   * The country dataset without its locales: the package's main entry registers all 78 (720 KB of
   * JSON, ~40 ms); tramit registers the ones it reads as needed (`countryNames`).
   */
  countries: once<typeof Countries>('i18n-iso-countries/index.js'),
  countryNames: (lang: string): Countries.LocaleData =>
    (load ??= createRequire(import.meta.url))(
      `i18n-iso-countries/langs/${lang}.json`,
    ) as Countries.LocaleData,
};
