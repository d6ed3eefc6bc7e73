import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { TramitError } from '../errors.js';
import { STALE_MS, underLock, underLockNow } from '../storage/locked-file.js';
import { asFileProblem } from '../storage/problems.js';
import { emptyStore, migrate, serialize, STORE_VERSION, type ReadStore, type StoreData } from './model.js';
import { localize } from '../i18n/index.js';

/** How many of the set-aside entries a warning names. */
const NAMED = 3;

/**
 * Saved progress and the document wallet: one JSON file in TRAMIT_HOME (or the per-user config
 * folder). Reads go straight to the file; every change is a read-modify-write under a cross-process
 * lock (proper-lockfile), written atomically (write-file-atomic), and started again if the lock was
 * taken over meanwhile: two terminals ticking items at once both land, and a suspended tramit never
 * writes over what another saved.
 */
export class ProgressStore {
  readonly path: string;
  private readonly home: string;
  private readonly warn: (message: string) => void;
  private readonly staleMs: number;
  /** Set-aside entries and a newer version are said once per run, however often the file is read. */
  private warned = false;
  private lastSaved: StoreData | null = null;

  constructor(home: string, warn: (message: string) => void, options: { staleMs?: number } = {}) {
    this.home = home;
    this.path = join(home, 'progress.json');
    this.warn = warn;
    this.staleMs = options.staleMs ?? STALE_MS;
  }

  /**
   * The saved data, without waiting for the lock: good for showing, not for changing. What needs
   * repair is repaired when the lock is free: a damaged file is moved aside, entries that cannot be
   * read are set aside in the file (so that they are reported once, not at every command).
   */
  read(): StoreData {
    const loaded = this.load();
    if (loaded !== 'damaged' && (loaded.found.length === 0 || loaded.newer !== null)) {
      this.report(loaded);
      return loaded.data;
    }
    let repaired: ReadStore | 'moved' | null;
    try {
      repaired = underLockNow(this.path, { staleMs: this.staleMs }, (file) => {
        const again = this.load();
        if (again === 'damaged') {
          file.ensureOwned();
          this.moveAside();
          return 'moved' as const;
        }
        if (again.found.length > 0 && again.newer === null) file.write(serialize(again.data));
        return again;
      });
    } catch (error) {
      // Showing what can be read matters more than the repair, which the next save makes anyway.
      if (!(error instanceof TramitError)) throw error;
      if (loaded !== 'damaged') repaired = loaded;
      else {
        if (!this.warned)
          this.warn(localize('store.damagedStuck', { path: this.path, problem: error.message }));
        this.warned = true;
        return emptyStore();
      }
    }
    if (repaired === 'moved') return emptyStore();
    if (repaired) {
      this.report(repaired);
      return repaired.data;
    }
    if (loaded !== 'damaged') {
      this.report(loaded);
      return loaded.data;
    }
    // Another tramit holds the lock: it moves the file aside when it saves.
    if (!this.warned) this.warn(localize('store.damagedBusy', { path: this.path }));
    this.warned = true;
    return emptyStore();
  }

  /**
   * The data as this process last saved it, else as read now: what a command shows of the change
   * it just made, without reading the whole store again (a store of 600 guides is a megabyte).
   */
  saved(): StoreData {
    return this.lastSaved ?? this.read();
  }

  /**
   * Applies `change` to the freshest data under the lock, then saves it. `change` may run more than
   * once (when the lock was taken over before the save), each time on freshly read data.
   */
  async update<T>(change: (data: StoreData) => T): Promise<T> {
    return underLock(this.path, { staleMs: this.staleMs }, (file) => {
      let loaded = this.load();
      if (loaded === 'damaged') {
        file.ensureOwned();
        this.moveAside();
        loaded = { data: emptyStore(), found: [], newer: null };
      }
      if (loaded.newer !== null) {
        throw new TramitError(
          localize('store.newerReadOnly', { path: this.path, version: loaded.newer }),
          1,
          [localize('store.newerHint')],
        );
      }
      const result = change(loaded.data);
      file.write(serialize(loaded.data));
      this.lastSaved = loaded.data;
      this.report(loaded);
      return result;
    });
  }

  /** The file as data; 'damaged' when it is not JSON, or not a store at all. */
  private load(): ReadStore | 'damaged' {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return { data: emptyStore(), found: [], newer: null };
      throw asFileProblem(error, this.path, false);
    }
    // A byte-order mark, as some editors write it, is not damage.
    text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') return { data: emptyStore(), found: [], newer: null };
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return 'damaged';
    }
    return migrate(raw) ?? 'damaged';
  }

  private report(loaded: ReadStore): void {
    if (this.warned) return;
    if (loaded.newer !== null) {
      this.warned = true;
      this.warn(localize('store.newer', { path: this.path, version: loaded.newer, known: STORE_VERSION }));
    } else if (loaded.found.length > 0) {
      this.warned = true;
      const named = loaded.found.slice(0, NAMED).join(', ');
      const more = loaded.found.length - NAMED;
      this.warn(
        localize('store.setAside', {
          path: this.path,
          entries: more > 0 ? localize('store.setAsideMore', { entries: named, count: more }) : named,
        }),
      );
    }
  }

  private moveAside(): void {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    let target = join(this.home, `progress.corrupt-${stamp}.json`);
    for (let i = 1; existsSync(target); i++) target = join(this.home, `progress.corrupt-${stamp}-${i}.json`);
    renameSync(this.path, target);
    this.warn(localize('store.damaged', { path: this.path, target }));
  }
}
