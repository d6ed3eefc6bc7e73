import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setImmediate as turn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type * as ParseFile from './parse-file.js';
import type { ParseJob, ParseOutcome } from './parse-file.js';

/**
 * Below this many files, parsing on the main thread alone is sooner: a worker thread takes tens of
 * milliseconds to start and to compile the parser.
 */
export const WORKERS_FROM = 400;
/**
 * Files handed out at a time. A worker gets larger chunks, two at a time, so it always has the next
 * one waiting while this thread, which hands them out between chunks of its own, is busy parsing.
 */
const OWN_CHUNK = 16;
const WORKER_CHUNK = 48;

/** The parser, loaded on first need: listing from an index never loads it. */
export const loadParser = (): Promise<typeof ParseFile> => import('./parse-file.js');

/**
 * Parses the files of `jobs`, telling `done` each outcome (in no particular order) as soon as it is
 * known, so the caller can keep its text and drop the rest: memory stays flat however large the
 * library. Many files are shared between this thread and worker threads, one per other core.
 */
export async function parseFiles(
  jobs: readonly ParseJob[],
  done: (index: number, outcome: ParseOutcome) => void,
): Promise<void> {
  const parser = await loadParser();
  const script = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
  // Only the built program has the worker's own file (dist/parse-worker.js); tests run the sources.
  const helpers =
    jobs.length >= WORKERS_FROM && existsSync(script) ? Math.min(availableParallelism() - 1, 3) : 0;
  let next = 0;
  const take = (size: number): [number, ParseJob[]] | null => {
    if (next >= jobs.length) return null;
    const start = next;
    next = Math.min(jobs.length, next + size);
    return [start, jobs.slice(start, next)];
  };
  const workers =
    helpers > 0
      ? await startWorkers(helpers, script, take, (start, chunk, outcomes) => {
          // A worker that failed (it could not start, say) leaves its files to this thread.
          chunk.forEach((job, i) => done(start + i, outcomes?.[i] ?? parser.parseJob(job)));
        })
      : [];
  // This thread takes chunks too, yielding between them so the workers' answers are handled.
  for (let chunk = take(OWN_CHUNK); chunk; chunk = take(OWN_CHUNK)) {
    chunk[1].forEach((job, i) => done(chunk![0] + i, parser.parseJob(job)));
    if (workers.length > 0) await turn();
  }
  await Promise.all(workers.map((w) => w.finished));
}

interface Helper {
  finished: Promise<void>;
}

/** `outcomes` null: the worker failed on that chunk. */
type ChunkDone = (start: number, chunk: ParseJob[], outcomes: ParseOutcome[] | null) => void;

async function startWorkers(
  count: number,
  script: string,
  take: (size: number) => [number, ParseJob[]] | null,
  done: ChunkDone,
): Promise<Helper[]> {
  const { Worker } = await import('node:worker_threads');
  return Array.from({ length: count }, () => {
    // The worker's young generation is kept small, as this thread's is (see memory.ts).
    const worker: Worker = new Worker(script, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    // Chunks sent and not answered yet, oldest first (a worker answers in order).
    const sent: Array<[number, ParseJob[]]> = [];
    const finished = new Promise<void>((resolve) => {
      const give = () => {
        const chunk = take(WORKER_CHUNK);
        if (chunk) {
          sent.push(chunk);
          worker.postMessage(chunk[1]);
        } else if (sent.length === 0) void worker.terminate().then(() => resolve());
      };
      worker.on('message', (outcomes: ParseOutcome[]) => {
        const [start, chunk] = sent.shift()!;
        done(start, chunk, outcomes);
        give();
      });
      worker.on('error', () => {
        for (const [start, chunk] of sent.splice(0)) done(start, chunk, null);
        resolve();
      });
      give();
      give();
    });
    return { finished };
  });
}
