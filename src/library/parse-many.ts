import type * as ParseFile from './parse-file.js';
import type { ParseJob, ParseOutcome } from './parse-file.js';

/*
 * One thread parses. Worker threads were tried for libraries of more than a few hundred files
 * (issue 15): on a 2-core machine a worker took longer than it saved (2,500 guides: 6.3 s with one
 * worker, 3.4 s without; 25,000: 48.7 s and 39.0 s, machine under load), and its own heap raised
 * the peak memory of a first index of 2,500 guides from ~100 MB to ~145 MB, over its 120 MB budget.
 */

/** The parser, loaded on first need: listing from an index never loads it. */
export const loadParser = (): Promise<typeof ParseFile> => import('./parse-file.js');

/**
 * Parses the files of `jobs`, telling `done` each outcome in order as soon as it is known, so the
 * caller can keep its text and drop the rest: memory stays flat however large the library.
 */
export async function parseFiles(
  jobs: readonly ParseJob[],
  done: (index: number, outcome: ParseOutcome) => void,
): Promise<void> {
  const parser = await loadParser();
  jobs.forEach((job, i) => done(i, parser.parseJob(job)));
}
