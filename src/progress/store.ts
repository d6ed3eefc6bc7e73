import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type Lockfile from 'proper-lockfile';
import { TramitError } from '../errors.js';
import { emptyStore, migrate, type StoreData } from './model.js';
import { t } from '../i18n/index.js';

// proper-lockfile (and the graceful-fs it brings) loads only when something is written.
const lockfile = (): typeof Lockfile => createRequire(import.meta.url)('proper-lockfile') as typeof Lockfile;

const LOCK_OPTIONS = {
  realpath: false,
  // A lock older than this belongs to a process that died; take it over.
  stale: 10_000,
} as const;

/**
 * Saved progress and the document wallet: one JSON file in TRAMIT_HOME (or the per-user config
 * folder). Reads go straight to the file; every change is a locked read-modify-write written by conf,
 * which writes atomically, so two terminals ticking items at once both land.
 */
export class ProgressStore {
  readonly path: string;
  private readonly home: string;
  private readonly warn: (message: string) => void;

  constructor(home: string, warn: (message: string) => void) {
    this.home = home;
    this.path = join(home, 'progress.json');
    this.warn = warn;
  }

  /** The saved data, without locking: good for showing, not for changing. */
  read(): StoreData {
    const result = this.parse();
    if (result !== 'corrupt') return result;
    mkdirSync(this.home, { recursive: true });
    const release = lockfile().lockSync(this.path, LOCK_OPTIONS);
    try {
      const again = this.parse();
      if (again !== 'corrupt') return again;
      this.moveAside();
      return emptyStore();
    } finally {
      release();
    }
  }

  /** Applies `change` to the freshest data under a cross-process lock, then saves it. */
  async update<T>(change: (data: StoreData) => T): Promise<T> {
    mkdirSync(this.home, { recursive: true });
    let release: () => Promise<void>;
    try {
      release = await lockfile().lock(this.path, {
        ...LOCK_OPTIONS,
        retries: { retries: 200, factor: 1.2, minTimeout: 10, maxTimeout: 150, randomize: true },
      });
    } catch (error) {
      // Half a minute of waiting: another process holds the lock (or died holding it, before `stale`).
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
        throw new TramitError(t('store.busy', { path: this.path }), 1, [
          t('store.busyHint', { path: this.path }),
        ]);
      }
      throw error;
    }
    try {
      let data = this.parse();
      if (data === 'corrupt') {
        this.moveAside();
        data = emptyStore();
      }
      const result = change(data);
      const { default: Conf } = await import('conf');
      const conf = new Conf<Record<string, unknown>>({
        cwd: this.home,
        configName: 'progress',
        clearInvalidConfig: false,
      });
      conf.store = data as unknown as Record<string, unknown>;
      return result;
    } finally {
      await release();
    }
  }

  private parse(): StoreData | 'corrupt' {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch {
      return emptyStore();
    }
    if (text.trim() === '') return emptyStore();
    try {
      return migrate(JSON.parse(text)) ?? 'corrupt';
    } catch {
      return 'corrupt';
    }
  }

  private moveAside(): void {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    let target = join(this.home, `progress.corrupt-${stamp}.json`);
    for (let i = 1; existsSync(target); i++) target = join(this.home, `progress.corrupt-${stamp}-${i}.json`);
    renameSync(this.path, target);
    this.warn(t('store.damaged', { path: this.path, target }));
  }
}
