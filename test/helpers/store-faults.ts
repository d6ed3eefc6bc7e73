import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Saved progress against real processes that are suspended (SIGSTOP), resumed and killed (SIGKILL)
 * while they hold the lock or write. TRAMIT_LOCK_STALE_MS=2000 (proper-lockfile's floor) lets a
 * frozen lock be taken over after 2 s instead of 10, which is what keeps these tests short. To run
 * them against a tramit that does not read that variable (one from before it existed), set
 * TRAMIT_LOCK_STALE_MS=10000 for the test run: the freezes must outlast the stale time to matter.
 */
export const STALE = Number(process.env.TRAMIT_LOCK_STALE_MS ?? 2000);
// SIGSTOP, SIGCONT and SIGKILL as POSIX has them.
export const posix = process.platform !== 'win32';
export const env = { TRAMIT_LOCK_STALE_MS: String(STALE) };
export const T = '2026-01-01T00:00:00.000Z';

export interface Store {
  version: number;
  guides: Record<string, { steps: Array<{ n: number; state: string }> }>;
}
export const read = (home: string) => JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as Store;
export const doneSteps = (home: string, key: string) =>
  (read(home).guides[key]?.steps ?? [])
    .filter((s) => s.state === 'done')
    .map((s) => s.n)
    .sort((a, b) => a - b);

/**
 * A store with `count` other guides in it, as a long-time user's might be: reading and writing it
 * takes long enough (≈ 0.1 s per 500 guides) for a tramit to be frozen or killed in the middle.
 */
export function seedStore(home: string, count: number, guides: Record<string, unknown> = {}): void {
  const item = (n: number) => ({ n, fp: { en: 'abcdef012345' }, state: 'done', changedAt: T, note: `n${n}` });
  const all: Record<string, unknown> = { ...guides };
  for (let g = 0; g < count; g++)
    all[`filler-${g}`] = {
      guideId: `x/filler-${g}`,
      lang: 'en',
      title: `Filler ${g}`,
      startedAt: T,
      updatedAt: T,
      steps: [1, 2, 3, 4, 5, 6, 7, 8].map(item),
      documents: [1, 2, 3, 4, 5, 6, 7, 8].map(item),
      texts: { steps: [], documents: [] },
      vanished: [],
    };
  writeFileSync(join(home, 'progress.json'), JSON.stringify({ version: 1, guides: all, wallet: {} }));
}

export const lockOf = (home: string) => join(home, 'progress.json.lock');
/** What a write leaves when it is killed: write-file-atomic's `progress.json.<n>`, conf's `.tmp-…`. */
export const leftovers = (home: string) =>
  readdirSync(home).filter((f) => f.startsWith('progress.json.') && f !== 'progress.json.lock');
