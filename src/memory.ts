import { lazy } from './lazy.js';

let small = false;

/**
 * Called before tramit parses hundreds of guide files in one run (a first index, or a rebuild).
 * That work makes masses of short-lived objects, and V8 answers by growing its young generation
 * towards 48 MB: measured on 2,500 guides, peak memory went from ~88 MB to ~116 MB for no gain in
 * time. Keeping the young generation at its starting size holds the peak down, and so does a
 * smaller step for the old generation (below). Changing V8 flags
 * also makes V8 refuse code caches made under the old ones, so only runs that parse a lot pay
 * that, and they take seconds anyway.
 */
export function holdMemoryDown(): void {
  if (small) return;
  small = true;
  // --optimize-for-size: V8 then grows the old generation by smaller steps, so the garbage a
  // first index leaves is collected before a search builds its index on top of it. Measured
  // (issue 15s): first `search` of 2,500 guides ~124 -> ~104 MB, of 25,000 ~460 -> ~356 MB, for
  // about the same CPU time.
  lazy.v8().setFlagsFromString('--semi-space-growth-factor=1 --optimize-for-size');
}
